using Lodestone.Data.Storage;
using Lodestone.Domain.Model;
using Lodestone.Domain.Trade;
using Lodestone.Testing;
using Microsoft.Data.Sqlite;

namespace Lodestone.Data.Tests.Storage;

/// <summary>The SQLite bulk path for trade flows: the key index is rebuilt after a load into a small table and kept otherwise,
/// and a duplicate key is named and rolls everything back on both paths.</summary>
public sealed class SqliteTradeFlowWriterTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private static readonly Source Baci = new("test-baci", "BACI test rows", "CEPII", "https://www.cepii.fr/", PartialDate.FromDate(new DateOnly(2026, 1, 15)));

    private static TradeFlow Flow(string exporter, string importer, string hs6 = "811292", double value = 1000) =>
        new(2024, new Iso3(exporter), new Iso3(importer), hs6, value, null, Baci.Id, "HS17");

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

        Assert.Equal(3, written);
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
    [InlineData(SqliteTradeFlowWriter.DefaultRebuildIndexBelow)]
    public async Task ImportTradeFlows_KeyAlreadyStored_NamesItAndKeepsTheStoredRows(long rebuildBelow)
    {
        var store = await StoreAsync(rebuildBelow);
        await store.ImportTradeFlowsAsync([Baci], [Flow("CHN", "USA"), Flow("CHN", "JPN")], () => false, false);

        var error = await Assert.ThrowsAsync<DuplicateTradeFlowException>(() => store.ImportTradeFlowsAsync([Baci],
            [Flow("KOR", "USA"), Flow("CHN", "JPN", value: 7)], () => false, false));

        Assert.Equal("(811292, HS17, 2024, CHN, JPN)", error.Key);
        var stored = await store.ReadTradeFlowsAsync().ToListAsync();
        Assert.Equal(["CHN:USA:1000", "CHN:JPN:1000"], stored.Select(f => $"{f.Exporter.Code}:{f.Importer.Code}:{f.ValueUsd}"));
    }

    public void Dispose() => _temp.Dispose();
}
