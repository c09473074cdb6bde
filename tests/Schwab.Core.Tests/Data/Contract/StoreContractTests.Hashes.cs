using System.Data.Common;
using Dapper;
using Schwab.Core.Data.Tokens;
using Schwab.Testing.Data;

namespace Schwab.Core.Tests.Data.Contract;

public abstract partial class StoreContractTests
{
    [SkippableFact]
    public async Task HashStore_UpsertThenList_ReturnsDecryptedNumbersPerApp()
    {
        await using TestDatabase db = await CreateDatabaseAsync();
        var time = new FakeTimeProvider(Start);
        HashStore store = db.CreateHashStore(TestKeys.Protector(), time);

        await store.UpsertAsync("MAIN_DATA", "11111111", "HASH_B", CancellationToken.None);
        await store.UpsertAsync("MAIN_DATA", "22222222", "HASH_A", CancellationToken.None);
        await store.UpsertAsync("MAIN_TRADE", "33333333", "HASH_C", CancellationToken.None);
        time.Advance(TimeSpan.FromMinutes(1));
        await store.UpsertAsync("MAIN_DATA", "11111112", "HASH_B", CancellationToken.None);

        IReadOnlyList<AccountHash> data = await store.ListAsync("MAIN_DATA", CancellationToken.None);

        Assert.Equal(
            [new AccountHash("MAIN_DATA", "22222222", "HASH_A", Start), new AccountHash("MAIN_DATA", "11111112", "HASH_B", Start.AddMinutes(1))],
            data);
        Assert.DoesNotContain("11111112", data[1].ToString(), StringComparison.Ordinal);
        Assert.Single(await store.ListAsync("MAIN_TRADE", CancellationToken.None));
    }

    [SkippableFact]
    public async Task HashStore_RawAccountNumber_IsEncrypted()
    {
        await using TestDatabase db = await CreateDatabaseAsync();
        await db.CreateHashStore(TestKeys.Protector()).UpsertAsync("MAIN_DATA", "98765432", "HASH_A", CancellationToken.None);

        await using DbConnection connection = await db.Connections.OpenAsync(CancellationToken.None);
        string raw = await connection.ExecuteScalarAsync<string>(new CommandDefinition(
            db.Sql("SELECT account_number FROM SCHWAB_HASH", "SELECT account_number FROM $(OPT).SCHWAB.HASH"))) ?? "";

        Assert.StartsWith("v1:", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("98765432", raw, StringComparison.Ordinal);
    }
}
