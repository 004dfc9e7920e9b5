using Lodestone.Domain.Exposure.Tracing;
using Lodestone.Domain.KnowledgeBase;
using Lodestone.Domain.Model;
using Lodestone.Simulation.Attribution;
using Lodestone.Simulation.Distributions;
using Lodestone.Simulation.Engine;
using Lodestone.Simulation.MonteCarlo;
using Lodestone.Simulation.Scenarios;
using Lodestone.Simulation.Sensitivity;

namespace Lodestone.Simulation.Claims;

/// <summary>Turns a claim into per-commodity predicates and evaluates them by Monte Carlo over its scenario.</summary>
/// <remarks>
/// "Reliance on the supplier of concern will no longer be an issue by the due date" is read, for every market the
/// scenario simulates, as three predicates at the due month: the effective share of the concern in the importer's
/// supply is below 50 %; below 20 %; and, in a second model where the concern bans all exports to the importer from
/// the claim month, there is no shortfall. Both models start in the month the claim was made.
/// </remarks>
public static class ClaimEvaluator
{
    /// <summary>Predicate name: the concern's effective share of the importer's supply is below 50 % at the due month.</summary>
    public const string BelowHalf = "effective_share_below_50pct";
    /// <summary>Predicate name: the concern's effective share is below 20 % at the due month.</summary>
    public const string BelowFifth = "effective_share_below_20pct";
    /// <summary>Predicate name: no shortfall at the due month when the concern bans all exports to the importer from the claim's
    /// month.</summary>
    public const string NoShortfall = "no_shortfall_under_ban";

    /// <summary>Evaluates <paramref name="claim"/> by Monte Carlo over <paramref name="scenario"/>, from the month the claim was made
    /// to its due month: the three predicates per market, with the verdict of each.</summary>
    /// <param name="sensitivity">Also rank the drivers of each market's share at the due month (one-at-a-time swings).</param>
    public static ClaimEvaluation Evaluate(
        TrackedClaim claim,
        ScenarioDefinition scenario,
        Dataset data,
        CompileOptions compile,
        MonteCarloOptions options,
        bool sensitivity = false,
        CancellationToken cancellationToken = default)
    {
        var start = new PartialDate(claim.Said.Year, claim.Said.Month ?? 1);
        var due = (claim.Due.Year - start.Year) * 12 + (claim.Due.Month ?? 12) - start.Month!.Value + 1;
        var (outlook, banned) = ReadAs(scenario, start, due);
        // Traced attribution gives bounds: the outlook runs once with untraced origins counted as free of the concern and
        // once as the concern's, so a verdict never rests on what the data cannot see.
        var low = new TracedOriginAttribution(data, ContentBound.Low, compile.Year);
        var options1 = compile with { Horizon = null, Attribution = low, Year = low.Year };
        var outlookModel = ScenarioCompiler.Compile(outlook, data, options1);
        var bannedModel = ScenarioCompiler.Compile(banned, data, options1);
        var outlookResult = MonteCarloRunner.Run(outlookModel, options, cancellationToken);
        var pessimistic = MonteCarloRunner.Run(
            ScenarioCompiler.Compile(outlook, data, options1 with { Attribution = new TracedOriginAttribution(data, ContentBound.High, low.Year) }),
            options with { Progress = null }, cancellationToken);
        var bannedResult = MonteCarloRunner.Run(bannedModel, options with { Progress = null }, cancellationToken);
        var verdicts = outlookModel.Markets.Select(m =>
        {
            var stage = m.Stage.Name();
            double P(MonteCarloResult r, string name) =>
                r.Probabilities.First(p => p.Predicate == name && p.Commodity == m.Commodity && p.Stage == stage).P;
            var share = Metrics.Name(Metric.EffectiveConcernShare);
            var atDue = outlookResult.Find(m.Commodity, stage, share, due)!;
            var atDueHigh = pessimistic.Find(m.Commodity, stage, share, due)!;
            // "Traced now" is exposure's figure for the same year: one trace, one answer.
            var importer = ImporterTracer.Trace(data, scenario.Importer, scenario.Concern, m.Commodity, low.Year);
            var now = importer.At(m.Stage);
            var (verdict, missing) = ClaimVerdicts.For(now, importer, P(outlookResult, BelowHalf), P(pessimistic, BelowHalf));
            double Se(double p) => PredicateProbability.StandardErrorOf(p, options.Runs);
            var (half, halfPessimistic, fifth, noShortfall) = (P(outlookResult, BelowHalf), P(pessimistic, BelowHalf), P(outlookResult, BelowFifth), P(bannedResult, NoShortfall));
            return new CommodityVerdict(m.Commodity, stage, now?.Share.Low, now?.Share.High, outlookResult.Find(m.Commodity, stage, share, 1)!.P50,
                atDue.P50, atDue.P5, atDue.P95, atDueHigh.P50, half, halfPessimistic, fifth, noShortfall, Se(half), Se(halfPessimistic), Se(fifth), Se(noShortfall),
                verdict, missing);
        }).ToList();
        return new ClaimEvaluation(claim, scenario.Name, options.Runs, options.Seed, due, verdicts,
            Assumptions(claim, scenario, outlookModel, bannedModel, options1.Attribution))
        {
            Sensitivity = sensitivity
                ? new ClaimSensitivity(OneAtATime.Analyse(outlookModel, Metric.EffectiveConcernShare, due), OneAtATime.Analyse(bannedModel, Metric.ShortfallFraction, due))
                : null,
        };
    }

