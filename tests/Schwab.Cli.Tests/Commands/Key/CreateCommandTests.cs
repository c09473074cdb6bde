using Schwab.Testing;

namespace Schwab.Cli.Tests.Commands.Key;

public sealed class CreateCommandTests
{
    [Fact]
    public async Task Create_NewPath_WritesA32ByteKeyWithMode0600()
    {
        using var dir = new TempDirectory();
        string path = dir.File("keys/token.key");

        var (exitCode, _, _) = await CliRunner.RunAsync("key", "create", "--path", path);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        Assert.Equal(32, Convert.FromBase64String((await File.ReadAllTextAsync(path)).Trim()).Length);
    }

    [Fact]
    public async Task Create_ExistingFile_RefusesAndLeavesItUnchanged()
    {
        using var dir = new TempDirectory();
        string path = dir.Write("token.key", "original");

        var (exitCode, _, error) = await CliRunner.RunAsync("key", "create", "--path", path);

        Assert.Equal(ExitCodes.Failure, exitCode);
        Assert.Contains("already exists", error, StringComparison.Ordinal);
        Assert.Equal("original", await File.ReadAllTextAsync(path));
    }
}
