namespace Lodestone.Data.Loading;

/// <summary>Reads <c>data/reference/hs_concordance.csv</c>: the codes of HS revisions other than HS17 that the UN
/// Statistics Division's correlation tables link to the codes <c>hs_codes.csv</c> maps (docs/trade.md).</summary>
internal static class HsConcordanceReader
{
    public const string File = "hs_concordance.csv";

    /// <summary>The revisions BACI distributes besides HS17.</summary>
    public static readonly string[] Revisions = ["HS92", "HS96", "HS02", "HS07", "HS12", "HS22"];

    private static readonly string[] Relationships = ["1:1", "n:1", "1:n", "n:n"];

    /// <summary>Reads the table when the file exists (an older data directory has none: nothing is linked).</summary>
    /// <param name="mappedHs17">The HS17 codes <c>hs_codes.csv</c> maps: every row must link to one of them.</param>
    public static List<HsLink> Load(string referenceFolder, IReadOnlySet<string> mappedHs17,
        IReadOnlySet<string> sourceIds, IssueLog issues)
    {
        var path = Path.Combine(referenceFolder, File);
        if (!System.IO.File.Exists(path))
        {
            return [];
        }
        var result = new List<HsLink>();
        var seen = new Dictionary<(string, string, string), int>();
        foreach (var row in CsvFile.Read(path, ReferenceLoader.Folder + "/" + File, issues,
            ["nomenclature", "hs6", "hs17", "relationship", "other_hs17", "source_ids"]))
        {
            var revision = row.Required("nomenclature");
            if (revision.Length > 0 && !Revisions.Contains(revision))
            {
                row.Error("nomenclature", $"expected one of {string.Join(", ", Revisions)}, got '{revision}'");
            }
            var hs6 = Code(row, "hs6");
            var hs17 = Code(row, "hs17");
            if (hs17.Length == 6 && !mappedHs17.Contains(hs17))
            {
                row.Error("hs17", $"{hs17} is not mapped in HS17 by {HsCodeReader.File}");
            }
            var relationship = row.Required("relationship");
            if (relationship.Length > 0 && !Relationships.Contains(relationship))
            {
                row.Error("relationship", $"expected 1:1, n:1, 1:n or n:n, got '{relationship}'");
            }
            if (!seen.TryAdd((revision, hs6, hs17), row.Line))
            {
                row.Error("hs17", $"{revision} {hs6} -> {hs17} twice; first on line {seen[(revision, hs6, hs17)]}");
            }
            var cited = row.Required("source_ids")
                .Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            foreach (var id in cited.Where(id => !sourceIds.Contains(id)))
            {
                row.Error("source_ids", $"unknown source id '{id}' (expected an id from reference/sources.csv)");
            }
            result.Add(new HsLink(revision, hs6, hs17, relationship, row.Optional("other_hs17"), cited));
        }
        return result;
    }

    private static string Code(CsvRow row, string column)
    {
        var code = row.Required(column);
        if (code.Length > 0 && (code.Length != 6 || !code.All(char.IsAsciiDigit)))
        {
            row.Error(column, $"expected six digits such as 811292, got '{code}'");
        }
        return code;
    }
}