    /// <summary>The claim read as two scenarios from its month to its due month: the outlook with the two share
    /// predicates, and the same with the concern's ban and the no-shortfall predicate.</summary>
    private static (ScenarioDefinition Outlook, ScenarioDefinition Banned) ReadAs(
        ScenarioDefinition scenario, PartialDate start, int due)
    {
        var share = Metrics.Name(Metric.EffectiveConcernShare);
        var outlook = scenario with
        {
            Start = start,
            Horizon = due,
            Predicates =
            [
                new PredicateSpec(BelowHalf, share, "*", due, null, "<", 0.5, 0),
                new PredicateSpec(BelowFifth, share, "*", due, null, "<", 0.2, 0),
            ],
        };
        var banned = outlook with
        {
            Events = [.. outlook.Events, .. scenario.Markets.Select(m => Ban(m, scenario.Concern, scenario.Importer,
                start))],
            Predicates =
                [new PredicateSpec(NoShortfall, Metrics.Name(Metric.ShortfallFraction), "*", due, null, "<=", 0, 0)],
        };
        return (outlook, banned);
    }

    private static EventSpec Ban(MarketSpec market, Iso3 concern, Iso3 importer, PartialDate start) =>
        new($"claim-test-ban-{market.Commodity}-{market.Stage.Name()}", concern, [market.Commodity], market.Stage, start, null, [importer],
            new ParameterSpec(new Fixed(1), "the claim test's hypothetical: a full ban by the supplier of concern, not a forecast", true, 0,
                Exact: "a hypothetical the claim test sets, not an estimate"),
            new ParameterSpec(new Fixed(0), "the claim test's hypothetical: no licences granted", true, 0,
                Exact: "a hypothetical the claim test sets, not an estimate"),
            [], [], 0);

    private static List<string> Assumptions(TrackedClaim claim, ScenarioDefinition scenario, SimulationModel outlook, SimulationModel banned, IOriginAttribution attribution)
    {
        var list = new List<string>
        {
            $"claim read as: for each simulated commodity and stage, the effective {scenario.Concern} share of {scenario.Importer} supply at {claim.Due} is below 50 % (and, stricter, below 20 %), and a {scenario.Concern} export ban to {scenario.Importer} from {claim.Said} leaves no shortfall at {claim.Due}",
            $"'announced partnerships' = scenario '{scenario.Name}': {scenario.Description}",
            "commodities with data = the markets of that scenario (" + string.Join(", ", outlook.Markets.Select(m => m.Key)) + "); others lack U.S. import sources or demand in the dataset",
            "origin attribution: " + attribution.Describe(),
            "verdict: likely when P(share < 50 %) >= 0.9 even with untraced origins counted as the concern's; unlikely when <= 0.1 even with them counted as free of it; "
                + "cannot tell yet when the traced share is unknown or the supply passes a stage the concern dominates (>= 80 %) without a traced path around it",
            "share now (traced) is the exposure tracer's figure for the same importer, supplier, commodity and stage",
            "trade shares stay at their 2021-24 pattern except where projects, spare capacity or events change them",
        };
        // Parameters without a source, once per (parameter kind, reason), with their distribution.
        var assumed = outlook.Parameters.Concat(banned.Parameters)
            .Where(p => p.IsAssumption)
            .GroupBy(p => (Kind: p.Name[(p.Name.LastIndexOf('.') + 1)..], p.Basis, Value: p.Value.Describe()))
            .Select(g => $"{g.Key.Kind} = {g.Key.Value}: {g.Key.Basis}" + (g.Count() > 2 ? $" ({g.Select(p => p.Name[..p.Name.IndexOf('.', StringComparison.Ordinal)]).Distinct().Count()} markets)" : ""))
            .Distinct();
        list.AddRange(assumed);
        // The widths given to sourced points (default spreads per kind, docs/simulation.md "Uncertainty"), once per (kind, reason).
        var spreads = outlook.Parameters.Concat(banned.Parameters)
            .Where(p => p.Uncertainty == ParameterUncertainty.Sampled && p.SpreadBasis is not null)
            .GroupBy(p => (Kind: p.Name[(p.Name.LastIndexOf('.') + 1)..], Reason: p.SpreadBasis!))
            .Select(g => $"{g.Key.Kind} spread ({string.Join(", ", g.Select(p => p.Name[..p.Name.IndexOf('.', StringComparison.Ordinal)]).Distinct())}): {g.Key.Reason}");
        list.AddRange(spreads);
        return list;
    }
}
