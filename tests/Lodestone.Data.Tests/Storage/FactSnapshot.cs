using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Lodestone.Data.Loading;
using Lodestone.Domain.KnowledgeBase;

namespace Lodestone.Data.Tests.Storage;

/// <summary>Every field of every fact as JSON lines, table by table: two snapshots are equal iff the facts are equal field for field.</summary>
/// <remarks>Records holding lists compare lists by reference, so equality goes through this serialised form.</remarks>
internal sealed record FactSnapshot(IReadOnlyDictionary<string, IReadOnlyList<string>> Tables)
{
    public static FactSnapshot Of(FactSet facts, bool sortSources = false) => new(new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        ["sources"] = Lines<Lodestone.Domain.Model.Source>(sortSources ? facts.Sources.OrderBy(s => s.Id, StringComparer.Ordinal) : facts.Sources),
        ["production"] = Lines(facts.Production),
        ["reserves"] = Lines(facts.Reserves),
        ["net_import_reliance"] = Lines(facts.NetImportReliance),
        ["import_sources"] = Lines(facts.ImportSources),
        ["stage_shares"] = Lines(facts.StageShares),
        ["export_controls"] = Lines(facts.ExportControls),
        ["agreements"] = Lines(facts.Agreements),
        ["projects"] = Lines(facts.Projects),
        ["trade_flows"] = Lines(facts.TradeFlows ?? []),
        ["trade_measures"] = Lines(facts.TradeMeasures ?? []),
    });

    /// <summary>What a query of the dataset sees: catalogue-joined sources (as a set) and every fact in order.</summary>
    public static FactSnapshot Of(Dataset dataset) => Of(FactSet.FromDataset(dataset), sortSources: true);

    public void AssertEqual(FactSnapshot actual)
    {
        foreach (var (table, expected) in Tables)
        {
            var got = actual.Tables[table];
            Assert.True(expected.Count == got.Count, $"{table}: expected {expected.Count} rows, got {got.Count}");
            for (var i = 0; i < expected.Count; i++)
            {
                Assert.True(expected[i] == got[i], $"{table} row {i}:\n expected {expected[i]}\n got      {got[i]}");
            }
        }
    }

    /// <summary>Every field, missing ones as null, values in their published text (Iso3 codes, partial dates, share fractions).</summary>
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower), new Iso3JsonConverter(), new PartialDateJsonConverter(), new ShareJsonConverter() },
    };

    private static IReadOnlyList<string> Lines<T>(IEnumerable<T> rows) =>
        rows.Select(r => JsonSerializer.Serialize(r, Options).ReplaceLineEndings(" ")).ToList();
}
