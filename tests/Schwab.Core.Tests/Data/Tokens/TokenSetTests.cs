using Schwab.Core.Data.Tokens;

namespace Schwab.Core.Tests.Data.Tokens;

public sealed class TokenSetTests
{
    private static readonly DateTimeOffset s_issued = new(2026, 3, 9, 13, 0, 0, TimeSpan.Zero);

    [Fact]
    public void FromLogin_SetsAccessExpiryAndSevenDayRefreshExpiry()
    {
        TokenSet tokens = TokenSet.FromLogin("MAIN_DATA", "a", "r", s_issued, TimeSpan.FromMinutes(30));

        Assert.Equal(s_issued.AddMinutes(30), tokens.ExpiresAt);
        Assert.Equal(s_issued, tokens.RefreshIssuedAt);
        Assert.Equal(s_issued.AddDays(7), tokens.RefreshExpiresAt);
        Assert.Equal(0, tokens.Version);
    }

    [Fact]
    public void ToString_NeverContainsTheTokens()
    {
        TokenSet tokens = TokenSet.FromLogin("MAIN_DATA", "access-SECRET", "refresh-SECRET", s_issued, TimeSpan.FromMinutes(30));

        string text = tokens.ToString();

        Assert.DoesNotContain("SECRET", text, StringComparison.Ordinal);
        Assert.Contains("ApiName = MAIN_DATA", text, StringComparison.Ordinal);
        Assert.Contains("AccessToken = ***", text, StringComparison.Ordinal);
    }
}
