using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using Dapper;
using Schwab.Core.Data.Tokens;
using Schwab.Core.Security;
using Schwab.Testing.Data;

namespace Schwab.Core.Tests.Data.Contract;

public abstract partial class StoreContractTests
{
    private const string AccessPlain = "I0.b2F1dGgyLmJkYy5zY2h3YWIuY29t.access-secret-0001@";
    private const string RefreshPlain = "refresh-secret-0001-EXAMPLE";

    private static TokenSet Login(string apiName = "MAIN_DATA", string suffix = "") =>
        TokenSet.FromLogin(apiName, AccessPlain + suffix, RefreshPlain + suffix, Start, TimeSpan.FromMinutes(30));

    [SkippableFact]
    public async Task TokenStore_SaveThenGet_ReturnsEqualTokens()
    {
        await using TestDatabase db = await CreateDatabaseAsync();
        var time = new FakeTimeProvider(Start.AddSeconds(5));
        TokenStore store = db.CreateTokenStore(TestKeys.Protector(), time);

        TokenSet saved = await store.SaveAsync(Login(), expectedVersion: 0, CancellationToken.None);
        TokenSet? read = await store.GetAsync("MAIN_DATA", CancellationToken.None);

        Assert.Equal(saved, read);
        Assert.Equal(Login() with { UpdatedAt = Start.AddSeconds(5), Version = 1 }, read);
        Assert.Equal(Start.AddDays(7), read!.RefreshExpiresAt);
        Assert.Null(await store.GetAsync("MAIN_TRADE", CancellationToken.None));
    }

    [SkippableFact]
    public async Task TokenStore_RawColumns_HoldNoPlaintextNorItsBase64()
    {
        await using TestDatabase db = await CreateDatabaseAsync();
        await db.CreateTokenStore(TestKeys.Protector()).SaveAsync(Login(), 0, CancellationToken.None);

        (string access, string refresh) = await RawTokensAsync(db, "MAIN_DATA");

        foreach (string raw in new[] { access, refresh })
        {
            Assert.StartsWith(TokenProtector.Prefix, raw, StringComparison.Ordinal);
            Assert.DoesNotContain("secret", raw, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(Convert.ToBase64String(Encoding.UTF8.GetBytes(AccessPlain))[..16], raw, StringComparison.Ordinal);
            Assert.DoesNotContain(Convert.ToBase64String(Encoding.UTF8.GetBytes(RefreshPlain))[..16], raw, StringComparison.Ordinal);
        }
    }

    [SkippableFact]
    public async Task TokenStore_SaveWithStaleVersion_IsRefusedAndRowKept()
    {
        await using TestDatabase db = await CreateDatabaseAsync();
        TokenStore store = db.CreateTokenStore(TestKeys.Protector());
        TokenSet v1 = await store.SaveAsync(Login(), 0, CancellationToken.None);
        TokenSet v2 = await store.SaveAsync(v1 with { AccessToken = "second" }, v1.Version, CancellationToken.None);

        var stale = await Assert.ThrowsAsync<TokenConcurrencyException>(
            () => store.SaveAsync(v1 with { AccessToken = "stale" }, v1.Version, CancellationToken.None));
        var duplicate = await Assert.ThrowsAsync<TokenConcurrencyException>(
            () => store.SaveAsync(Login(suffix: "dup"), 0, CancellationToken.None));

        Assert.Equal(2, v2.Version);
        Assert.Equal((1, 0), (stale.ExpectedVersion, duplicate.ExpectedVersion));
        Assert.Equal("second", (await store.GetAsync("MAIN_DATA", CancellationToken.None))!.AccessToken);
        Assert.DoesNotContain("stale", stale.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task TokenStore_Delete_RemovesTheRowOnce()
    {
        await using TestDatabase db = await CreateDatabaseAsync();
        TokenStore store = db.CreateTokenStore(TestKeys.Protector());
        await store.SaveAsync(Login(), 0, CancellationToken.None);

        Assert.True(await store.DeleteAsync("MAIN_DATA", CancellationToken.None));
        Assert.False(await store.DeleteAsync("MAIN_DATA", CancellationToken.None));
        Assert.Null(await store.GetAsync("MAIN_DATA", CancellationToken.None));
    }

    [SkippableFact]
    public async Task TokenStore_ReadWithWrongKey_SaysTheKeyDoesNotMatch()
    {
        await using TestDatabase db = await CreateDatabaseAsync();
        await db.CreateTokenStore(TestKeys.Protector()).SaveAsync(Login(), 0, CancellationToken.None);

        var ex = await Assert.ThrowsAsync<TokenKeyException>(
            () => db.CreateTokenStore(TestKeys.Protector()).GetAsync("MAIN_DATA", CancellationToken.None));

        Assert.Equal("token key does not match the key these tokens were encrypted with", ex.Message);
    }

    [SkippableFact]
    public async Task TokenStore_CiphertextCopiedToAnotherRow_FailsItsIntegrityCheck()
    {
        await using TestDatabase db = await CreateDatabaseAsync();
        TokenProtector protector = TestKeys.Protector();
        TokenStore store = db.CreateTokenStore(protector);
        await store.SaveAsync(Login("MAIN_DATA", "-data"), 0, CancellationToken.None);
        await store.SaveAsync(Login("MAIN_TRADE", "-trade"), 0, CancellationToken.None);
        (string dataAccess, _) = await RawTokensAsync(db, "MAIN_DATA");

        await using (DbConnection connection = await db.Connections.OpenAsync(CancellationToken.None))
        {
            await connection.ExecuteAsync(new CommandDefinition(
                db.Sql("UPDATE SCHWAB_API SET access_token = @Value WHERE api_name = 'MAIN_TRADE'",
                    "UPDATE $(OPT).SCHWAB.API SET access_token = @Value WHERE api_name = 'MAIN_TRADE'"),
                new { Value = dataAccess }));
        }

        var ex = await Assert.ThrowsAsync<CryptographicException>(() => store.GetAsync("MAIN_TRADE", CancellationToken.None));
        Assert.Contains("API.access_token:MAIN_TRADE failed its integrity check", ex.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task TokenStore_KeyMissing_ErrorNamesWhereItLooked()
    {
        await using TestDatabase db = await CreateDatabaseAsync();
        string missing = Path.Combine(Path.GetTempPath(), "schwab-tests", Guid.NewGuid().ToString("N"), "token.key");
        var protector = new TokenProtector(() => TokenKey.Load(new TokenKeyOptions { KeyFile = missing }, _ => null));

        var ex = await Assert.ThrowsAsync<TokenKeyException>(
            () => db.CreateTokenStore(protector).SaveAsync(Login(), 0, CancellationToken.None));

        Assert.Contains("$CREDENTIALS_DIRECTORY is not set", ex.Message, StringComparison.Ordinal);
        Assert.Contains($"Security:KeyFile '{missing}' does not exist", ex.Message, StringComparison.Ordinal);
        Assert.Null(await db.CreateTokenStore(TestKeys.Protector()).GetAsync("MAIN_DATA", CancellationToken.None));
    }

    private static async Task<(string Access, string Refresh)> RawTokensAsync(TestDatabase db, string apiName)
    {
        await using DbConnection connection = await db.Connections.OpenAsync(CancellationToken.None);
        return await connection.QuerySingleAsync<(string, string)>(new CommandDefinition(
            db.Sql("SELECT access_token, refresh_token FROM SCHWAB_API WHERE api_name = @ApiName",
                "SELECT access_token, refresh_token FROM $(OPT).SCHWAB.API WHERE api_name = @ApiName"),
            new { ApiName = apiName }));
    }
}
