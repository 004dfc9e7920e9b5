using Lodestone.Domain.Model;

namespace Lodestone.Data.Loading;

/// <summary>Reads <c>data/reference/agreement_types.csv</c>: the tie (membership, agreement, none) each agreement type creates,
/// with its reason. Optional (an older data directory has none: no agreement makes a partner); a type given twice is an error.</summary>
internal static class AgreementTypeReader
{
    public const string File = "agreement_types.csv";

    public static readonly string[] Columns = ["type", "tie", "reason"];

    public static AgreementTypeBook Load(string referenceFolder, IssueLog issues)
    {
        var path = Path.Combine(referenceFolder, File);
        var result = new List<AgreementTypeRule>();
        if (!System.IO.File.Exists(path))
        {
            return new AgreementTypeBook(result);
        }
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in CsvFile.Read(path, ReferenceLoader.Folder + "/" + File, issues, Columns))
        {
            var type = row.Required("type");
            var tieText = row.Required("tie");
            AgreementTie? tie = tieText switch
            {
                "membership" => AgreementTie.Membership,
                "agreement" => AgreementTie.Agreement,
                "none" => AgreementTie.None,
                _ => null,
            };
            if (tieText.Length > 0 && tie is null)
            {
                row.Error("tie", $"expected membership, agreement or none, got '{tieText}'");
            }
            var reason = row.Required("reason");
            if (type.Length == 0 || tie is null)
            {
                continue;
            }
            if (seen.TryGetValue(type, out var first))
            {
                row.Error("type", $"'{type}' already has a rule on line {first}");
                continue;
            }
            seen[type] = row.Line;
            result.Add(new AgreementTypeRule(type, tie.Value, reason));
        }
        return new AgreementTypeBook(result);
    }
}
