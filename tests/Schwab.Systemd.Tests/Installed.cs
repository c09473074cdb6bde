namespace Schwab.Systemd.Tests;

/// <summary>What an install puts on a host, named once for every test that checks it.</summary>
internal static class Installed
{
    /// <summary>Every daemon, by its unit and executable name, in start order.</summary>
    public static readonly string[] Daemons =
        ["schwab-tokens", "schwab-markethours", "schwab-chains", "schwab-ohlc", "schwab-transactions", "schwab-balances", "schwab-stream"];

    /// <summary>Every executable: <c>schwabctl</c> and the daemons.</summary>
    public static readonly string[] Executables = ["schwabctl", .. Daemons];
}
