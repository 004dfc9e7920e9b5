using System.IO.Compression;
using Lodestone.Data.Baci;
using Lodestone.Data.Storage;
using Lodestone.Domain.Errors;
using Lodestone.Domain.Model;
using Lodestone.Testing;

namespace Lodestone.Data.Tests.Baci;

/// <summary>
/// <c>data import-baci</c> on the shipped raw rows and on small hand-made files, one per quirk. Expected figures are worked out by
/// hand (Python's csv module over data/trade/baci_raw_hs92_v202301_2021_exporters_ZAF_AFG.csv) or from the test's own rows.
/// </summary>
public sealed class BaciImporterTests : IDisposable
{
    private const string RawHeader = "\"t\",\"i\",\"j\",\"k\",\"v\",\"q\"";
    private readonly TempDirectory _temp = new();

    private static readonly string ShippedRaw =
        Path.Combine(DefaultData.Directory, "trade", "baci_raw_hs92_v202301_2021_exporters_ZAF_AFG.csv");

    private async Task<SqliteKnowledgeStore> EmptyStoreAsync()
    {
        var store = new SqliteKnowledgeStore(Path.Combine(_temp.Path, Guid.NewGuid().ToString("N")[..8] + ".db"), DefaultData.Directory);
        await store.MigrateAsync();
        return store;
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_temp.Path, Guid.NewGuid().ToString("N")[..8], name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public async Task ImportAsync_ShippedRawRows_ReadsEveryRowWithItsQuirks()
    {
        // Given the shipped HS92 V202301 rows: 71,192 rows, 2,306 with q "NA", 4,442 with a five-digit k (leading zero lost),
        // 359 to code 490; every i/j code is ISO numeric or one of baci_country_codes.csv
        var store = await EmptyStoreAsync();

        // When they are imported
        var report = await BaciImporter.ImportAsync(store, ShippedRaw, null, dryRun: false, allCodes: true,
            CancellationToken.None);

        // Then every row is a flow, with the counts worked out by hand
        Assert.Equal(("HS92", "V202301"), (report.Release.Nomenclature, report.Release.Version));
        Assert.Equal(71_192, report.Written);
        Assert.Equal(71_192, await store.CountTradeFlowsAsync());
        Assert.Equal(2_306, report.Tally.MissingTonnes);
        Assert.Equal(4_442, report.Tally.PaddedCodes);
        Assert.Equal(359, report.Tally.Renamed[490].Rows);
        Assert.Equal("TWN", report.Tally.Renamed[490].Iso3);
        // hs_codes.csv maps HS17 codes only: no HS92 code is mapped directly; ferro-chromium 7202.41 is linked 1:1 to
        // HS17 7202.41 by UNSD's correlation (hs_concordance.csv), dried apricots 0813.10 to nothing mapped
        Assert.Empty(report.Mapped);
        Assert.Contains(report.Concorded,
            c => c.Code is { Hs6: "720241", Kept: true, IsBound: false, Relationship: "1:1" });
        Assert.Contains(report.Unmapped, u => u.Hs6 == "081310");

        var all = await store.ReadTradeFlowsAsync().ToListAsync();
        // South Africa -> China ferrochrome (720241): v 1052598.781 thousand USD, q "  1194189.660"
        var ferrochrome = Assert.Single(all, f => f.Hs6 == "720241" && f.Exporter == new Iso3("ZAF") && f.Importer == new Iso3("CHN"));
        Assert.Equal(1_052_598_781d, ferrochrome.ValueUsd);
        Assert.Equal(1_194_189.66, ferrochrome.Tonnes);
        Assert.Equal("HS92", ferrochrome.Nomenclature);
        Assert.Equal("cepii-baci-hs92-v202301", ferrochrome.SourceId);
        // The biggest chromite (261000) buyer is 699, India's customs-area code: 49245.773 thousand USD
        Assert.Equal(49_245_773d, all.Single(f => f.Hs6 == "261000" && f.Importer == new Iso3("IND")).ValueUsd);
        // Line 12: 2021,4,31,81310,1.624,"        0.500" -> 081310, Afghanistan -> Azerbaijan
        var padded = Assert.Single(all, f => f.Hs6 == "081310" && f.Exporter == new Iso3("AFG") && f.Importer == new Iso3("AZE"));
        Assert.Equal((1624d, 0.5), (padded.ValueUsd, padded.Tonnes!.Value));
        // And the release is cited as a source of the store
        Assert.Contains((await store.LoadFactsAsync()).Sources, s => s.Id == "cepii-baci-hs92-v202301" && s.Publisher == "CEPII");
    }

    [Fact]
    public async Task ImportAsync_PaddedBlankAndNaQuantities_AreTonnesOrMissingNeverZero()
    {
        var store = await EmptyStoreAsync();
        var path = Write("BACI_HS92_Y2021_V202301.csv", string.Join("\n",
            RawHeader,
            "2021,710,156,720241,1.5,\"       13.235\"",
            "2021,710,842,720241,2,",
            "2021,710,392,720241,3,\"           NA\"",
            "2021,710,410,720241,0.001,\"        0.000\"") + "\n");

        var report = await BaciImporter.ImportAsync(store, path, null, dryRun: false, allCodes: true,
            CancellationToken.None);

        var flows = await store.ReadTradeFlowsAsync().ToListAsync();
        Assert.Equal([13.235, null, null, 0d], flows.Select(f => f.Tonnes));
        // v in thousands: 1.5 -> 1500, 0.001 -> 1 USD exactly
        Assert.Equal([1500d, 2000d, 3000d, 1d], flows.Select(f => f.ValueUsd));
        Assert.Equal(2, report.Tally.MissingTonnes);
    }

    [Fact]
    public async Task ImportAsync_BaciCountryCodes_TaiwanIs490AndBelgiumIs56Or58()
    {
        var store = await EmptyStoreAsync();
        var path = Write("BACI_HS92_Y1995_V202301.csv", string.Join("\n",
            RawHeader,
            "1995,490,842,850511,10,1",
            "1995,58,842,261000,1,1",
            "1996,56,842,261000,1,1") + "\n");

        await BaciImporter.ImportAsync(store, path, null, dryRun: false, allCodes: true, CancellationToken.None);

        var flows = await store.ReadTradeFlowsAsync().ToListAsync();
        Assert.Equal(["TWN:USA", "BEL:USA", "BEL:USA"], flows.Select(f => f.Exporter.Code + ":" + f.Importer.Code));
    }

    [Fact]
    public async Task ImportAsync_Belgium56And58InOneYear_IsADuplicateNamedAtItsLine()
    {
        // 56 and 58 both read as BEL: the same flow twice, which must not be summed or silently kept once
        var store = await EmptyStoreAsync();
        var path = Write("BACI_HS92_Y1995_V202301.csv", string.Join("\n",
            RawHeader, "1995,58,842,261000,1,1", "1995,4,842,261000,1,1", "1995,56,842,261000,2,1") + "\n");

        var error = await Assert.ThrowsAsync<DataValidationException>(() => BaciImporter.ImportAsync(store, path, null,
            false, allCodes: true, CancellationToken.None));

        var issue = Assert.Single(error.Issues);
        Assert.Equal(("BACI_HS92_Y1995_V202301.csv", 4, "k"), (issue.File, issue.Line, issue.Field));
        Assert.Contains("first on BACI_HS92_Y1995_V202301.csv line 2", issue.Message, StringComparison.Ordinal);
        Assert.Equal(0, await store.CountTradeFlowsAsync());
    }

    [Fact]
    public async Task ImportAsync_ZippedRelease_UsesItsCountryTableWithNamibiaAndSkipsAggregates()
    {
        // Given a zip as CEPII ships it: country and product tables beside a year file; Namibia's ISO2 is "NA",
        // 490 is S19, 697 is an aggregate with no ISO3 code
        var store = await EmptyStoreAsync();
        var zip = Path.Combine(_temp.Path, "BACI_HS92_V202301.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            Entry(archive, "country_codes_V202301.csv", "country_code,country_name,country_iso2,country_iso3\n516,Namibia,NA,NAM\n"
                + "842,USA,US,USA\n490,\"Other Asia, nes\",,S19\n697,\"Europe EFTA, nes\",,R20\n");
            Entry(archive, "product_codes_HS92_V202301.csv", "code,description\n261000,Chromium ores and concentrates\n080810,Apples\n");
            Entry(archive, "BACI_HS92_Y2021_V202301.csv", "t,i,j,k,v,q\n2021,516,842,261000,7,3\n2021,490,516,080810,1,\n2021,516,697,261000,5,1\n");
        }

        var report = await BaciImporter.ImportAsync(store, zip, null, dryRun: false, allCodes: true,
            CancellationToken.None);

        var flows = await store.ReadTradeFlowsAsync().ToListAsync();
        Assert.Equal(["NAM:USA:261000", "TWN:NAM:080810"], flows.Select(f => $"{f.Exporter.Code}:{f.Importer.Code}:{f.Hs6}"));
        Assert.Equal(1, report.Tally.Aggregates[697].Rows);
        Assert.Equal("BACI_HS92_V202301.zip/country_codes_V202301.csv", report.CountryTable);
        // Chromite 2610.00 is the same code in HS17 (UNSD correlation, hs_concordance.csv); apples are unmapped, named
        // from the release's product table
        Assert.Equal(["261000"], report.Concorded.Select(c => c.Code.Hs6));
        Assert.Contains(report.Unmapped, u => u is { Hs6: "080810", Description: "Apples" });
    }

