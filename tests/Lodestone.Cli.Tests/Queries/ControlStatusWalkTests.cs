using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Lodestone.Domain.Facts;
using Lodestone.Domain.KnowledgeBase;
using Lodestone.Queries;
using Lodestone.Queries.Brief;
using Lodestone.Queries.Countries;
using Lodestone.Queries.Exposure;
using Lodestone.Queries.Minerals;
using Lodestone.Queries.Risk;
using Lodestone.Testing;

namespace Lodestone.Cli.Tests.Queries;

/// <summary>Export-control status follows the date in every view (issue 11): walks every control row of data/export_controls.csv
/// that has a suspension window (the Nov-2025 suspensions CHN-2025-070-SUSP until 2026-11-10 and CHN-2025-072-SUSP until 2026-11-27,
/// the measures they suspend, USA-2025-AFFIL-SUSP until 2026-11-09) through the brief, the mineral and country profiles, the exposure
/// report and the risk answer on days after the window closed, and requires that none shows a suspension in force or a measure
/// as still suspended.</summary>
public sealed class ControlStatusWalkTests
{
    private static readonly Dataset Data = DefaultData.Dataset;
    private static readonly JsonSerializerOptions Json = QueryJson.Configure(new JsonSerializerOptions(), htmlSafe: false);

    public static TheoryData<string> SuspendedRows()
    {
        var rows = new TheoryData<string>();
        foreach (var c in Data.ExportControls.Where(c => c.SuspendedUntil is not null))
        {
            rows.Add(c.Id);
        }
        return rows;
    }

    [Theory]
    [MemberData(nameof(SuspendedRows))]
    public void EveryView_AfterTheSuspensionEnds_NeverShowsItInForceOrStillSuspended(string id)
    {
        var control = Data.ExportControls.Single(c => c.Id == id);
        var end = control.SuspendedUntil!.Value.Latest;
        foreach (var day in new[] { end.AddDays(1), end.AddDays(30), end.AddDays(400) })
        {
            var asOf = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var shown = Views(control, asOf).SelectMany(v => Entries(v.Document, id).Select(e => (v.View, Entry: e))).ToList();

            // The walk must reach the row somewhere, or it proves nothing.
            Assert.NotEmpty(shown);
            foreach (var (view, entry) in shown)
            {
                var status = (entry["status_judged"] ?? entry["status"])!.GetValue<string>();
                Assert.False(status.StartsWith("suspended", StringComparison.Ordinal), $"{view} on {asOf}: {id} reads '{status}'");
                if (control.IsRelaxation)
                {
                    Assert.False(entry["in_force"]?.GetValue<bool>() == true, $"{view} on {asOf}: suspension {id} shown in force");
                }
            }
        }
    }

    [Fact]
    public void Brief_MilitaryEndUserBan_ShowsUnderTheDualUseMineralsItCovers()
    {
        // export_controls.csv CHN-2024-046-MIL: MOFCOM Announcement No. 46 [2024] clause 1, "all dual-use items" to U.S. military end
        // users, in force (not covered by the Nov-2025 suspension). Gallium has been a dual-use item since 2023-08-01
        // (CHN-2023-023-GA), bismuth since 2025-02-04 (CHN-2025-010-BI); copper is under no Chinese control in the data.
        var late = BriefQuestion.Answer(Data, BriefQuestion.Request(Data, null, null, null, "2026-11-23", DateOnly.FromDateTime(DateTime.UnixEpoch)));
        var early = BriefQuestion.Answer(Data, BriefQuestion.Request(Data, null, null, null, "2024-12-10", DateOnly.FromDateTime(DateTime.UnixEpoch)));

        bool Lists(Domain.Brief.DependencyBrief brief, string commodity) =>
            brief.Rows.Single(r => r.Commodity == commodity).ExportControls.Any(c => c.Id == "CHN-2024-046-MIL" && c.InForce == true);
        Assert.True(Lists(late, "gallium"));
        Assert.True(Lists(late, "bismuth"));
        Assert.False(Lists(late, "copper"));
        Assert.True(Lists(early, "gallium"));
        Assert.False(Lists(early, "bismuth"));
    }

    [Fact]
    public void Mineral_MilitaryEndUserBan_ListedUnderGallium()
    {
        var gallium = MineralQuestion.Answer(Data, MineralQuestion.Request(Data, "gallium", "2026-11-23", DateOnly.FromDateTime(DateTime.UnixEpoch)));

        var ban = gallium.Controls.Single(c => c.Id == "CHN-2024-046-MIL");
        Assert.True(ban.InForce);
    }

    /// <summary>Every view that can show the row on the date, as the JSON both front ends return.</summary>
    private static IEnumerable<(string View, JsonNode Document)> Views(ExportControl control, string asOf)
    {
        var today = DateOnly.FromDateTime(DateTime.UnixEpoch);
        yield return ("brief", Node(BriefQuestion.Answer(Data, BriefQuestion.Request(Data, null, control.Imposing.Code, null, asOf, today))));
        yield return ("country " + control.Imposing, Node(CountryQuestion.Answer(Data, CountryQuestion.Request(Data, control.Imposing.Code, asOf, today))));
        foreach (var commodity in control.Commodities.Where(c => Data.Commodities.Find(c) is not null))
        {
            yield return ("mineral " + commodity, Node(MineralQuestion.Answer(Data, MineralQuestion.Request(Data, commodity, asOf, today))));
            yield return ("exposure " + commodity, Node(ExposureQuestion.Answer(Data,
                ExposureQuestion.Request(Data, null, control.Imposing.Code, commodity, null, null, asOf, today))));
            yield return ("risk " + commodity, Node(RiskQuestion.Answer(Data, RiskQuestion.Request(Data, null, "geopolrisk", commodity, null, asOf, today))));
        }
    }

    private static JsonNode Node<T>(T answer) => JsonSerializer.SerializeToNode(answer, Json)!;

    /// <summary>Every object in the document that describes the control <paramref name="id"/>.</summary>
    private static IEnumerable<JsonObject> Entries(JsonNode? node, string id)
    {
        switch (node)
        {
            case JsonObject o:
                if (o["id"] is JsonValue v && v.TryGetValue<string>(out var s) && s == id && (o.ContainsKey("in_force") || o.ContainsKey("status_judged")))
                {
                    yield return o;
                }
                foreach (var child in o.Select(kv => kv.Value).SelectMany(c => Entries(c, id)))
                {
                    yield return child;
                }
                break;
            case JsonArray a:
                foreach (var child in a.SelectMany(c => Entries(c, id)))
                {
                    yield return child;
                }
                break;
        }
    }
}
