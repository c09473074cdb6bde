using Microsoft.Extensions.Hosting;
using Schwab.Core.Configuration;
using Schwab.Core.Hosting;
using Schwab.Testing;
using Serilog.Events;

namespace Schwab.Core.Tests.Hosting;

/// <summary>A settings file the daemon cannot use refuses the start with one line, instead of crashing the host builder.</summary>
public sealed class SettingsFileStartupTests
{
    private static IHost Build(CollectingSink sink, string config)
    {
        HostApplicationBuilder builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = ["--config", config],
            ContentRootPath = Path.GetTempPath(),
            DisableDefaults = true,
        });
        builder.AddSchwabDefaults("schwab-test", sink);
        return builder.Build();
    }

    [Fact]
    public async Task RunSchwabDaemonAsync_MalformedSettingsFile_ExitsOneNamingTheFile()
    {
        var sink = new CollectingSink();
        using var dir = new TempDirectory();
        string config = dir.Write("schwab.json", "{ bad");
        using IHost host = Build(sink, config);

        int exitCode = await host.RunSchwabDaemonAsync();

        Assert.Equal(1, exitCode);
        string problem = Assert.Single(sink.Messages(LogEventLevel.Fatal));
        Assert.StartsWith("configuration: settings file is not valid JSON", problem, StringComparison.Ordinal);
        Assert.Contains(config, problem, StringComparison.Ordinal);
    }

    [SkippableFact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Build_FolderNotSearchable_SaysPermissionDeniedNotMissing()
    {
        Skip.If(!OperatingSystem.IsLinux() || Environment.IsPrivilegedProcess, "needs an unprivileged user on Linux (root reads every file)");
        using var dir = new TempDirectory();
        string config = dir.Write("locked/schwab.json", "{}");
        string locked = Path.GetDirectoryName(config)!;
        File.SetUnixFileMode(locked, UnixFileMode.None);
        try
        {
            var ex = Assert.Throws<ConfigurationProblemException>(() => SchwabConfiguration.Build(config, _ => null));

            Assert.Contains("cannot be read by this user: permission denied", ex.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }
}