    [Fact]
    public async Task ImportAsync_TruncatedFile_ImportsNothingAndSaysWhere()
    {
        // Given two good rows and a third cut off mid-number (no final line break): every field still parses
        var store = await EmptyStoreAsync();
        var path = Write("BACI_HS92_Y2021_V202301.csv", RawHeader + "\n2021,710,156,720241,1.5,2\n2021,710,842,720241,2,3\n2021,710,392,720241,3,1");

        var error = await Assert.ThrowsAsync<DataValidationException>(() => BaciImporter.ImportAsync(store, path, null,
            false, allCodes: true, CancellationToken.None));

        var issue = Assert.Single(error.Issues);
        Assert.Equal(("BACI_HS92_Y2021_V202301.csv", 4), (issue.File, issue.Line));
        Assert.Contains("truncated", issue.Message, StringComparison.Ordinal);
        Assert.Equal(0, await store.CountTradeFlowsAsync());
        Assert.True(await store.IsEmptyAsync());
    }

    [Fact]
    public async Task ImportAsync_TruncatedZip_ImportsNothing()
    {
        var store = await EmptyStoreAsync();
        var zip = Path.Combine(_temp.Path, "BACI_HS92_V202301.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            Entry(archive, "BACI_HS92_Y2021_V202301.csv", RawHeader + "\n" + string.Concat(Enumerable.Repeat("2021,710,156,720241,1.5,2\n", 50)));
        }
        var bytes = File.ReadAllBytes(zip);
        File.WriteAllBytes(zip, bytes[..(bytes.Length / 2)]);

        var error = await Assert.ThrowsAsync<DataValidationException>(() => BaciImporter.ImportAsync(store, zip, null,
            false, allCodes: true, CancellationToken.None));

        Assert.Contains("truncated", Assert.Single(error.Issues).Message, StringComparison.Ordinal);
        Assert.Equal(0, await store.CountTradeFlowsAsync());
    }

