namespace Schwab.Simulator.Account;

/// <summary>A linked account: plain number and its 64-hex hash (the value every path parameter takes).</summary>
/// <param name="AccountNumber">Plain account number.</param>
/// <param name="HashValue">64 upper-case hex characters.</param>
/// <param name="NickName">Display name.</param>
public sealed record SimulatedAccountInfo(string AccountNumber, string HashValue, string NickName);
