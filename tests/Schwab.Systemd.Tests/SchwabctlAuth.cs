using System.Net;
using Schwab.Simulator;
using Schwab.Testing.Systemd;

namespace Schwab.Systemd.Tests;

/// <summary>
/// <c>schwabctl auth --print-url</c>, a browser's login at the simulator, then <c>schwabctl auth --redirect-url</c>, run
/// inside the private systemd as the <c>schwab</c> user against the installed settings — the operations guide's login over SSH.
/// </summary>
internal static class SchwabctlAuth
{
    public static async Task LoginAsync(PrivateSystemd systemd, SchwabSimulator simulator)
    {
        CommandResult print = await SchwabctlAsync(systemd, "auth", "--api", "MAIN_DATA", "--print-url");
        if (print.ExitCode != 0)
        {
            throw new InvalidOperationException("schwabctl auth --print-url failed:\n" + print);
        }

        // The browser: open the URL, "log in", follow nothing — the redirect target is the address to paste.
        var authorize = new Uri(print.Stdout.Trim());
        Assert.Equal(simulator.BaseUrl.Authority, authorize.Authority);
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        using HttpResponseMessage response = await browser.GetAsync(authorize);
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        string redirect = response.Headers.Location!.OriginalString;

        CommandResult finish = await SchwabctlAsync(systemd, "auth", "--api", "MAIN_DATA", "--redirect-url", redirect);
        if (finish.ExitCode != 0 || !finish.Stdout.Contains("stored tokens for MAIN_DATA", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("schwabctl auth --redirect-url failed:\n" + finish);
        }
    }

    private static Task<CommandResult> SchwabctlAsync(PrivateSystemd systemd, params string[] args) =>
        systemd.RunAsync(
        [
            "setpriv", "--reuid=schwab", "--regid=schwab", "--init-groups", "env", "HOME=/var/lib/schwab",
            "/opt/schwab/bin/schwabctl", "--config", "/etc/schwab/schwab.json", .. args,
        ]);
}
