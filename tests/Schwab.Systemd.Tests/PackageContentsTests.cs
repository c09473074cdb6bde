using System.Globalization;
using Schwab.Testing.Systemd;

namespace Schwab.Systemd.Tests;

/// <summary>What <c>scripts/package.sh</c> puts into the .deb, read with <c>dpkg-deb</c> (no root needed). In the systemd
/// collection so its publishing never runs beside the fixture's.</summary>
[Collection(SystemdCollection.Name)]
public sealed class PackageContentsTests
{
    private const int MaxInstalledKiB = 150 * 1024;

    [SkippableFact]
    public async Task Control_DependsOnDebianPackagesOnly_InstalledSizeUnder150MiB()
    {
        Skip.If(ProcessRunner.Which("dpkg-deb") is null, "needs dpkg-deb");
        string deb = await DebianPackage.PathAsync();

        CommandResult control = await DebianPackage.DpkgDebAsync("--field", deb, "Package", "Architecture", "Depends", "Installed-Size");

        Assert.Contains("Package: schwab-pipeline", control.Stdout, StringComparison.Ordinal);
        Assert.Contains("Architecture: amd64", control.Stdout, StringComparison.Ordinal);
        string depends = control.Stdout.Split('\n').Single(l => l.StartsWith("Depends:", StringComparison.Ordinal));
        foreach (string package in new[] { "libc6", "libgcc-s1", "libstdc++6", "libssl3", "zlib1g", "libicu72", "adduser" })
        {
            Assert.Contains(package, depends, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("dotnet", depends, StringComparison.Ordinal);
        int installed = int.Parse(control.Stdout.Split('\n').Single(l => l.StartsWith("Installed-Size:", StringComparison.Ordinal))[15..].Trim(), CultureInfo.InvariantCulture);
        Assert.True(installed < MaxInstalledKiB, $"Installed-Size {installed} KiB is not under {MaxInstalledKiB} KiB");
    }

    [SkippableFact]
    public async Task Contents_OneRuntimeLinksUnitsAndDocs_NothingUnderEtc()
    {
        Skip.If(ProcessRunner.Which("dpkg-deb") is null, "needs dpkg-deb");
        string deb = await DebianPackage.PathAsync();

        CommandResult listing = await DebianPackage.DpkgDebAsync("--contents", deb);

        string[] lines = listing.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        // "-rwxr-xr-x root/root 123 2026-01-01 00:00 ./opt/schwab/lib/x" (links: "… ./usr/bin/schwabctl -> /opt/…")
        string[] paths = lines.Select(l => l[(l.IndexOf("./", StringComparison.Ordinal) + 1)..]).ToArray();
        Assert.All(lines, l => Assert.Contains(" root/root ", l, StringComparison.Ordinal));
        Assert.DoesNotContain(paths, p => p.StartsWith("/etc", StringComparison.Ordinal));
        Assert.DoesNotContain(paths, p => p.Contains("token.key", StringComparison.Ordinal));
        Assert.Single(paths, p => p.EndsWith("/libcoreclr.so", StringComparison.Ordinal));
        Assert.Single(paths, p => p.EndsWith("/libe_sqlite3.so", StringComparison.Ordinal));
        Assert.DoesNotContain(paths, p => p.Contains("/runtimes/", StringComparison.Ordinal));
        Assert.Contains("/opt/schwab/lib/Microsoft.AspNetCore.Server.Kestrel.Core.dll", paths);
        foreach (string name in Installed.Executables)
        {
            Assert.Contains($"/opt/schwab/bin/{name} -> ../lib/{name}", paths);
            Assert.Contains($"/opt/schwab/lib/{name}", paths);
        }

        Assert.Contains("/usr/bin/schwabctl -> /opt/schwab/bin/schwabctl", paths);
        Assert.Contains("/lib/systemd/system/schwab.target", paths);
        Assert.Contains("/lib/systemd/system/schwab-.service.d/10-hardening.conf", paths);
        Assert.Contains("/lib/systemd/system/schwab-.service.d/50-network.conf", paths);
        Assert.Contains("/lib/systemd/system/schwab-health.service.d/20-journal.conf", paths);
        Assert.Contains("/usr/share/doc/schwab-pipeline/copyright", paths);
        Assert.Contains("/usr/share/doc/schwab-pipeline/schwabctl.txt", paths);
        Assert.DoesNotContain(paths, p => p.Contains("schwab-probe", StringComparison.Ordinal));
    }
}
