using Lodestone.Data.Baci;
using Lodestone.Data.Storage;
using Lodestone.Domain.Errors;
using Lodestone.Domain.Trade;
using Lodestone.Testing;

namespace Lodestone.Data.Tests.Storage;

/// <summary><c>data import-baci</c> into a store that holds the release's year already (the default store is seeded with the
/// HS17 V202601 2024 extract): the import replaces the stored flows of its HS revision and years, in its one transaction, and a
/// failed import replaces nothing. Every backend.</summary>
public abstract partial class KnowledgeStoreSuite
{
    private const string BaciRawHeader = "t,i,j,k,v,q";

    private static readonly string ShippedBaciRaw = Path.Combine(DefaultData.Directory, "trade", "baci_raw_hs92_v202301_2021_exporters_ZAF_AFG.csv");

    private static readonly string ShippedBaciMatrix = Path.Combine(DefaultData.Directory, "trade", "baci_hs17_v202601_2024_critical.csv");

    private string WriteBaci(string name, string text)
    {
        var path = Path.Combine(TempPath, Guid.NewGuid().ToString("N")[..8], name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private static string Line(TradeFlow f) =>
        $"{f.Nomenclature} {f.Year} {f.Hs6} {f.Exporter.Code}>{f.Importer.Code} {f.ValueUsd.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    [Fact]
    public async Task ImportBaci_ShippedExtractIntoTheSeededStore_ReplacesTheYearWithTheSameFlows()
    {
        // Given the default store, seeded with the 21,723 flows of HS17 V202601 2024 (the defect of 2026-12-04: this stopped at
        // the first flow, "already in the store", and imported nothing)
        var store = await SeededStoreAsync();
        var before = (await store.ReadTradeFlowsAsync().ToListAsync()).Select(Line).Order(StringComparer.Ordinal).ToList();

        // When the shipped extract of that year is imported
        var report = await BaciImporter.ImportAsync(store, ShippedBaciMatrix, null, dryRun: false, allCodes: false,
            CancellationToken.None);

        // Then its 21,723 flows replace the 21,723 stored: the same flows, once each
        Assert.Equal(21_723, report.Written);
        Assert.Equal([new ReplacedTradeFlows("HS17", 2024, 21_723)], report.Replaced);
        Assert.Equal(21_723, await store.CountTradeFlowsAsync());
        Assert.Equal(before, (await store.ReadTradeFlowsAsync().ToListAsync()).Select(Line).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ImportBaci_AYearAlreadyStored_LeavesExactlyTheFilesFlowsOfThatRevisionAndYear()
    {
        // Given the seeded store (HS17 2024), the shipped HS92 2021 raw rows (71,192) and one HS17 2023 flow
        var store = await SeededStoreAsync();
        await BaciImporter.ImportAsync(store, ShippedBaciRaw, null, dryRun: false, allCodes: true,
            CancellationToken.None);
        var year2023 = WriteBaci("BACI_HS17_Y2023_V202601.csv", BaciRawHeader + "\n2023,156,842,811292,10,1\n");
        await BaciImporter.ImportAsync(store, year2023, null, false, allCodes: false, CancellationToken.None);
        var hs92 = (await store.ReadTradeFlowsAsync().ToListAsync()).Where(f => f.Nomenclature == "HS92").Select(Line).ToList();

        // When a file of HS17 2024 with three flows is imported (China -> USA 811292 is in the seed at 63,684,249 USD)
        var file = WriteBaci("BACI_HS17_Y2024_V202601.csv", string.Join("\n", BaciRawHeader,
            "2024,156,842,811292,1.5,\"        2.000\"", "2024,156,392,811292,2,", "2024,276,842,850511,3.25,1") + "\n");
        var report = await BaciImporter.ImportAsync(store, file, null, dryRun: false, allCodes: false,
            CancellationToken.None);

        // Then HS17 2024 holds exactly the file's three flows (values in thousands of USD), 21,723 were replaced, and HS92 2021
        // and HS17 2023 are as they were
        Assert.Equal((3L, 21_723L), (report.Written, report.ReplacedFlows));
        var after = await store.ReadTradeFlowsAsync().ToListAsync();
        Assert.Equal(["HS17 2024 811292 CHN>USA 1500", "HS17 2024 811292 CHN>JPN 2000", "HS17 2024 850511 DEU>USA 3250"],
            after.Where(f => f is { Nomenclature: "HS17", Year: 2024 }).Select(Line));
        Assert.Equal(["HS17 2023 811292 CHN>USA 10000"], after.Where(f => f is { Nomenclature: "HS17", Year: 2023 }).Select(Line));
        Assert.Equal(71_192, hs92.Count);
        Assert.Equal(hs92, after.Where(f => f.Nomenclature == "HS92").Select(Line));
        Assert.Equal(71_192 + 1 + 3, await store.CountTradeFlowsAsync());
        // And the snapshot every analysis reads holds the new 2024 flows of the mapped codes only
        Assert.Equal(["HS17 2024 811292 CHN>USA 1500", "HS17 2024 811292 CHN>JPN 2000", "HS17 2024 850511 DEU>USA 3250"],
            (await store.LoadAsync()).TradeFlows.Where(f => f.Year == 2024).Select(Line));
    }

    [Fact]
    public async Task ImportBaci_ShippedRawRowsTwice_TheSecondReplacesTheFirstRowForRow()
    {
        // Given the seeded store (HS17 2024) and the shipped HS92 2021 raw rows (71,192, counted with Python's csv module) imported
        var store = await SeededStoreAsync();
        var first = await BaciImporter.ImportAsync(store, ShippedBaciRaw, null, dryRun: false, allCodes: true,
            CancellationToken.None);
        var once = (await store.ReadTradeFlowsAsync().ToListAsync()).Select(Line).ToList();

        // When they are imported again (2026-12-04: refused at line 2, "already in the store")
        var again = await BaciImporter.ImportAsync(store, ShippedBaciRaw, null, dryRun: false, allCodes: true,
            CancellationToken.None);

        // Then the first replaced nothing (no HS92 stored), the second replaced the 71,192 by the same 71,192, and the store reads
        // as after the first: the seed's 2024 flows first, then the raw rows in file order
        Assert.Equal((71_192L, 0L), (first.Written, first.ReplacedFlows));
        Assert.Equal([new ReplacedTradeFlows("HS92", 2021, 0)], first.Replaced);
        Assert.Equal((71_192L, 71_192L), (again.Written, again.ReplacedFlows));
        Assert.Equal([new ReplacedTradeFlows("HS92", 2021, 71_192)], again.Replaced);
        Assert.Equal(21_723 + 71_192, await store.CountTradeFlowsAsync());
        Assert.Equal(once, (await store.ReadTradeFlowsAsync().ToListAsync()).Select(Line));
    }

    [Fact]
    public async Task ImportBaci_TruncatedFileOfAStoredYear_LeavesTheStoredFlowsIntact()
    {
        // Given the seeded store and a file of its revision and year cut off mid-line (no final line break)
        var store = await SeededStoreAsync();
        var before = FactSnapshot.Of(await store.LoadFactsAsync());
        var file = WriteBaci("BACI_HS17_Y2024_V202601.csv", BaciRawHeader + "\n2024,156,842,811292,1.5,2\n2024,156,392,811292,2,1\n2024,276,842,850511,3");

        // When it is imported
        var error = await Assert.ThrowsAsync<DataValidationException>(() => BaciImporter.ImportAsync(store, file, null,
            false, allCodes: false, CancellationToken.None));

        // Then the error says where, and the 21,723 stored flows of 2024 are all there, unchanged
        Assert.Contains(error.Issues, i => i.File == "BACI_HS17_Y2024_V202601.csv" && i.Line == 4 && i.Message.Contains("truncated", StringComparison.Ordinal));
        Assert.Equal(21_723, await store.CountTradeFlowsAsync());
        before.AssertEqual(FactSnapshot.Of(await store.LoadFactsAsync()));
    }

    [Fact]
    public async Task ImportBaci_FlowTwiceInAFileOfAStoredYear_NamesBothLinesAndReplacesNothing()
    {
        var store = await SeededStoreAsync();
        var file = WriteBaci("BACI_HS17_Y2024_V202601.csv",
            string.Join("\n", BaciRawHeader, "2024,156,842,811292,1,1", "2024,156,392,811292,2,1", "2024,156,842,811292,3,1") + "\n");

        var error = await Assert.ThrowsAsync<DataValidationException>(() => BaciImporter.ImportAsync(store, file, null,
            false, allCodes: false, CancellationToken.None));

        var issue = Assert.Single(error.Issues);
        Assert.Equal(("BACI_HS17_Y2024_V202601.csv", 4, "k"), (issue.File, issue.Line, issue.Field));
        Assert.Contains("first on BACI_HS17_Y2024_V202601.csv line 2", issue.Message, StringComparison.Ordinal);
        Assert.Equal(21_723, await store.CountTradeFlowsAsync());
        Assert.Contains(await store.ReadTradeFlowsAsync().ToListAsync(), f => Line(f) == "HS17 2024 811292 CHN>USA 63684249");
    }
}
