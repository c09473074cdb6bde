using System.Text;
using Schwab.Core.Security;
using Schwab.Testing.Data;

namespace Schwab.Core.Tests.Security;

public sealed class TokenKeyTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "schwab-tests", Guid.NewGuid().ToString("N"));

    public TokenKeyTests() => Directory.CreateDirectory(_root);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static Func<string, string?> Env(string? credentialsDirectory) =>
        name => name == "CREDENTIALS_DIRECTORY" ? credentialsDirectory : null;

    [Fact]
    public void Load_CredentialPresent_WinsOverKeyFile()
    {
        byte[] credential = TestKeys.NewKey();
        File.WriteAllText(Path.Combine(_root, "token-key"), Convert.ToBase64String(credential) + "\n");
        string keyFile = Path.Combine(_root, "other.key");
        File.WriteAllText(keyFile, Convert.ToBase64String(TestKeys.NewKey()));

        byte[] key = TokenKey.Load(new TokenKeyOptions { KeyFile = keyFile }, Env(_root));

        Assert.Equal(credential, key);
    }

    [Fact]
    public void Load_NoCredential_ReadsKeyFile()
    {
        byte[] expected = TestKeys.NewKey();
        string keyFile = Path.Combine(_root, "token.key");
        File.WriteAllText(keyFile, "  " + Convert.ToBase64String(expected) + "\r\n");

        Assert.Equal(expected, TokenKey.Load(new TokenKeyOptions { KeyFile = keyFile }, Env(null)));
        Assert.Equal(expected, TokenKey.Load(new TokenKeyOptions { KeyFile = keyFile }, Env(Path.Combine(_root, "empty-creds"))));
    }

    [Fact]
    public void Load_Raw32Bytes_IsAccepted()
    {
        byte[] expected = TestKeys.NewKey();
        expected[0] = 0xFF; // not ASCII, so never mistaken for base64
        string keyFile = Path.Combine(_root, "raw.key");
        File.WriteAllBytes(keyFile, expected);

        Assert.Equal(expected, TokenKey.Load(new TokenKeyOptions { KeyFile = keyFile }, Env(null)));
    }

    [Fact]
    public void Load_NothingConfigured_NamesBothPlaces()
    {
        var ex = Assert.Throws<TokenKeyException>(() => TokenKey.Load(new TokenKeyOptions(), Env(null)));

        Assert.StartsWith("token key not found: $CREDENTIALS_DIRECTORY is not set (no systemd credential 'token-key') and Security:KeyFile is not set", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', ex.Message);
    }

    [Fact]
    public void Load_BothMissing_NamesBothPaths()
    {
        string keyFile = Path.Combine(_root, "missing.key");

        var ex = Assert.Throws<TokenKeyException>(() => TokenKey.Load(new TokenKeyOptions { KeyFile = keyFile }, Env(_root)));

        Assert.Equal(
            $"token key not found: '{Path.Combine(_root, "token-key")}' does not exist and Security:KeyFile '{keyFile}' does not exist",
            ex.Message);
    }

    [Theory]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAA==", "is 16 bytes; expected 32 (44 base64 characters)")]
    [InlineData("", "is neither base64 nor 32 raw bytes (0 bytes read)")]
    [InlineData("not a key at all", "is neither base64 nor 32 raw bytes (16 bytes read)")]
    public void Load_WrongContent_SaysWhatIsWrong(string content, string expected)
    {
        string keyFile = Path.Combine(_root, "bad.key");
        File.WriteAllText(keyFile, content);

        var ex = Assert.Throws<TokenKeyException>(() => TokenKey.Load(new TokenKeyOptions { KeyFile = keyFile }, Env(null)));

        Assert.Equal($"token key in '{keyFile}' {expected}", ex.Message);
    }

    [Fact]
    public void Load_KeyFileIsADirectory_SaysItCannotBeRead()
    {
        string credentials = Path.Combine(_root, "creds");
        Directory.CreateDirectory(Path.Combine(credentials, "token-key"));

        var ex = Assert.Throws<TokenKeyException>(() => TokenKey.Load(new TokenKeyOptions(), Env(credentials)));

        Assert.StartsWith($"token key file '{Path.Combine(credentials, "token-key")}' could not be read: ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void CreateKeyFile_NewPath_WritesALoadableKeyWithMode0600()
    {
        string keyFile = Path.Combine(_root, "sub", "token.key");

        TokenKey.CreateKeyFile(keyFile);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(keyFile));
        Assert.Equal(32, TokenKey.Load(new TokenKeyOptions { KeyFile = keyFile }, Env(null)).Length);
        Assert.Equal(45, Encoding.ASCII.GetString(File.ReadAllBytes(keyFile)).Length);
    }

    [Fact]
    public void CreateKeyFile_ExistingFile_RefusesAndKeepsIt()
    {
        string keyFile = Path.Combine(_root, "token.key");
        TokenKey.CreateKeyFile(keyFile);
        byte[] before = File.ReadAllBytes(keyFile);

        var ex = Assert.Throws<TokenKeyException>(() => TokenKey.CreateKeyFile(keyFile));

        Assert.Equal($"token key file '{keyFile}' already exists; refusing to overwrite it (the stored tokens need it)", ex.Message);
        Assert.Equal(before, File.ReadAllBytes(keyFile));
    }

    [Fact]
    public void CreateKeyFile_TwoKeys_Differ()
    {
        TokenKey.CreateKeyFile(Path.Combine(_root, "a.key"));
        TokenKey.CreateKeyFile(Path.Combine(_root, "b.key"));

        Assert.NotEqual(File.ReadAllText(Path.Combine(_root, "a.key")), File.ReadAllText(Path.Combine(_root, "b.key")));
    }
}
