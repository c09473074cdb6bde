using System.Security.Cryptography;
using Schwab.Core.Security;
using Schwab.Testing.Data;

namespace Schwab.Core.Tests.Security;

public sealed class TokenProtectorTests
{
    private const string Place = "API.access_token:MAIN_DATA";

    [Fact]
    public void Protect_ThenUnprotect_ReturnsThePlaintext()
    {
        TokenProtector protector = TestKeys.Protector();

        string stored = protector.Protect("tökén/+=", Place);

        Assert.Equal("tökén/+=", protector.Unprotect(stored, Place));
        Assert.StartsWith("v1:", stored, StringComparison.Ordinal);
    }

    [Fact]
    public void Protect_SameValueTwice_GivesDifferentCiphertext()
    {
        TokenProtector protector = TestKeys.Protector();

        Assert.NotEqual(protector.Protect("same", Place), protector.Protect("same", Place));
    }

    [Fact]
    public void Unprotect_OtherKey_SaysTheKeyDoesNotMatch()
    {
        string stored = TestKeys.Protector().Protect("secret", Place);

        var ex = Assert.Throws<TokenKeyException>(() => TestKeys.Protector().Unprotect(stored, Place));

        Assert.Equal("token key does not match the key these tokens were encrypted with", ex.Message);
    }

    [Fact]
    public void Unprotect_OtherPlace_FailsTheIntegrityCheck()
    {
        TokenProtector protector = TestKeys.Protector();
        string stored = protector.Protect("secret", Place);

        var ex = Assert.Throws<CryptographicException>(() => protector.Unprotect(stored, "API.access_token:MAIN_TRADE"));

        Assert.Equal("encrypted value for API.access_token:MAIN_TRADE failed its integrity check: it was altered or copied from another row", ex.Message);
    }

    [Fact]
    public void Unprotect_OneBitFlipped_FailsTheIntegrityCheck()
    {
        TokenProtector protector = TestKeys.Protector();
        byte[] blob = Convert.FromBase64String(protector.Protect("secret", Place)[3..]);
        blob[^1] ^= 1;

        Assert.Throws<CryptographicException>(() => protector.Unprotect("v1:" + Convert.ToBase64String(blob), Place));
    }

    [Theory]
    [InlineData("plain-token", "is not encrypted")]
    [InlineData("v1:AAAA", "is truncated or not base64")]
    [InlineData("v1:not base64!", "is truncated or not base64")]
    public void Unprotect_NotOurFormat_SaysWhat(string stored, string expected)
    {
        var ex = Assert.Throws<CryptographicException>(() => TestKeys.Protector().Unprotect(stored, Place));

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(stored, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Protect_KeyLoaderFails_ThrowsEachTimeUntilTheKeyAppears()
    {
        byte[]? key = null;
        var protector = new TokenProtector(() => key ?? throw new TokenKeyException("token key not found: test"));

        Assert.Throws<TokenKeyException>(() => protector.Protect("x", Place));
        key = TestKeys.NewKey();

        Assert.Equal("x", protector.Unprotect(protector.Protect("x", Place), Place));
    }

    [Fact]
    public void Protect_KeyOfWrongLength_IsRefused()
    {
        var protector = new TokenProtector(() => new byte[16]);

        var ex = Assert.Throws<TokenKeyException>(() => protector.Protect("x", Place));

        Assert.Equal("token key is 16 bytes; expected 32", ex.Message);
    }
}
