using Lodestone.Domain.Facts;

namespace Lodestone.Data.Loading;

/// <summary>Reads <c>eu_crm_results.csv</c>: published results of criticality assessments, as reported.</summary>
internal static class PublishedRiskReader
{
    public static readonly string[] Columns = ["commodity", "assessment", "stage", "parameter", "value", .. SourceColumns.Names];

    private static readonly HashSet<string> Parameters = new(StringComparer.Ordinal)
    {
        "supply_risk", "economic_importance", "eol_rir", "substitution_index_sr", "import_reliance",
    };

    public static List<PublishedRiskFact> Read(IEnumerable<CsvRow> rows, ReferenceData reference, SourceRegistry sources)
    {
        var result = new List<PublishedRiskFact>();
        foreach (var row in rows)
        {
            var commodity = row.Commodity("commodity", reference.Commodities);
            var assessment = row.Required("assessment");
            var stage = row.Optional("stage");
            if (stage is not (null or "extraction" or "processing"))
            {
                row.Error("stage", $"expected extraction, processing or blank, got '{stage}'");
            }
            var parameter = row.Required("parameter");
            if (parameter.Length > 0 && !Parameters.Contains(parameter))
            {
                row.Error("parameter", "expected one of " + string.Join(", ", Parameters.Order(StringComparer.Ordinal)) + $", got '{parameter}'");
            }
            var value = row.OptionalNumber("value");
            if (value is null && row.Optional("value") is null)
            {
                row.Error("value", "a value is required");
            }
            var sourceId = SourceColumns.Register(row, sources);
            if (commodity is null || value is null)
            {
                continue;
            }
            result.Add(new PublishedRiskFact(commodity, assessment, stage, parameter, value.Value, sourceId, row.Optional("notes")));
        }
        return result;
    }
}
