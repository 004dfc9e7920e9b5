using System.Text;
using Lodestone.Data.Baci;
using Lodestone.Data.Exchange;
using Lodestone.Data.Loading;
using Lodestone.Data.Storage;
using Lodestone.Data.Usgs;
using Lodestone.Domain.Errors;
using Lodestone.News.Extraction;
using Lodestone.News.Gazetteers;
using Lodestone.News.Ingestion;
using Lodestone.Optimization.Specs;
using Lodestone.Simulation.Inputs;
using Lodestone.Simulation.Scenarios;
using Lodestone.Testing;
using Lodestone.Testing.Fuzzing;

namespace Lodestone.Fuzz;

/// <summary>The targets: one per parser of issue #12, fed the way the product feeds it, seeded with shipped
/// inputs.</summary>
/// <remarks>Inputs are bytes. Text parsers get them decoded as UTF-8 (as the product reads files); the fact-file target
/// writes them to a file so the strict UTF-8 and NUL checks of the CSV reader see the raw bytes; the HTML target takes
/// bytes (charset sniffing included).</remarks>
public static class FuzzTargets
{
    /// <summary>Fact files the fact-file target chooses among: the input's first byte, modulo their count, picks
    /// one.</summary>
    private static readonly string[] FactFileNames =
        ["agreements.csv", "export_controls.csv", "processing_shares.csv", "projects.csv", "usgs_mcs_us_trade.csv", "ownership.csv"];

    /// <summary>Separates the world file from the salient file in a USGS input.</summary>
    private const byte UsgsSplit = 1;

    private const string BaciFile = "BACI_HS92_Y2021_V202301.csv";

    private static readonly Lazy<ReferenceData> Reference = new(() => DatasetLoader.LoadReference(DefaultData.Directory));

    private static readonly Lazy<string> Scratch = new(() =>
    {
        var root = Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath();
        var path = Path.Combine(root, $"lodestone-fuzz-{Environment.ProcessId}");
        Directory.CreateDirectory(path);
        return path;
    });

    public static IReadOnlyList<FuzzTarget> All { get; } =
    [
        new("facts", "fact-file CSV reader and row readers (DatasetLoader.LoadFactFiles)", e => e is DataValidationException, Facts, FactSeeds),
        new("import", "every fact file a store holds, streamed as data import and data validate read it, checked and "
            + "written in a rolled-back transaction (FactImporter.CheckAsync)", e => e is DataValidationException,
            Import, ImportSeeds),
        new("usgs", "USGS MCS data release, world + salient files (UsgsImporter.Import)", e => e is DataValidationException, Usgs, UsgsSeeds),
        new("scenario", "scenario YAML read and compiled (ScenarioReader.ReadText, ScenarioCompiler.Compile)", e => e is ScenarioException, Scenario, ScenarioSeeds),
        new("scenario-read", "scenario YAML read only, not compiled (ScenarioReader.ReadText): the YAML parser at full speed", e => e is ScenarioException,
            ScenarioRead, ScenarioSeeds),
        new("plan", "plan YAML (PlanSpecReader.Read)", e => e is PlanSpecException, Plan, PlanSeeds),
        new("html", "HTML article pages (HtmlArticleReader.Read, bytes)", e => e is ArticleReadException, Html, HtmlSeeds),
        new("feed", "RSS 2.0 and Atom feeds (FeedReader.Read)", e => e is ArticleReadException, Feed, FeedSeeds),
        new("baci", "raw BACI rows t,i,j,k,v,q (BaciFileReader.Read)", e => e is DataValidationException, Baci, BaciSeeds),
        new("extractor", "article text to events (ArticleExtractor.Extract; refuses nothing)", _ => false, Extractor, ArticleSeeds),
    ];

    public static FuzzTarget? Find(string name) => All.FirstOrDefault(t => t.Name == name);

    private static string Text(byte[] input) => Encoding.UTF8.GetString(input);

    private static void Facts(byte[] input)
    {
        var name = FactFileNames[input.Length == 0 ? 0 : input[0] % FactFileNames.Length];
        var path = Path.Combine(Scratch.Value, name);
        File.WriteAllBytes(path, input.Length == 0 ? [] : input[1..]);
        var issues = new IssueLog();
        DatasetLoader.LoadFactFiles([path], Reference.Value, issues);
        issues.ThrowIfAny();
    }

