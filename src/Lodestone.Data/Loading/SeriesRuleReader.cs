using Lodestone.Domain.Model;

namespace Lodestone.Data.Loading;

/// <summary>Reads the series rules: <c>data/reference/stage_series.csv</c> (which series answers each commodity and stage, or
/// why none does). Which NIR series and import category go together is <see cref="ImportCategoryReader"/>'s file.</summary>
/// <remarks>The file is optional (an older data directory has none: the selector's single-series rule applies). Every row
/// needs a reason; a (commodity, stage) given twice is an error.</remarks>
internal static class SeriesRuleReader
{
    public const string StageFile = "stage_series.csv";

    public static readonly string[] StageColumns = ["commodity", "stage", "basis", "series", "world_excludes", "reason"];

    public static SeriesRuleBook Load(string referenceFolder, CommodityCatalog commodities, IssueLog issues) =>
        new(ReadStages(referenceFolder, commodities, issues));

    private static List<StageSeriesRule> ReadStages(string folder, CommodityCatalog commodities, IssueLog issues)
    {
        var path = Path.Combine(folder, StageFile);
        var result = new List<StageSeriesRule>();
        if (!File.Exists(path))
        {
            return result;
        }
        var seen = new Dictionary<(string, Stage), int>();
        foreach (var row in CsvFile.Read(path, ReferenceLoader.Folder + "/" + StageFile, issues, StageColumns))
        {
            var commodity = row.Commodity("commodity", commodities);
            var stageText = row.Required("stage");
            var stage = Stages.All.FirstOrDefault(s => s.Name() == stageText);
            var stageOk = stageText.Length > 0 && stage.Name() == stageText;
            if (stageText.Length > 0 && !stageOk)
            {
                row.Error("stage", $"expected mining, refining, components or recycling, got '{stageText}'");
            }
            var basisText = row.Required("basis");
            SeriesBasis? basis = basisText switch
            {
                "production" => SeriesBasis.Production,
                "published" => SeriesBasis.Published,
                "none" => SeriesBasis.None,
                _ => null,
            };
            if (basisText.Length > 0 && basis is null)
            {
                row.Error("basis", $"expected production, published or none, got '{basisText}'");
            }
            var series = row.Optional("series") ?? "";
            if (basis is SeriesBasis.None && series.Length > 0)
            {
                row.Error("series", $"a rule with basis none names no series, got '{series}'");
            }
            else if (basis is SeriesBasis.Production or SeriesBasis.Published && series.Length == 0)
            {
                row.Error("series", $"expected the series that answers this stage (basis {basisText})");
            }
            var excludes = ReferenceLoader.List(row.Optional("world_excludes"));
            if (excludes.Count > 0 && basis is not SeriesBasis.Production)
            {
                row.Error("world_excludes", "only a production rule takes series off a world total");
            }
            var reason = row.Required("reason");
            if (commodity is null || !stageOk || basis is null)
            {
                continue;
            }
            if (seen.TryGetValue((commodity, stage), out var first))
            {
                row.Error("stage", $"{commodity} at {stageText} already has a rule on line {first}");
                continue;
            }
            seen[(commodity, stage)] = row.Line;
            result.Add(new StageSeriesRule(commodity, stage, basis.Value, series, excludes, reason));
        }
        return result;
    }
}
