using Lodestone.Data.Exchange;
using Lodestone.Data.Loading;
using Lodestone.Domain.Errors;
using Lodestone.Testing;

namespace Lodestone.Data.Tests.Storage;

/// <summary><c>data import</c> of a <c>trade_flows.csv</c>: streamed (read once to check, again while written), all or nothing.</summary>
public abstract partial class KnowledgeStoreSuite
{
    private const string FlowHeader = "year,exporter,exporter_name,importer,importer_name,hs6,material,value_usd,qty_t,nomenclature,source_id,source,source_publisher,source_url,source_date,read_via";

    /// <summary>A flow row citing the shipped BACI release by id (reference/sources.csv), so it needs no title of its own.</summary>
    private static string Flow(int year, string exporter, string importer, string hs6, string value, string tonnes) =>
        $"{year},{exporter},,{importer},,{hs6},,{value},{tonnes},HS17,cepii-baci-hs17-v202601,,,,,";

    [Fact]
    public async Task ImportAsync_TradeFlowsFile_WritesEveryFlowAsRead()
    {
        // Given a seeded store and three flows of 2031 (a year no shipped flow has), one without a quantity
        var store = await SeededStoreAsync();
        var stored = await store.CountTradeFlowsAsync();
        var file = WriteFile(FactFiles.TradeFlows, FlowHeader,
            Flow(2031, "CHN", "USA", "811292", "1250000.5", "310.25"),
            Flow(2031, "AUS", "CHN", "253090", "98000", ""),
            Flow(2031, "COD", "CHN", "810520", "4400000", "1200"));

        // When
        var counts = await FactImporter.ImportAsync(store, store.Reference, file, replace: false, CancellationToken.None);

        // Then the three flows are stored as written: value in USD, a blank quantity missing (not zero), the release as source
        Assert.Equal(3, counts["trade_flows"]);
        Assert.Equal(stored + 3, await store.CountTradeFlowsAsync());
        var added = new List<Domain.Trade.TradeFlow>();
        await foreach (var flow in store.ReadTradeFlowsAsync())
        {
            if (flow.Year == 2031)
            {
                added.Add(flow);
            }
        }
        Assert.Equal(["CHN>USA 811292 1250000.5 310.25", "AUS>CHN 253090 98000 -", "COD>CHN 810520 4400000 1200"],
            added.Select(f => $"{f.Exporter.Code}>{f.Importer.Code} {f.Hs6} {f.ValueUsd.ToString(System.Globalization.CultureInfo.InvariantCulture)} " +
                (f.Tonnes is { } t ? t.ToString(System.Globalization.CultureInfo.InvariantCulture) : "-")));
        Assert.All(added, f => Assert.Equal(("HS17", "cepii-baci-hs17-v202601"), (f.Nomenclature, f.SourceId)));
    }

    [Fact]
    public async Task ImportAsync_TradeFlowRepeatedInTheFile_NamesBothLinesAndWritesNothing()
    {
        // Given a file whose fourth line repeats the key (year, exporter, importer, hs6, nomenclature) of its second
        var store = await SeededStoreAsync();
        var before = FactSnapshot.Of(await store.LoadFactsAsync());
        var file = WriteFile(FactFiles.TradeFlows, FlowHeader,
            Flow(2031, "CHN", "USA", "811292", "1", "1"),
            Flow(2031, "AUS", "CHN", "253090", "2", "2"),
            Flow(2031, "CHN", "USA", "811292", "3", "3"));

        // When
        var error = await Assert.ThrowsAsync<DataValidationException>(() =>
            FactImporter.ImportAsync(store, store.Reference, file, replace: false, CancellationToken.None));

        // Then the issue points at the repeat and its first line, and nothing was written
        var issue = Assert.Single(error.Issues);
        Assert.Equal((FactFiles.TradeFlows, 4, "hs6", "duplicate flow (811292, HS17, 2031, CHN, USA); first on line 2"),
            (issue.File, issue.Line, issue.Field, issue.Message));
        before.AssertEqual(FactSnapshot.Of(await store.LoadFactsAsync()));
    }