    /// <summary>Wrong files: (file text, line, field). Each names where it is wrong and what was expected; nothing is written.</summary>
    /// <remarks>Imported by default: their HS92 codes are not mapped, so every row would be skipped, and is still checked.</remarks>
    public static TheoryData<string, int, string> WrongFiles => new()
    {
        // Not a BACI file at all.
        { "year,country,value\n2021,ZAF,1\n", 1, "header" },
        // A country code neither ISO numeric nor in BACI's table.
        { RawHeader + "\n2021,710,156,720241,1,1\n2021,710,999,720241,1,1\n", 3, "j" },
        // A value that is not a number.
        { RawHeader + "\n2021,710,156,720241,1.0.0,1\n", 2, "v" },
        // A negative quantity.
        { RawHeader + "\n2021,710,156,720241,1,-3\n", 2, "q" },
        // A line with a field missing.
        { RawHeader + "\n2021,710,156,720241,1\n", 2, "q" },
        // A value near decimal's maximum (7.9e25 thousand USD): its conversion to USD overflowed (found by scripts/fuzz baci).
        { RawHeader + "\n2021,710,156,720241,79228162514264337593543950,1\n", 2, "v" },
        // A value just above the bound of 10^12 thousand USD.
        { RawHeader + "\n2021,710,156,720241,1000000000000.001,1\n", 2, "v" },
        // A quantity of 400 digits, which parses as infinity.
        { RawHeader + "\n2021,710,156,720241,1," + new string('9', 400) + "\n", 2, "q" },
    };