    /// <summary>The header and first <see cref="SeedRows"/> lines of each shipped fact file: small seeds keep
    /// executions fast (AFL++'s advice) and cover every column and rule the whole file does.</summary>
    private static IReadOnlyList<byte[]> FactSeeds() =>
        FactFileNames.Select((name, i) => (byte[])[(byte)('0' + i), .. Head(Path.Combine(DefaultData.Directory, name), SeedRows + 1)]).ToArray();

    private const int SeedRows = 12;

    private static byte[] Head(string path, int lines) => Encoding.UTF8.GetBytes(string.Join('\n', File.ReadLines(path).Take(lines)) + "\n");

    /// <summary>The fact files the streamed import writes to a store (<see cref="FactImporter"/>): the input's first
    /// byte picks one.</summary>
    private static readonly string[] ImportFileNames =
    [
        FactFiles.Production, FactFiles.Reserves, FactFiles.Trade, FactFiles.StageShares, FactFiles.ExportControls,
        FactFiles.Agreements, FactFiles.Projects, FactFiles.TradeMeasures, FactFiles.TradeFlows,
    ];

    /// <summary>An empty, migrated SQLite store in the scratch folder: every check runs in a transaction that is rolled
    /// back, so it stays empty, and a key repeated in the input is found by its unique index and located by the
    /// re-read.</summary>
    private static readonly Lazy<SqliteKnowledgeStore> ImportStore = new(() =>
    {
        var store = new SqliteKnowledgeStore(Path.Combine(Scratch.Value, "import.db"), DefaultData.Directory);
        store.MigrateAsync().GetAwaiter().GetResult();
        return store;
    });

    private static void Import(byte[] input)
    {
        var name = ImportFileNames[input.Length == 0 ? 0 : input[0] % ImportFileNames.Length];
        var path = Path.Combine(Scratch.Value, name);
        File.WriteAllBytes(path, input.Length == 0 ? [] : input[1..]);
        var store = ImportStore.Value;
        FactImporter.CheckAsync(store, store.Reference, path, replace: false, CancellationToken.None)
            .GetAwaiter().GetResult();
    }

    /// <summary>The header and first <see cref="SeedRows"/> lines of each shipped fact file, and three flows of a
    /// <c>trade_flows.csv</c> (none is shipped: the matrices in <c>data/trade/</c> have another form) citing the
    /// shipped BACI release.</summary>
    private static IReadOnlyList<byte[]> ImportSeeds() => ImportFileNames.Select((name, i) => (byte[])[(byte)i,
        .. name == FactFiles.TradeFlows
            ? Encoding.UTF8.GetBytes(string.Join(',', FactFiles.Columns[FactFiles.TradeFlows]) + "\n" + FlowSeed)
            : Head(Path.Combine(DefaultData.Directory, name), SeedRows + 1)]).ToArray();

    private const string FlowSeed = """
        2021,CHN,,USA,,811292,,1250000.5,310.25,HS17,cepii-baci-hs17-v202601,,,,,
        2021,AUS,,CHN,,253090,,98000,,HS17,cepii-baci-hs17-v202601,,,,,
        2021,COD,,CHN,,810520,,4400000,1200,HS17,cepii-baci-hs17-v202601,,,,,

        """;

    private static readonly Lazy<(UsgsRelease Release, UsgsMappings Mappings)> Usgs2025 = new(() =>
    {
        var issues = new IssueLog();
        var mappings = UsgsMappings.Load(Path.Combine(DefaultData.Directory, ReferenceLoader.Folder), Reference.Value, issues);
        issues.ThrowIfAny();
        return (mappings.FindRelease("MCS2025")!, mappings);
    });

    private static void Usgs(byte[] input)
    {
        var split = Array.IndexOf(input, UsgsSplit);
        var world = Text(split < 0 ? input : input[..split]);
        var salient = split < 0 ? "" : Text(input[(split + 1)..]);
        var log = new IssueLog();
        UsgsImporter.Import(Usgs2025.Value.Release, [("MCS2025_World_Data.csv", () => new StringReader(world)),
            ("mcs2025-alumi_salient.csv", () => new StringReader(salient))], Reference.Value, Usgs2025.Value.Mappings, log);
        log.ThrowIfAny();
    }

