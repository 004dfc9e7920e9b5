using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Lodestone.Data.Loading;

namespace Lodestone.Data.Exchange;

/// <summary>Writes every table of a store as one JSON document (snake_case; missing values as null, never dropped).</summary>
/// <remarks>
/// Shape: <c>{"format":"lodestone-export","schema_version":N,"counts":{table:n},"sources":[…],"production":[…],
/// "reserves":[…],"net_import_reliance":[…],"import_sources":[…],"stage_shares":[…],"export_controls":[…],
/// "agreements":[…],"projects":[…],"trade_flows":[…]}</c>. Each record carries every field of its fact type; shares are fractions
/// 0–1, dates are YYYY[-MM[-DD]] strings, net import reliance is <c>{"kind","percent","lower","upper"}</c>.
/// </remarks>
public static class JsonExporter
{
    public const string FileName = "lodestone-export.json";

    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower), new Iso3JsonConverter(), new PartialDateJsonConverter(), new ShareJsonConverter() },
    };

    /// <summary>Writes <paramref name="facts"/> to <c>DIR/lodestone-export.json</c> and returns the path.</summary>
    public static string Write(FactSet facts, int schemaVersion, string directory)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, FileName);
        using var stream = File.Create(path);
        JsonSerializer.Serialize(stream, Document(facts, schemaVersion), Options);
        return path;
    }

    public static Dictionary<string, object> Document(FactSet facts, int schemaVersion) => new(StringComparer.Ordinal)
    {
        ["format"] = "lodestone-export",
        ["schema_version"] = schemaVersion,
        ["counts"] = facts.Counts,
        ["sources"] = facts.Sources,
        ["production"] = facts.Production,
        ["reserves"] = facts.Reserves,
        ["net_import_reliance"] = facts.NetImportReliance,
        ["import_sources"] = facts.ImportSources,
        ["stage_shares"] = facts.StageShares,
        ["export_controls"] = facts.ExportControls,
        ["agreements"] = facts.Agreements,
        ["projects"] = facts.Projects,
        ["trade_flows"] = facts.TradeFlows ?? [],
    };
}