    [Theory]
    [MemberData(nameof(WrongFiles))]
    public async Task ImportAsync_WrongFile_NamesFileLineFieldAndWritesNothing(string text, int line, string field)
    {
        var store = await EmptyStoreAsync();
        var path = Write("BACI_HS92_Y2021_V202301.csv", text);

        var error = await Assert.ThrowsAsync<DataValidationException>(() => BaciImporter.ImportAsync(store, path, null,
            false, allCodes: false, CancellationToken.None));

        Assert.Contains(error.Issues, i => i.File == "BACI_HS92_Y2021_V202301.csv" && i.Line == line && i.Field == field);
        Assert.Equal(0, await store.CountTradeFlowsAsync());
    }

    [Fact]
    public async Task ImportAsync_NoReleaseInTheName_AsksForIt()
    {
        var store = await EmptyStoreAsync();
        var path = Write("flows.csv", RawHeader + "\n2021,710,156,720241,1,1\n");

        var error = await Assert.ThrowsAsync<DataValidationException>(() => BaciImporter.ImportAsync(store, path, null,
            false, allCodes: false, CancellationToken.None));
        Assert.Contains("--nomenclature", Assert.Single(error.Issues).Message, StringComparison.Ordinal);

        var report = await BaciImporter.ImportAsync(store, path, BaciRelease.Parse("hs22", "v202501"), false,
            allCodes: true, CancellationToken.None);
        Assert.Equal(("HS22", 1L), (report.Release.Nomenclature, report.Written));
    }

    [Fact]
    public async Task ImportAsync_ShippedMatrixForm_GivesTheSeededSnapshotFlows()
    {
        // Given the ISO3 matrix form shipped in data/trade (HS17 V202601, mapped by hs_codes.csv)
        var store = await EmptyStoreAsync();
        var matrix = Path.Combine(DefaultData.Directory, "trade", "baci_hs17_v202601_2024_critical.csv");

        var report = await BaciImporter.ImportAsync(store, matrix, null, dryRun: false, allCodes: false,
            CancellationToken.None);
        var dataset = await store.LoadAsync();

        // Then the flows are those the seed loads, and all 30 codes are mapped
        Assert.Equal(21_723, report.Written);
        Assert.Equal(30, report.Mapped.Count);
        Assert.Empty(report.Unmapped);
        Assert.Equal(DefaultData.Dataset.TradeFlows.Select(f => f.ToString()), dataset.TradeFlows.Select(f => f.ToString()));
    }

    [Fact]
    public async Task ImportAsync_DryRun_ChecksEverythingAndWritesNothing()
    {
        var store = await EmptyStoreAsync();

        var report = await BaciImporter.ImportAsync(store, ShippedRaw, null, dryRun: true, allCodes: true,
            CancellationToken.None);

        Assert.Equal(71_192, report.Written);
        Assert.True(await store.IsEmptyAsync());
    }

    /// <summary>An HS17 year of five rows: two of codes hs_codes.csv maps in HS17 (811292, the Ga/Ge/In/Nb/V/Hf/Re
    /// bundle; 850511, permanent magnets) and three of unmapped codes in two headings (7202 ferro-manganese twice,
    /// 0813 dried fruit once, its code written without the leading zero as CEPII's files do; ferro-chromium 7202.41/49
    /// is mapped since 2026-12-05).</summary>
    private const string MixedHs17Year = RawHeader
        + "\n2024,156,842,811292,1.5,2\n2024,156,842,720211,2,1\n2024,710,156,720219,3,\n"
        + "2024,276,842,850511,4,\"        1.000\"\n2024,4,31,81310,1.624,\"        0.500\"\n";

