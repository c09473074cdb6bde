namespace Schwab.Cli.Commands.Health;

/// <summary>The units <c>schwabctl health</c> looks at.</summary>
internal static class HealthUnits
{
    public const string Tokens = "schwab-tokens";
    public const string MarketHours = "schwab-markethours";
    public const string Balances = "schwab-balances";
    public const string Chains = "schwab-chains";
    public const string Ohlc = "schwab-ohlc";
    public const string Transactions = "schwab-transactions";
    public const string Stream = "schwab-stream";
    public const string Timer = "schwab-health.timer";
    public const string Target = "schwab.target";

    /// <summary>Every daemon, in start order.</summary>
    public static readonly IReadOnlyList<string> Daemons = [Tokens, MarketHours, Balances, Chains, Ohlc, Transactions, Stream];

    /// <summary>Every unit queried: the daemons' services, the health timer and the target.</summary>
    public static IEnumerable<string> All => Daemons.Select(d => d + ".service").Append(Timer).Append(Target);
}