    /// <summary>The first 40 lines of the world file and one whole salient file.</summary>
    private static IReadOnlyList<byte[]> UsgsSeeds()
    {
        var usgs = Path.Combine(DefaultData.Directory, "usgs");
        return [[.. Head(Path.Combine(usgs, "MCS2025_World_Data.csv"), 40), UsgsSplit, .. File.ReadAllBytes(Path.Combine(usgs, "salient", "mcs2025-alumi_salient.csv"))]];
    }

    private static readonly Lazy<CompileOptions> Compile = new(() =>
        new CompileOptions(new SalientTable(Path.Combine(DefaultData.Directory, "usgs", "salient")), Horizon: 6));

    /// <summary>Read and compiled against the shipped dataset (the parameter ranges are checked there): tens of
    /// milliseconds an input, so this target reaches far fewer executions than the others; <c>scenario-read</c> fuzzes
    /// the reader alone.</summary>
    private static void Scenario(byte[] input)
    {
        var scenario = ScenarioReader.ReadText(Text(input), "fuzz.yaml", name => ScenarioReader.ReadFile(ScenarioPaths.Resolve(name)));
        ScenarioCompiler.Compile(scenario, DefaultData.Dataset, Compile.Value);
    }

    private static void ScenarioRead(byte[] input) =>
        ScenarioReader.ReadText(Text(input), "fuzz.yaml", name => ScenarioReader.ReadFile(ScenarioPaths.Resolve(name)));

    private static IReadOnlyList<byte[]> ScenarioSeeds() => ScenarioPaths.Shipped().Select(File.ReadAllBytes).ToArray();

    private static void Plan(byte[] input) => PlanSpecReader.Read(Text(input), "fuzz.yaml");

    private static IReadOnlyList<byte[]> PlanSeeds() =>
        Directory.GetFiles(PlanFiles.DefaultDirectory, "*.yaml").Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToArray();

    private static IReadOnlyList<string> Articles() => NewsSeeds.TrainArticles(RepoPaths.Combine("tests", "Lodestone.News.Tests", "Corpus"));

    private static void Html(byte[] input) => HtmlArticleReader.Read("page.html", input);

    private static IReadOnlyList<byte[]> HtmlSeeds() => Articles().Select(a => Encoding.UTF8.GetBytes(NewsSeeds.Page(a))).ToArray();

    private static void Feed(byte[] input) => FeedReader.Read("feed.xml", Text(input));

    private static IReadOnlyList<byte[]> FeedSeeds()
    {
        var articles = Articles();
        return [.. articles.Take(6).Select(a => Encoding.UTF8.GetBytes(NewsSeeds.Rss(a))), .. articles.Skip(6).Select(a => Encoding.UTF8.GetBytes(NewsSeeds.Atom(a)))];
    }

    private static readonly Lazy<(BaciRelease Release, BaciCountryCodes Countries)> Baci2021 = new(() =>
    {
        var issues = new IssueLog();
        var countries = BaciCountryCodes.FromReference(DefaultData.Directory, Reference.Value.Countries, issues);
        issues.ThrowIfAny();
        return (BaciRelease.FromFileName(BaciFile)!, countries);
    });

    private static void Baci(byte[] input)
    {
        var (release, countries) = Baci2021.Value;
        var issues = new IssueLog();
        var text = Text(input);
        // Every code kept: the fuzzed rows reach the flow constructor as well as the checks.
        var context = new BaciReadContext(release, release.Source(), countries, Reference.Value, null, null,
            new BaciTally(), issues,
            BaciImporter.MaxIssues);
        foreach (var _ in BaciFileReader.Read(() => new StringReader(text), BaciFile, context))
        {
        }
        issues.ThrowIfAny();
    }

    /// <summary>The first 40 lines of a shipped raw BACI extract.</summary>
    private static IReadOnlyList<byte[]> BaciSeeds() => [Head(Path.Combine(DefaultData.Directory, "trade", "baci_raw_hs92_v202301_2021_exporters_ZAF_AFG.csv"), 40)];

    private static readonly Lazy<ArticleExtractor> Extraction = new(() => new ArticleExtractor(NewsGazetteers.Create(DefaultData.Dataset)));

    private static void Extractor(byte[] input) => Extraction.Value.Extract(Text(input), "Title", new DateOnly(2025, 11, 7));

    private static IReadOnlyList<byte[]> ArticleSeeds() => Articles().Select(Encoding.UTF8.GetBytes).ToArray();
}