    [Fact]
    public async Task ImportAsync_ByDefault_KeepsTheMappedCodesAndCountsTheSkippedRowsPerHeading()
    {
        var store = await EmptyStoreAsync();
        var path = Write("BACI_HS17_Y2024_V202601.csv", MixedHs17Year);

        var report = await BaciImporter.ImportAsync(store, path, null, dryRun: false, allCodes: false,
            CancellationToken.None);

        // Then the two mapped rows are stored (values in thousands of USD: 1.5 -> 1,500, 4 -> 4,000) and the three
        // others read, counted and skipped: 7202 with two codes and two rows, 0813 with one
        var flows = await store.ReadTradeFlowsAsync().ToListAsync();
        Assert.Equal(["811292 CHN>USA 1500", "850511 DEU>USA 4000"],
            flows.Select(f => $"{f.Hs6} {f.Exporter.Code}>{f.Importer.Code} {f.ValueUsd}"));
        Assert.Equal((5L, 2L, 3L), (report.Tally.Rows, report.Written, report.Tally.Skipped));
        Assert.False(report.AllCodes);
        Assert.Equal([("7202", 2, 2L), ("0813", 1, 1L)], report.UnmappedByHeading);
        Assert.Equal(["811292", "850511"], report.Mapped.Select(m => m.Code.Hs6));
        // A skipped row is still read through its quirks: 81310 had lost its leading zero
        Assert.Equal(1, report.Tally.PaddedCodes);
    }

    [Fact]
    public async Task ImportAsync_AllCodes_KeepsEveryCodeAsBefore()
    {
        var store = await EmptyStoreAsync();
        var path = Write("BACI_HS17_Y2024_V202601.csv", MixedHs17Year);

        var report = await BaciImporter.ImportAsync(store, path, null, dryRun: false, allCodes: true,
            CancellationToken.None);

        Assert.Equal((5L, 0L), (report.Written, report.Tally.Skipped));
        Assert.Equal(["811292", "720211", "720219", "850511", "081310"],
            (await store.ReadTradeFlowsAsync().ToListAsync()).Select(f => f.Hs6));
        // The unmapped codes are stored but still listed as unmapped: no analysis reads them until hs_codes.csv maps
        // them
        Assert.Equal([("7202", 2, 2L), ("0813", 1, 1L)], report.UnmappedByHeading);
    }

    [Fact]
    public async Task ImportAsync_BadRowOfASkippedCode_IsAnErrorAndNothingIsWritten()
    {
        // Given a good mapped row and, on line 3, an unmapped code (720211) whose value is not a number
        var store = await EmptyStoreAsync();
        var path = Write("BACI_HS17_Y2024_V202601.csv",
            RawHeader + "\n2024,156,842,811292,1.5,2\n2024,156,842,720211,1.0.0,1\n");

        var error = await Assert.ThrowsAsync<DataValidationException>(() =>
            BaciImporter.ImportAsync(store, path, null, false, allCodes: false, CancellationToken.None));

        var issue = Assert.Single(error.Issues);
        Assert.Equal(("BACI_HS17_Y2024_V202601.csv", 3, "v"), (issue.File, issue.Line, issue.Field));
        Assert.Equal(0, await store.CountTradeFlowsAsync());
    }

    [Fact]
    public async Task ImportAsync_MappedCodeMissingFromTheRelease_IsAbsentNotZero()
    {
        // Given a release year holding 811292 only, though hs_codes.csv also maps 850511 (magnets) and 282200 (cobalt
        // oxides)
        var store = await EmptyStoreAsync();
        var path = Write("BACI_HS17_Y2024_V202601.csv", RawHeader + "\n2024,156,842,811292,1.5,2\n");

        var report = await BaciImporter.ImportAsync(store, path, null, dryRun: false, allCodes: false,
            CancellationToken.None);
        var dataset = await store.LoadAsync();

        // Then only 811292 is reported and held; 850511 has no year at all (no data), so no stage reads it as "imports
        // zero"
        Assert.Equal(["811292"], report.Mapped.Select(m => m.Code.Hs6));
        Assert.Null(dataset.Trade.LatestYear("850511"));
        Assert.Empty(dataset.Trade.CodesWithFlows("rare earths", Stage.Components));
        Assert.Single(dataset.Trade.CodesWithFlows("gallium", Stage.Refining));
    }

