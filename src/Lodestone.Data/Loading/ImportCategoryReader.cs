using Lodestone.Domain.Facts;
using Lodestone.Domain.Model;

namespace Lodestone.Data.Loading;

/// <summary>Reads <c>data/reference/usgs_import_categories.csv</c>: the stage each USGS import-source category describes and its use.</summary>
internal static class ImportCategoryReader
{
    public const string File = "usgs_import_categories.csv";

    public static readonly string[] Columns = ["commodity", "import_category", "stage", "use", "nir_series", "reason"];

    /// <summary>Reads the rules when the file exists (an older data directory has none: no category is used as weights).</summary>
    public static ImportCategoryRules Load(string referenceFolder, CommodityCatalog commodities, IssueLog issues)
    {
        var path = Path.Combine(referenceFolder, File);
        if (!System.IO.File.Exists(path))
        {
            return ImportCategoryRules.Empty;
        }
        var rules = new List<ImportCategoryRule>();
        var seen = new Dictionary<(string, string), int>();
        var claimed = new Dictionary<(string, Stage), int>();
        var headlines = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in CsvFile.Read(path, ReferenceLoader.Folder + "/" + File, issues, Columns))
        {
            var commodity = row.Commodity("commodity", commodities);
            var category = row.Optional("import_category");
            var stage = ReadStage(row);
            var use = ReadUse(row);
            var reason = row.Required("reason");
            if (commodity is null || use is null)
            {
                continue;
            }
            if (category is null && use is not ImportCategoryUse.Headline)
            {
                row.Error("import_category", "expected a category; only a headline may leave it empty (no published list stands for the whole import)");
                continue;
            }
            if (category is not null && seen.TryGetValue((commodity, category), out var first))
            {
                row.Error("import_category", $"duplicate rule for ({commodity}, {category}); first on line {first}");
                continue;
            }
            if (category is not null)
            {
                seen[(commodity, category)] = row.Line;
            }
            if (use == ImportCategoryUse.Stage && stage is null)
            {
                row.Error("stage", "a stage category gives one stage's weights: name the stage");
                continue;
            }
            if (use != ImportCategoryUse.Detail && category is not null && stage is { } s)
            {
                if (claimed.TryGetValue((commodity, s), out var other))
                {
                    row.Error("use", $"{commodity} already has a category giving the {s.Name()} weights on line {other}; mark this one detail");
                    continue;
                }
                claimed[(commodity, s)] = row.Line;
            }
            if (use == ImportCategoryUse.Headline && !headlines.TryAdd(commodity, row.Line))
            {
                row.Error("use", $"{commodity} already has a headline category on line {headlines[commodity]}");
                continue;
            }
            rules.Add(new ImportCategoryRule(commodity, category, stage, use.Value, row.Optional("nir_series") ?? commodity, reason));
        }
        return new ImportCategoryRules(rules);
    }

    /// <summary>The stage cell: a stage's name, or empty for a category that spans stages (null either way; an
    /// unknown name is reported).</summary>
    private static Stage? ReadStage(CsvRow row)
    {
        var stageText = row.Optional("stage");
        if (stageText is null)
        {
            return null;
        }
        var stage = Stages.All.FirstOrDefault(s => s.Name() == stageText);
        if (stage.Name() != stageText)
        {
            row.Error("stage", $"expected mining, refining, components, recycling or empty (spans stages), got '{stageText}'");
            return null;
        }
        return stage;
    }

    /// <summary>The use cell (headline, stage or detail); null when missing or unknown, reported either way.</summary>
    private static ImportCategoryUse? ReadUse(CsvRow row)
    {
        var useText = row.Required("use");
        ImportCategoryUse? use = useText switch
        {
            "headline" => ImportCategoryUse.Headline,
            "stage" => ImportCategoryUse.Stage,
            "detail" => ImportCategoryUse.Detail,
            _ => null,
        };
        if (use is null && useText.Length > 0)
        {
            row.Error("use", $"expected headline, stage or detail, got '{useText}'");
        }
        return use;
    }
}
