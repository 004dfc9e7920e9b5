using Lodestone.Domain.Model;
using Lodestone.Optimization.Model;
using Lodestone.Optimization.Solving;
using Lodestone.Simulation.Scenarios;

namespace Lodestone.Robustness.Tests;

/// <summary>A tiny hand-built plan: gallium (refining), t per quarter, USA importer, CHN concern, cap 50 % on a supply basis
/// from 2027Q2 over a two-quarter horizon 2027Q1–2027Q2.</summary>
/// <remarks>
/// Both quarters: demand 200 = CHN 100 + AUS 50 + project P1 (CAN, content 0) 50, so the planned share is 100/200 = 0.5,
/// exactly the cap. New-offtake capacity is CHN 30 and AUS 20 per quarter, so spot purchases carry 30/(30+20) = 0.6 CHN content.
/// </remarks>
internal static class RobustnessFixture
{
    public static readonly Quarter Q1 = new(2027, 1);
    public static readonly Quarter Q2 = new(2027, 2);

    public static PlanMarket Market(double stockpile = 0) => new(
        "gallium", Stage.Refining, "t", new Iso3("CHN"), [200, 200],
        [
            new SourceOrigin(new Iso3("CHN"), "China", [100, 100], [30, 30], 1, 0, 1, 1, []),
            new SourceOrigin(new Iso3("AUS"), "Australia", [50, 50], [20, 20], 1, 0, 0, 0, []),
        ],
        [new ProjectOption("P1", "Project one", new Iso3("CAN"), 50, Q1, 1, 0, null, 0)],
        stockpile > 0 ? new StockpileOption(stockpile, stockpile, 0) : null,
        null, 0.5, Q2, null, new Iso3("USA"));

    public static PlanProblem Problem(double stockpile = 0) => new("USA", Q1, 2, [Market(stockpile)], null, 0, true);

    public static PlanResult Plan(double stockpile = 0)
    {
        QuarterPlan Quarter(Quarter q, bool capped) => new(
            q, 200,
            [new OriginVolume(new Iso3("CHN"), "China", 100, 0), new OriginVolume(new Iso3("AUS"), "Australia", 50, 0)],
            new Dictionary<string, double>(StringComparer.Ordinal) { ["P1"] = 50 },
            0, 0, 0, stockpile, 0, 0.5, 0.5, capped);
        var market = new MarketPlan("gallium", Stage.Refining, "t", new Iso3("CHN"), 0.5, CapBasis.Supply,
            [Quarter(Q1, false), Quarter(Q2, true)],
            [new ProjectDecision("P1", "Project one", new Iso3("CAN"), 1, 0, Q1, Q1)]);
        return new PlanResult(PlanStatus.Optimal, "test", Q1, 2, [market], 0, null, [], null, null, [], TimeSpan.Zero);
    }

    /// <summary>A plan that buys 40 t more from <paramref name="lotOrigin"/> in 2027Q1, stocks it as that origin's lot and releases
    /// it in 2027Q2, when it buys CHN 80 + AUS 40 + P1 40 (demand 200 both quarters).</summary>
    /// <remarks>Consumed in 2027Q2: a CHN lot makes China 80 + 40 = 120 of 200 = 0.6 (counting the release as no one's, as
    /// the old rule did, gave 80 / 160 = 0.5); an AUS lot makes it 80 / 200 = 0.4.</remarks>
    public static (PlanProblem Problem, PlanResult Plan) PlanWithLot(Iso3 lotOrigin)
    {
        var problem = new PlanProblem("USA", Q1, 2, [Market() with { Stockpile = new StockpileOption(0, 100, 0) }], null, 0, true);
        var china = lotOrigin.Code == "CHN";
        StockLotMove Lot(double build, double release, double level) =>
            new(lotOrigin.Code, StockLotKind.Origin, lotOrigin, null, china ? 1 : 0, true, build, release, level);
        var q1 = new QuarterPlan(Q1, 200,
            [new OriginVolume(new Iso3("CHN"), "China", china ? 140 : 100, 0), new OriginVolume(new Iso3("AUS"), "Australia", china ? 50 : 90, 0)],
            new Dictionary<string, double>(StringComparer.Ordinal) { ["P1"] = 50 }, 0, 40, 0, 40, 0, 0.5, 0.5, false)
        { Lots = [Lot(40, 0, 40)] };
        var q2 = new QuarterPlan(Q2, 200,
            [new OriginVolume(new Iso3("CHN"), "China", 80, 0), new OriginVolume(new Iso3("AUS"), "Australia", 40, 0)],
            new Dictionary<string, double>(StringComparer.Ordinal) { ["P1"] = 40 }, 0, 0, 40, 0, 0, china ? 0.6 : 0.4, china ? 0.6 : 0.4, true)
        { Lots = [Lot(0, 40, 0)] };
        var market = new MarketPlan("gallium", Stage.Refining, "t", new Iso3("CHN"), 0.5, CapBasis.Supply, [q1, q2],
            [new ProjectDecision("P1", "Project one", new Iso3("CAN"), 1, 0, Q1, Q1)]);
        return (problem, new PlanResult(PlanStatus.Optimal, "test", Q1, 2, [market], 0, null, [], null, null, [], TimeSpan.Zero));
    }

    /// <summary>A scenario from YAML lines for events and projects (each a flow mapping), starting 2026-01.</summary>
    public static ScenarioDefinition Scenario(string[]? events = null, string[]? projects = null, string? defaults = null)
    {
        var text = "name: test\nstart: 2026-01\n"
            + (defaults is null ? "" : "defaults:\n  " + defaults + "\n")
            + (events is null ? "" : "events:\n" + string.Concat(events.Select(e => "  - " + e + "\n")))
            + (projects is null ? "" : "projects:\n" + string.Concat(projects.Select(p => "  - " + p + "\n")));
        return ScenarioReader.ReadText(text, "test.yaml");
    }

    /// <summary>P1 in the scenario with the given delay distribution (YAML flow text).</summary>
    public static string Project(string delay) =>
        "{id: P1, market: gallium/refining, to_demand_units: {value: 1, assumption: t}, offtake: {value: 1, assumption: t}, delay_months: " + delay + "}";

    /// <summary>A ban by <paramref name="country"/> on the importer from <paramref name="from"/> to <paramref name="to"/> (months).</summary>
    public static string Ban(string country, string from, string to, string severity = "{value: 1, source: test}", string approval = "{value: 0, source: test}", string commodity = "gallium") =>
        $"{{id: ban-{country}, country: {country}, commodities: [{commodity}], stage: refining, from: {from}, to: {to}, targets: [USA], severity: {severity}, approval_rate: {approval}}}";
}