    [Fact]
    public async Task ImportAsync_TradeFlowAlreadyStored_NamesItsLineAndWritesNothing()
    {
        // Given a new flow, then the first flow of the shipped BACI extract (Tajikistan's 2024 antimony oxide to France)
        var store = await SeededStoreAsync();
        var before = FactSnapshot.Of(await store.LoadFactsAsync());
        var file = WriteFile(FactFiles.TradeFlows, FlowHeader,
            Flow(2031, "CHN", "USA", "811292", "1", "1"),
            Flow(2024, "TJK", "FRA", "811010", "111108435.0", "6226.77"));

        // When
        var error = await Assert.ThrowsAsync<DataValidationException>(() =>
            FactImporter.ImportAsync(store, store.Reference, file, replace: false, CancellationToken.None));

        // Then
        var issue = Assert.Single(error.Issues);
        Assert.Equal((FactFiles.TradeFlows, 3, "hs6", "the store already holds flow (811010, HS17, 2024, TJK, FRA)"), (issue.File, issue.Line, issue.Field, issue.Message));
        before.AssertEqual(FactSnapshot.Of(await store.LoadFactsAsync()));
    }

    [Fact]
    public async Task ImportAsync_BadFlowBesideAGoodProductionFile_NamesTheCellAndWritesNeither()
    {
        // Given a folder with a good production row and a flows file whose third line has a five-digit HS code
        var store = await SeededStoreAsync();
        var before = FactSnapshot.Of(await store.LoadFactsAsync());
        var flows = WriteFile(FactFiles.TradeFlows, FlowHeader,
            Flow(2031, "CHN", "USA", "811292", "1", "1"),
            Flow(2031, "AUS", "CHN", "25309", "2", "2"));
        var lines = File.ReadAllLines(Path.Combine(DefaultData.Directory, FactFiles.Production));
        File.WriteAllLines(Path.Combine(Path.GetDirectoryName(flows)!, FactFiles.Production),
            [lines[0], lines[1].Replace(",2023,", ",2031,", StringComparison.Ordinal)]);

        // When
        var error = await Assert.ThrowsAsync<DataValidationException>(() =>
            FactImporter.ImportAsync(store, store.Reference, Path.GetDirectoryName(flows)!, replace: false, CancellationToken.None));

        // Then
        var issue = Assert.Single(error.Issues);
        Assert.Equal((FactFiles.TradeFlows, 3, "hs6"), (issue.File, issue.Line, issue.Field));
        Assert.Contains("six digits", issue.Message, StringComparison.Ordinal);
        before.AssertEqual(FactSnapshot.Of(await store.LoadFactsAsync()));
    }

    [Fact]
    public async Task ImportAsync_FlowsFileOfBadRows_StopsAfterFiftyProblems()
    {
        // Given 200 rows naming an unknown exporter (a wrong file): listing every one would be as large as the file
        var store = await SeededStoreAsync();
        var file = WriteFile(FactFiles.TradeFlows, [FlowHeader, .. Enumerable.Range(0, 200).Select(i => Flow(2031, "XXX", "USA", "811292", "1", "1"))]);

        // When
        var error = await Assert.ThrowsAsync<DataValidationException>(() =>
            FactImporter.ImportAsync(store, store.Reference, file, replace: false, CancellationToken.None));

        // Then 50 problems (lines 2–51) and one line saying reading stopped
        Assert.Equal(FactImporter.MaxIssues + 1, error.Issues.Count);
        Assert.Equal(Enumerable.Range(2, 50), error.Issues.Take(50).Select(i => i.Line));
        Assert.Equal("stopped after 50 problems; nothing was imported", error.Issues[^1].Message);
    }
}
