using Lodestone.Data.Baci;
using Lodestone.Data.Storage;
using Lodestone.Domain.Errors;
using Lodestone.Testing;

namespace Lodestone.Data.Tests.Baci;

/// <summary><c>data import-baci</c> into PostgreSQL (binary COPY, parsing read ahead on its own thread) gives the flows the SQLite
/// store gives, row for row, and refuses a duplicate at its line with nothing written.</summary>
public sealed class BaciPostgresImportTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>, IDisposable
{
    private const string RawHeader = "\"t\",\"i\",\"j\",\"k\",\"v\",\"q\"";
    private readonly TempDirectory _temp = new();

    private static readonly string ShippedRaw =
        Path.Combine(DefaultData.Directory, "trade", "baci_raw_hs92_v202301_2021_exporters_ZAF_AFG.csv");

    private async Task<PostgresKnowledgeStore> PostgresStoreAsync()
    {
        var schema = await postgres.NewSchemaOrSkipAsync();
        var store = new PostgresKnowledgeStore(schema, DefaultData.Directory);
        await store.MigrateAsync();
        return store;
    }

    [Fact]
    public async Task ImportAsync_ShippedRawRows_PostgresHoldsTheSameFlowsAsSqlite()
    {
        // Given the shipped HS92 V202301 rows (71,192, with NA quantities and codes that lost their leading zero) and both stores
        var pg = await PostgresStoreAsync();
        var sqlite = new SqliteKnowledgeStore(Path.Combine(_temp.Path, "baci.db"), DefaultData.Directory);
        await sqlite.MigrateAsync();

        // When each imports them
        var onPg = await BaciImporter.ImportAsync(pg, ShippedRaw, null, dryRun: false, allCodes: true,
            CancellationToken.None);
        var onSqlite = await BaciImporter.ImportAsync(sqlite, ShippedRaw, null, dryRun: false, allCodes: true,
            CancellationToken.None);

        // Then both wrote every row and read back the same flows in the same order (values, missing tonnes, codes, revision, source)
        Assert.Equal((71_192L, 71_192L), (onPg.Written, onSqlite.Written));
        Assert.Equal(await sqlite.ReadTradeFlowsAsync().ToListAsync(), await pg.ReadTradeFlowsAsync().ToListAsync());
    }

    [Fact]
    public async Task ImportAsync_Belgium56And58InOneYear_PostgresNamesTheDuplicateAtItsLineAndWritesNothing()
    {
        // Given 58 and 56 (both Belgium) exporting the same code to 842 in one year: the second is the same flow again
        var store = await PostgresStoreAsync();
        var path = Path.Combine(_temp.Path, "BACI_HS92_Y1995_V202301.csv");
        File.WriteAllText(path, string.Join("\n", RawHeader, "1995,58,842,261000,1,1", "1995,4,842,261000,1,1", "1995,56,842,261000,2,1") + "\n");

        // When it is imported
        var error = await Assert.ThrowsAsync<DataValidationException>(() => BaciImporter.ImportAsync(store, path, null,
            false, allCodes: true, CancellationToken.None));

        // Then the fourth line is named, with the first, and no flow was written
        var issue = Assert.Single(error.Issues);
        Assert.Equal(("BACI_HS92_Y1995_V202301.csv", 4, "k"), (issue.File, issue.Line, issue.Field));
        Assert.Contains("first on BACI_HS92_Y1995_V202301.csv line 2", issue.Message, StringComparison.Ordinal);
        Assert.Equal(0, await store.CountTradeFlowsAsync());
    }

    public void Dispose() => _temp.Dispose();
}
