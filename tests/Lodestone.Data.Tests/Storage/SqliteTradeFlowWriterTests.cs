using Lodestone.Data.Storage;
using Lodestone.Domain.Model;
using Lodestone.Domain.Trade;
using Lodestone.Testing;
using Microsoft.Data.Sqlite;

namespace Lodestone.Data.Tests.Storage;

/// <summary>The SQLite bulk path for trade flows: the key index is rebuilt after a load into a small table (or one that keeps
/// few flows, or few per replaced flow, once the imported year is replaced) and kept otherwise; an import replaces the stored flows of the revision and
/// years it holds; a duplicate key is named and rolls everything back on every path.</summary>
public sealed class SqliteTradeFlowWriterTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private static readonly Source Baci = new("test-baci", "BACI test rows", "CEPII", "https://www.cepii.fr/", PartialDate.FromDate(new DateOnly(2026, 1, 15)));

    private static TradeFlow Flow(string exporter, string importer, string hs6 = "811292", double value = 1000, int year = 2024, string nomenclature = "HS17") =>
        new(year, new Iso3(exporter), new Iso3(importer), hs6, value, null, Baci.Id, nomenclature);

    private static async Task<List<string>> StoredAsync(SqliteKnowledgeStore store) =>
        (await store.ReadTradeFlowsAsync().ToListAsync()).Select(f => $"{f.Nomenclature} {f.Year} {f.Exporter.Code}:{f.Importer.Code}:{f.ValueUsd}").ToList();

    private async Task<SqliteKnowledgeStore> StoreAsync(long rebuildBelow)
    {
        var store = new SqliteKnowledgeStore(Path.Combine(_temp.Path, Guid.NewGuid().ToString("N")[..8] + ".db"), DefaultData.Directory)
        {
            TradeIndexRebuildBelow = rebuildBelow,
        };
        await store.MigrateAsync();
        return store;
    }

    [Theory]
    [InlineData(0)]
    [InlineData(SqliteTradeFlowWriter.DefaultRebuildIndexBelow)]
    public async Task ImportTradeFlows_EitherPath_LeavesTheUniqueKeyIndexInPlace(long rebuildBelow)
    {
        var store = await StoreAsync(rebuildBelow);

        var written = await store.ImportTradeFlowsAsync([Baci], [Flow("CHN", "USA"), Flow("CHN", "JPN"), Flow("DEU", "USA", "810590")], () => false, false);

        Assert.Equal(3, written!.Written);
        Assert.Equal(3, await store.CountTradeFlowsAsync());
        await using var connection = new SqliteConnection(SqliteSettings.ConnectionString(store.Path));
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = 'ux_trade_flows_key'";
        Assert.Equal("CREATE UNIQUE INDEX ux_trade_flows_key ON trade_flows (hs6, nomenclature, year, exporter, importer)",
            (string?)await command.ExecuteScalarAsync());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(SqliteTradeFlowWriter.DefaultRebuildIndexBelow)]
    public async Task ImportTradeFlows_KeyTwiceInInput_NamesItAndWritesNothing(long rebuildBelow)
    {
        var store = await StoreAsync(rebuildBelow);

        var error = await Assert.ThrowsAsync<DuplicateTradeFlowException>(() => store.ImportTradeFlowsAsync([Baci],
            [Flow("CHN", "USA"), Flow("CHN", "JPN"), Flow("CHN", "USA", value: 5)], () => false, false));

        Assert.Equal("(811292, HS17, 2024, CHN, USA)", error.Key);
        Assert.Equal(0, await store.CountTradeFlowsAsync());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)] // four stored, two kept once HS17 2024 is replaced: rebuilt
    [InlineData(SqliteTradeFlowWriter.DefaultRebuildIndexBelow)]
    public async Task ImportTradeFlows_YearAlreadyStored_ReplacesThatRevisionsYearAndKeepsTheOthers(long rebuildBelow)
    {
        // Given HS17 2024 (two flows), HS17 2023 and HS92 2024 stored
        var store = await StoreAsync(rebuildBelow);
        await store.ImportTradeFlowsAsync([Baci], [Flow("CHN", "USA"), Flow("CHN", "JPN"), Flow("CHN", "USA", year: 2023),
            Flow("CHN", "USA", nomenclature: "HS92")], () => false, false);

        // When HS17 2024 is imported again with one flow stored before (another value) and one new
        var result = await store.ImportTradeFlowsAsync([Baci], [Flow("CHN", "JPN", value: 7), Flow("KOR", "USA", value: 5)], () => false, false);

        // Then the two stored HS17 2024 flows are replaced by the two imported; 2023 and HS92 are untouched
        Assert.Equal((2L, 2L), (result!.Written, result.ReplacedFlows));
        Assert.Equal([new ReplacedTradeFlows("HS17", 2024, 2)], result.Replaced);
        Assert.Equal(["HS17 2023 CHN:USA:1000", "HS92 2024 CHN:USA:1000", "HS17 2024 CHN:JPN:7", "HS17 2024 KOR:USA:5"], await StoredAsync(store));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(SqliteTradeFlowWriter.DefaultRebuildIndexBelow)]
    public async Task ImportTradeFlows_TwoYearsInterleaved_EachReplacedOnceAndNoneOfTheInputDeleted(long rebuildBelow)
    {
        // Given 2023 and 2024 stored
        var store = await StoreAsync(rebuildBelow);
        await store.ImportTradeFlowsAsync([Baci], [Flow("CHN", "USA", year: 2023), Flow("CHN", "USA"), Flow("CHN", "JPN")], () => false, false);

        // When an input holds 2024, then 2023, then 2024 again
        var result = await store.ImportTradeFlowsAsync([Baci],
            [Flow("DEU", "USA", value: 1), Flow("DEU", "USA", value: 2, year: 2023), Flow("FRA", "USA", value: 3)], () => false, false);

        // Then each year's stored flows are deleted once, before its first flow, and the input's 2024 flows both stay
        Assert.Equal([new ReplacedTradeFlows("HS17", 2024, 2), new ReplacedTradeFlows("HS17", 2023, 1)], result!.Replaced);
        Assert.Equal(["HS17 2024 DEU:USA:1", "HS17 2023 DEU:USA:2", "HS17 2024 FRA:USA:3"], await StoredAsync(store));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(SqliteTradeFlowWriter.DefaultRebuildIndexBelow)]
    public async Task ImportTradeFlows_KeyTwiceInInputOfAStoredYear_NamesItAndKeepsTheStoredRows(long rebuildBelow)
    {
        // Given HS17 2024 stored
        var store = await StoreAsync(rebuildBelow);
        await store.ImportTradeFlowsAsync([Baci], [Flow("CHN", "USA"), Flow("CHN", "JPN")], () => false, false);

        // When an input of that year repeats a flow
        var error = await Assert.ThrowsAsync<DuplicateTradeFlowException>(() => store.ImportTradeFlowsAsync([Baci],
            [Flow("KOR", "USA"), Flow("CHN", "JPN", value: 7), Flow("KOR", "USA", value: 9)], () => false, false));

        // Then the repeat is named and the stored flows are as before (nothing deleted, nothing written)
        Assert.Equal("(811292, HS17, 2024, KOR, USA)", error.Key);
        Assert.Equal(["HS17 2024 CHN:USA:1000", "HS17 2024 CHN:JPN:1000"], await StoredAsync(store));
    }

    [Fact]
    public async Task ImportTradeFlows_ReaderFailed_ReplacesNothing()
    {
        // Given HS17 2024 stored, and an input whose reader reports a problem once it is read (a truncated file)
        var store = await StoreAsync(SqliteTradeFlowWriter.DefaultRebuildIndexBelow);
        await store.ImportTradeFlowsAsync([Baci], [Flow("CHN", "USA"), Flow("CHN", "JPN")], () => false, false);

        var result = await store.ImportTradeFlowsAsync([Baci], [Flow("KOR", "USA")], () => true, false);

        Assert.Null(result);
        Assert.Equal(["HS17 2024 CHN:USA:1000", "HS17 2024 CHN:JPN:1000"], await StoredAsync(store));
    }

    [Theory]
    [InlineData(1_000_000, false, 0, 0, true)] // a small table: one sort of at most ~2 M keys
    [InlineData(11_000_000, false, 0, 0, false)] // a year added to a full release: through the index
    [InlineData(11_000_000, true, 0, 11_000_000, true)] // a full release's only year imported again: nothing stays
    [InlineData(13_000_000, true, 2_000_000, 11_000_000, true)] // 2 M stay beside an 11 M year: 4 x 11 M >= 2 M
    [InlineData(3_000_000, true, 2_000_000, 1_000_000, true)] // the measured case: 4 x 1 M >= 2 M
    [InlineData(100_000_000, true, 89_000_000, 11_000_000, false)] // 4 x 11 M = 44 M < 89 M: a sort of 100 M keys costs more
    [InlineData(12_000_000, true, 8_000_000, 2_000_000, true)] // the edge: 4 x 2 M = 8 M
    [InlineData(12_000_001, true, 8_000_001, 2_000_000, false)] // just past it
    public void RebuildIndex_SmallTableOrLargeReplacedShare_Rebuilds(long stored, bool replacing, long kept, long replaced, bool rebuild) =>
        Assert.Equal(rebuild, SqliteTradeFlowWriter.RebuildIndex(stored, replacing ? (kept, replaced) : null, SqliteTradeFlowWriter.DefaultRebuildIndexBelow));

    [Fact]
    public void RebuildIndex_ThresholdZero_AlwaysKeepsTheIndex() =>
        Assert.False(SqliteTradeFlowWriter.RebuildIndex(3, (0, 3), 0));

    [Fact]
    public async Task ImportTradeFlows_ColumnsRepeatingThenChanging_EachRowStoredAsGiven()
    {
        // The writer binds a text column or the year again only when it changes (bindings survive sqlite3_reset): runs of one
        // code, a code given as another string instance of the same text, a change of year and of revision, and a missing
        // quantity between two known ones must all come back row for row.
        var store = await StoreAsync(SqliteTradeFlowWriter.DefaultRebuildIndexBelow);
        var hs6 = "282200";
        var sameTextOtherInstance = new string(hs6.AsSpan());
        var other = new Source("test-other", "Other test rows", "CEPII", "https://www.cepii.fr/", PartialDate.FromDate(new DateOnly(2026, 1, 15)));
        TradeFlow[] flows =
        [
            new(2024, new Iso3("CHN"), new Iso3("USA"), hs6, 10, 1.5, Baci.Id, "HS17"),
            new(2024, new Iso3("CHN"), new Iso3("JPN"), hs6, 20, null, Baci.Id, "HS17"),
            new(2024, new Iso3("DEU"), new Iso3("JPN"), sameTextOtherInstance, 30, 2.5, Baci.Id, "HS17"),
            new(2024, new Iso3("DEU"), new Iso3("JPN"), "810590", 40, null, other.Id, "HS17"),
            new(2023, new Iso3("DEU"), new Iso3("JPN"), "810590", 50, 3.5, Baci.Id, "HS17"),
            new(2023, new Iso3("DEU"), new Iso3("JPN"), "810590", 60, null, Baci.Id, "HS92"),
        ];

        await store.ImportTradeFlowsAsync([Baci, other], flows, () => false, false);

        var stored = await store.ReadTradeFlowsAsync().ToListAsync();
        Assert.Equal(flows.Select(Row), stored.Select(Row));
    }

    private static string Row(TradeFlow f) => $"{f.Nomenclature} {f.Year} {f.Hs6} {f.Exporter.Code}:{f.Importer.Code} {f.ValueUsd.ToString(System.Globalization.CultureInfo.InvariantCulture)} {f.Tonnes?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"} {f.SourceId}";

    public void Dispose() => _temp.Dispose();
}
