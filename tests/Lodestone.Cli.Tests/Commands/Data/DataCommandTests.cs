using System.Text.Json;
using Lodestone.Cli.Infrastructure;
using Lodestone.Data;
using Lodestone.Testing;
using Spectre.Console;

namespace Lodestone.Cli.Tests.Commands.Data;

public sealed class DataCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    private async Task<(int Exit, string Out, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
        });
        console.Profile.Width = 100;
        var context = new CliContext
        {
            Console = console,
            Out = output,
            Error = error,
            Clock = TimeProvider.System,
            OpenDataset = KnowledgeBaseOpener.OpenAsync,
        };
        var exit = await LodestoneApp.RunAsync(args, context);
        return (exit, output.ToString(), error.ToString());
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("json")]
    [InlineData("parquet")]
    public async Task Export_ThenImportIntoNewStore_ExportsTheSameFilesAgain(string format)
    {
        // Given the seeded default store exported
        var first = _temp.File("first-" + format);
        Assert.Equal(0, (await RunAsync("--db", _temp.File("a.db"), "data", "export", first, "--format", format)).Exit);

        // When the export is imported into a new store and exported from there
        var import = await RunAsync("--db", _temp.File("b-" + format + ".db"), "data", "import", first, "--replace");
        var second = _temp.File("second-" + format);
        Assert.Equal(0, (await RunAsync("--db", _temp.File("b-" + format + ".db"), "data", "export", "--out", second, "--format", format)).Exit);

        // Then every file is byte for byte the same: the store tables, the data directory's tables and the manifest
        Assert.Equal(0, import.Exit);
        Assert.Contains("news_change_log", import.Out, StringComparison.Ordinal);
        var files = Directory.GetFiles(first, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(first, f)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(files, Directory.GetFiles(second, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(second, f)).Order(StringComparer.Ordinal));
        foreach (var name in new[] { "production", "trade_flows", "news_events", "news_claims", "news_change_log", "data/governance_wgi", "data/ownership",
            "data/transit_routes", "data/eu_crm_results", "trade_measures", "data/reference/usgs_import_categories" })
        {
            Assert.Contains(name.Replace('/', Path.DirectorySeparatorChar) + "." + format, files);
        }
        foreach (var file in files)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(first, file)), File.ReadAllBytes(Path.Combine(second, file)));
        }
    }

    [Fact]
    public async Task Import_ExportDirectoryWithoutReplace_Exits2SayingItReplaces()
    {
        var export = _temp.File("export");
        Assert.Equal(0, (await RunAsync("--db", _temp.File("a.db"), "data", "export", export)).Exit);

        var result = await RunAsync("--db", _temp.File("a.db"), "data", "import", export);

        Assert.Equal(2, result.Exit);
        Assert.Contains("add --replace", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_ExportWithBadCell_PrintsFileLineFieldAndExits3()
    {
        // Given a CSV export whose reserves.csv has "lots" as the value of its first data row (line 2)
        var export = _temp.File("export");
        Assert.Equal(0, (await RunAsync("--db", _temp.File("a.db"), "data", "export", export)).Exit);
        var path = Path.Combine(export, "reserves.csv");
        var lines = File.ReadAllLines(path);
        var value = Array.IndexOf(lines[0].Split(','), "value");
        var cells = lines[1].Split(',');
        cells[value] = "lots";
        lines[1] = string.Join(',', cells);
        File.WriteAllLines(path, lines);

        var result = await RunAsync("--db", _temp.File("b.db"), "data", "import", export, "--replace");

        Assert.Equal(3, result.Exit);
        Assert.Contains("reserves.csv:2:value: expected a number", result.Error, StringComparison.Ordinal);
        Assert.Contains("nothing was written", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_UnknownCountryCode_PrintsFileLineFieldAndExits3()
    {
        // Given a production file whose second data row names XXX (not an ISO 3166-1 code)
        var lines = File.ReadAllLines(Path.Combine(DefaultData.Directory, "usgs_mcs_production.csv")).Take(3).ToArray();
        lines[2] = lines[2].Replace(",USA,", ",XXX,", StringComparison.Ordinal);
        var folder = _temp.File("bad");
        Directory.CreateDirectory(folder);
        File.WriteAllLines(Path.Combine(folder, "usgs_mcs_production.csv"), lines);

        var result = await RunAsync("--db", _temp.File("kb.db"), "data", "import", folder);

        Assert.Equal(3, result.Exit);
        Assert.Contains("usgs_mcs_production.csv:3:iso3: unknown ISO 3166-1 alpha-3 code 'XXX'", result.Error, StringComparison.Ordinal);
        Assert.Contains("nothing was written", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_DefaultDataAsReplacement_ReportsRowsPerTableAsJson()
    {
        var result = await RunAsync("--db", _temp.File("kb.db"), "data", "validate", DefaultData.Directory, "--replace", "--format", "json");

        // 682 production rows = data lines of data/usgs_mcs_production.csv (683 lines minus the header)
        Assert.Equal(0, result.Exit);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal("valid", json.RootElement.GetProperty("status").GetString());
        Assert.Equal(682, json.RootElement.GetProperty("counts").GetProperty("production").GetInt32());
    }

    [Fact]
    public async Task Validate_FilesAlreadyInStore_ReportsDuplicateWithLine()
    {
        var result = await RunAsync("--db", _temp.File("kb.db"), "data", "validate", Path.Combine(DefaultData.Directory, "agreements.csv"));

        // Line 2 is the first data row of agreements.csv (MSP-2022), already seeded into the store.
        Assert.Equal(3, result.Exit);
        Assert.Contains("agreements.csv:2:id: duplicate key (MSP-2022)", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_UnknownFormat_Exits2WithOneLineReason()
    {
        var result = await RunAsync("--db", _temp.File("kb.db"), "data", "export", "--format", "xml", "--out", _temp.File("x"));

        Assert.Equal(2, result.Exit);
        Assert.StartsWith("error:", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportBaci_WrongFile_PrintsFileLineFieldExits3AndWritesNothing()
    {
        // Given a raw BACI file whose third line names a country code BACI does not have
        var file = _temp.File("BACI_HS92_Y2021_V202301.csv");
        File.WriteAllText(file, "t,i,j,k,v,q\n2021,710,156,720241,1.5,2\n2021,710,999,720241,1,1\n");

        // When it is imported
        var result = await RunAsync("--db", _temp.File("baci.db"), "data", "import-baci", file);
        var json = await RunAsync("--db", _temp.File("baci.db"), "data", "import-baci", file, "--dry-run", "--format", "json");

        // Then the error names file:line:field, exit 3, and the store holds only its seed
        Assert.Equal(3, result.Exit);
        Assert.Contains("BACI_HS92_Y2021_V202301.csv:3:j: country code 999 is not in", result.Error, StringComparison.Ordinal);
        Assert.Equal(3, json.Exit);
        var count = await (await KnowledgeBaseOpener.OpenStoreAsync(_temp.File("baci.db"), false, CancellationToken.None)).CountTradeFlowsAsync();
        Assert.Equal(21_723, count);
    }

    [Fact]
    public async Task ImportBaci_OtherRevision_KeptLineNamesTheRowsKeptThroughTheCorrelation()
    {
        // Given the three HS92 rows below: ferro-chromium 7202.41 and chromite 2610.00 are linked to the same HS17
        // codes by UNSD's correlation (reference/hs_concordance.csv), apples 0808.10 to none
        var file = _temp.File("BACI_HS92_Y2021_V202301.csv");
        File.WriteAllText(file, "t,i,j,k,v,q\n2021,710,156,720241,1.5,\"       13.235\"\n"
            + "2021,490,842,261000,1,\"           NA\"\n2021,710,842,80810,2,1\n");

        // When
        var run = await RunAsync("--db", _temp.File("baci.db"), "data", "import-baci", file);

        // Then the "kept" line says the two chromium rows were kept through the correlation, not as HS17 codes, and the
        // apple row was skipped
        Assert.Equal(0, run.Exit);
        var text = string.Join(' ', run.Out.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("kept: the codes reference/hs_codes.csv maps, in HS92 through the UNSD correlation "
            + "(reference/hs_concordance.csv): 2 rows of 2 code(s) linked to mapped HS17 codes, in their own revision; "
            + "1 rows of other codes read", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportBaci_GoodFile_ReportsFlowsAsJson()
    {
        // Given three HS92 rows: ferro-chromium 7202.41 and chromite 2610.00, which UNSD's HS17-HS92 correlation gives
        // as the same codes in both revisions (reference/hs_concordance.csv), and apples 0808.10, mapped in no revision
        var file = _temp.File("BACI_HS92_Y2021_V202301.csv");
        File.WriteAllText(file, "t,i,j,k,v,q\n2021,710,156,720241,1.5,\"       13.235\"\n"
            + "2021,490,842,261000,1,\"           NA\"\n2021,710,842,80810,2,1\n");

        // When it is imported by default, then with --all-codes
        var mapped = await RunAsync("--db", _temp.File("baci.db"), "data", "import-baci", file, "--format", "json");
        var all = await RunAsync("--db", _temp.File("baci.db"), "data", "import-baci", file, "--all-codes", "--format",
            "json");

        // Then the default keeps the two chromium rows, read through the correlation as chromium refining and mining,
        // and counts apples under their heading (0808); --all-codes keeps all three, one without a quantity
        Assert.Equal((0, 0), (mapped.Exit, all.Exit));
        using var first = JsonDocument.Parse(mapped.Out);
        Assert.Equal((2L, 1L, false), (first.RootElement.GetProperty("flows").GetInt64(),
            first.RootElement.GetProperty("skipped_rows").GetInt64(),
            first.RootElement.GetProperty("all_codes").GetBoolean()));
        Assert.Equal(["0808:1"], first.RootElement.GetProperty("unmapped_by_heading").EnumerateArray()
            .Select(h => $"{h.GetProperty("heading").GetString()}:{h.GetProperty("rows").GetInt64()}"));
        Assert.Equal(["261000 1:1 True False chromium mining 1", "720241 1:1 True False chromium refining 1"],
            first.RootElement.GetProperty("concorded").EnumerateArray()
                .Select(c => $"{c.GetProperty("hs6").GetString()} {c.GetProperty("relationship").GetString()} {c.GetProperty("kept").GetBoolean()} "
                + $"{c.GetProperty("is_bound").GetBoolean()} {c.GetProperty("commodities")[0].GetString()} "
                + $"{c.GetProperty("stages")[0].GetString()} {c.GetProperty("rows").GetInt64()}"));
        using var doc = JsonDocument.Parse(all.Out);
        Assert.Equal(3, doc.RootElement.GetProperty("flows").GetInt64());
        Assert.Equal(0, doc.RootElement.GetProperty("skipped_rows").GetInt64());
        Assert.Equal(1, doc.RootElement.GetProperty("missing_tonnes").GetInt64());
        Assert.Equal("HS92", doc.RootElement.GetProperty("nomenclature").GetString());
    }

    [Fact]
    public async Task ImportBaci_TheSeededYearIntoTheDefaultStore_ReplacesItAndSaysHowMany()
    {
        // Given a default store (seeded with the shipped HS17 V202601 2024 extract) and that extract as a file
        var file = Path.Combine(DefaultData.Directory, "trade", "baci_hs17_v202601_2024_critical.csv");

        // When it is imported (2026-12-04: "already in the store", nothing imported)
        var table = await RunAsync("--db", _temp.File("seeded.db"), "data", "import-baci", file);
        var json = await RunAsync("--db", _temp.File("seeded.db"), "data", "import-baci", file, "--format", "json");

        // Then both runs succeed, each replacing the 21,723 stored flows of HS17 2024 by the file's 21,723
        Assert.Equal((0, 0), (table.Exit, json.Exit));
        Assert.Contains("replaced 21,723 stored flow(s) of HS17 in 2024 (21,723)", table.Out, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(json.Out);
        Assert.Equal((21_723L, 21_723L), (doc.RootElement.GetProperty("flows").GetInt64(), doc.RootElement.GetProperty("replaced_flows").GetInt64()));
        var replaced = Assert.Single(doc.RootElement.GetProperty("replaced").EnumerateArray());
        Assert.Equal(("HS17", 2024), (replaced.GetProperty("nomenclature").GetString(), replaced.GetProperty("year").GetInt32()));
        var count = await (await KnowledgeBaseOpener.OpenStoreAsync(_temp.File("seeded.db"), false, CancellationToken.None)).CountTradeFlowsAsync();
        Assert.Equal(21_723, count);
    }

    public void Dispose() => _temp.Dispose();
}