    [Fact]
    public async Task ImportAsync_Hs92Release_KeepsTheCodesTheUnsdCorrelationLinksToMappedHs17Codes()
    {
        // Given an HS92 year: sodium borates 2528.10 and other borates 2528.90 (merged into HS17 2528.00, boron
        // mining),
        // chromite 2610.00 (the same code in HS17), unwrought tungsten with its scrap 8101.91 (split into HS17 8101.94,
        // mapped, and scrap 8101.97, not mapped) and apples 0808.10 (linked to nothing mapped)
        var store = await EmptyStoreAsync();
        var path = Write("BACI_HS92_Y2021_V202301.csv", RawHeader
            + "\n2021,710,156,252810,1.5,2\n2021,710,842,252890,2,3\n2021,156,842,810191,3,1\n2021,710,156,261000,4,4\n"
            + "2021,156,842,80810,5,5\n");

        var report = await BaciImporter.ImportAsync(store, path, null, dryRun: false, allCodes: false,
            CancellationToken.None);

        // Then four rows are kept in their own revision and code (values in thousands of USD: 1.5 -> 1,500), apples
        // skipped
        var flows = await store.ReadTradeFlowsAsync().ToListAsync();
        Assert.Equal(
            [
                "HS92 252810 ZAF>CHN 1500", "HS92 252890 ZAF>USA 2000", "HS92 810191 CHN>USA 3000",
                "HS92 261000 ZAF>CHN 4000",
            ],
            flows.Select(f => $"{f.Nomenclature} {f.Hs6} {f.Exporter.Code}>{f.Importer.Code} {f.ValueUsd}"));
        Assert.Equal((4L, 1L), (report.Written, report.Tally.Skipped));
        Assert.Equal([("0808", 1, 1L)], report.UnmappedByHeading);
        Assert.Empty(report.Mapped);
        // And the report says what each kept code was read as: the borates and chromite wholly inside one mapped code,
        // 8101.91 only a bound for tungsten refining (it holds scrap 8101.97 too)
        Assert.Equal(
            ["252810 n:1 252800 boron False 1", "252890 n:1 252800 boron False 1", "261000 1:1 261000 chromium False 1",
                "810191 1:n 810194 tungsten True 1"],
            report.Concorded.Select(c => $"{c.Code.Hs6} {c.Code.Relationship} {c.Code.Targets[0].Hs6} "
                + $"{c.Code.Targets[0].Commodity} {c.Code.IsBound} {c.Flows}"));
    }

    [Fact]
    public async Task ImportAsync_Hs22Release_KeepsASplitWithinItsHeadingButNotEWasteAcrossHeadings()
    {
        // Given an HS22 year: hafnium 8112.31 (taken out of HS17's 8112.92 bundle) and electrical waste 8549.21, which
        // UNSD links to 8505.11 (magnets) among 1,019 HS17 codes
        var store = await EmptyStoreAsync();
        var path = Write("BACI_HS22_Y2023_V202501.csv",
            RawHeader + "\n2023,156,842,811231,1,1\n2023,156,842,854921,2,2\n");

        var report = await BaciImporter.ImportAsync(store, path, null, dryRun: false, allCodes: false,
            CancellationToken.None);

        // Then hafnium is kept, as a bound (its HS17 code is a bundle); e-waste is linked but not kept
        Assert.Equal(["811231"], (await store.ReadTradeFlowsAsync().ToListAsync()).Select(f => f.Hs6));
        Assert.Equal(["811231 True True", "854921 False True"],
            report.Concorded.Select(c => $"{c.Code.Hs6} {c.Code.Kept} {c.Code.IsBound}"));
        Assert.Equal([("8549", 1, 1L)], report.UnmappedByHeading);
    }

    private static void Entry(ZipArchive archive, string name, string text)
    {
        using var writer = new StreamWriter(archive.CreateEntry(name).Open());
        writer.Write(text);
    }

    public void Dispose() => _temp.Dispose();
}
