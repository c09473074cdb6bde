using Schwab.Core.Security;

namespace Schwab.Core.Tests.Alerts;

public sealed class SecretRedactorTests
{
    [Theory]
    [InlineData("Authorization: Bearer I0.b2F1dGgy.tok@", "Authorization: Bearer ***")]
    [InlineData("access_token=abc.def-ghi&x=1", "access_token=***&x=1")]
    [InlineData("{\"refresh_token\":\"rt.value\",\"expires_in\":1800}", "{\"refresh_token\":\"***\",\"expires_in\":1800}")]
    [InlineData("ClientSecret: s3cr3t", "ClientSecret: ***")]
    [InlineData("client_secret=abc", "client_secret=***")]
    [InlineData("Alerts__Password=hunter2", "Alerts__Password=***")]
    [InlineData("https://127.0.0.1/?code=C0.xyz%40&session=1", "https://127.0.0.1/?code=***&session=1")]
    [InlineData("account 12345678 and 987654321012", "account ***678 and ***012")]
    [InlineData("retry with I0.b2F1dGgyLmJkYy5zY2h3YWIuY29t.Tk3abc-_xyz@ now", "retry with *** now")]
    [InlineData("code C0.b2F1dGgyLmJkYy5zY2h3YWIuY29t.abcdef%40 used", "code *** used")]
    [InlineData("id eyJ0eXAiOiJKV1Qi.eyJzdWIiOiIx.c2ln end", "id *** end")]
    [InlineData("stored Xq7aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-_0@ ok", "stored *** ok")]
    public void Redact_KnownShapes_HidesTheSecret(string text, string expected) =>
        Assert.Equal(expected, SecretRedactor.Redact(text));

    [Theory]
    [InlineData("Main process exited, code=exited, status=1/FAILURE")]
    [InlineData("token expires in 25 minutes")]
    [InlineData("2026-11-29T09:18:11.1234567Z pid 4242 restarted 3 times")]
    [InlineData("account hash 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 in /opt/schwab/schwab-chains/Schwab.Daemons.Chains.dll")]
    public void Redact_OrdinaryOperationalText_IsUnchanged(string text) =>
        Assert.Equal(text, SecretRedactor.Redact(text));

    [Fact]
    public void Redact_KnownSecretAnywhere_IsReplaced()
    {
        string text = SecretRedactor.Redact("failed with xyzSECRETvalue123 inside", ["xyzSECRETvalue123", null, "ab"]);

        Assert.Equal("failed with *** inside", text);
    }
}
