using Lodestone.Cli.Commands.Simulate;
using Lodestone.Domain.Errors;
using Lodestone.Domain.KnowledgeBase;
using Lodestone.Domain.Model;
using Lodestone.Optimization.Building;
using Lodestone.Optimization.Model;
using Lodestone.Optimization.Solving;
using Lodestone.Optimization.Specs;
using Lodestone.Robustness;

namespace Lodestone.Cli.Commands.Plan;

/// <summary>What <c>lodestone plan</c> computes, once for the command and for a server's plan-robustness jobs: the checks, the build,
/// the solve and the robustness replay.</summary>
internal static class PlanComputation
{
    /// <summary>Checks <paramref name="a"/> and reads its plan file and scenario; nothing is built or solved yet.</summary>
    /// <param name="today">The day the plan is made on (its first quarter, controls in force).</param>
    public static PreparedPlan Prepare(Dataset dataset, DateOnly today, PlanArguments a)
    {
        var canonical = a.Commodity is null ? null : dataset.Commodities.Find(a.Commodity)?.Name
            ?? throw new LodestoneException(ErrorCode.NotFound, $"unknown commodity '{a.Commodity}'");
        var spec = ReadSpec(a.PlanFile, canonical, a.Field);
        var request = new PlanRequest(
            today, spec, canonical,
            Country(a.Importer, a.Field("importer")), Country(a.Supplier, a.Field("supplier")),
            StageOf(a.Stage, a.Field), a.Cap, DateOf(a.By, a.Field), a.Budget,
            a.PartnersOnly ? true : null,
            a.Quarters, null, BasisOf(a.Basis, a.Field), a.EveryCountry ? true : null);
        if (request.Cap is < 0 or > 1)
        {
            throw new LodestoneException(ErrorCode.BadArguments, $"{a.Field("cap")} is a share between 0 and 1 (0.5 = 50 %)");
        }
        if (request.BudgetUsd is < 0)
        {
            throw new LodestoneException(ErrorCode.BadArguments, $"{a.Field("budget")} must not be negative");
        }
        if (request.Quarters is < 1 or > 80)
        {
            throw new LodestoneException(ErrorCode.BadArguments, $"{a.Field("quarters")} must be between 1 and 80");
        }
        var runs = RobustnessRuns(a);
        var scenario = runs is null ? null : SimulationInputs.Read(a.ScenarioFile ?? ScenarioRobustnessEvaluator.DefaultScenario);
        return new PreparedPlan(request, ContentOf(a.Content, dataset, a.Field), scenario, runs ?? 0, a.RobustnessSeed ?? 1);
    }

    /// <summary>Builds the plan's problem from <paramref name="dataset"/>, solves it and, when asked for, replays the plan.</summary>
    public static SolvedPlan Solve(Dataset dataset, PreparedPlan prepared, CancellationToken cancellationToken)
    {
        BuiltPlan built;
        try
        {
            built = new ProblemBuilder(dataset, prepared.Content).Build(prepared.Request);
        }
        catch (PlanningException e)
        {
            throw new LodestoneException(e.Code, e.Message);
        }
        catch (PlanSpecException e)
        {
            throw new LodestoneException(e.Code, string.Join("; ", e.Errors));
        }
        var options = prepared.Scenario is not { } scenario
            ? new PlannerOptions()
            : new PlannerOptions(
                Robustness: new ScenarioRobustnessEvaluator(built.Problem, scenario, name => dataset.Commodities.Find(name)?.Name),
                RobustnessRuns: prepared.RobustnessRuns,
                RobustnessSeed: prepared.RobustnessSeed);
        var result = new Planner().Solve(built.Problem, options, built.Notes, cancellationToken);
        var skipped = prepared.Scenario is not null && !result.IsFeasible
            ? $"robustness not evaluated: there is no feasible plan to replay (status {result.Status.ToString().ToLowerInvariant()})"
            : null;
        return new SolvedPlan(built, result, skipped);
    }

    /// <summary>The robustness run count, or null when not asked for; seed and scenario without a run count are an error.</summary>
    private static int? RobustnessRuns(PlanArguments a)
    {
        if (a.RobustnessRuns is not { } runs)
        {
            return a.RobustnessSeed is null && a.ScenarioFile is null
                ? null
                : throw new LodestoneException(ErrorCode.BadArguments,
                    $"{a.Field("robustness-seed")} and {a.Field("robustness-scenario")} need {a.Field("robustness")} RUNS");
        }
        return runs is < 1 or > 100_000
            ? throw new LodestoneException(ErrorCode.BadArguments, $"{a.Field("robustness")} must be between 1 and 100,000 runs")
            : runs;
    }

    private static PlanSpec ReadSpec(string? path, string? commodity, Func<string, string> field)
    {
        var file = path ?? (commodity is null ? null : PlanFiles.DefaultFor(commodity));
        if (file is null)
        {
            return commodity is null
                ? throw new LodestoneException(ErrorCode.BadArguments, $"give {field("commodity")} NAME or {field("plan")} FILE")
                : new PlanSpec();
        }
        if (!File.Exists(file))
        {
            throw new LodestoneException(ErrorCode.NotFound, $"plan file '{file}' not found");
        }
        try
        {
            return PlanSpecReader.ReadFile(file);
        }
        catch (PlanSpecException e)
        {
            throw new LodestoneException(e.Code, string.Join("; ", e.Errors));
        }
    }

    private static Iso3? Country(string? text, string option)
    {
        if (text is null)
        {
            return null;
        }
        return Iso3.TryParse(text, out var code) && text.Trim().Length == 3
            ? code
            : throw new LodestoneException(ErrorCode.BadArguments, $"{option}: '{text}' is not a three-letter ISO country code");
    }

    private static Stage? StageOf(string? text, Func<string, string> field) =>
        text is null ? null : Stages.TryParse(text, out var s) ? s : throw new LodestoneException(ErrorCode.BadArguments, $"{field("stage")}: '{text}' is not mining, refining, components or recycling");

    private static PartialDate? DateOf(string? text, Func<string, string> field) =>
        text is null ? null : PartialDate.TryParse(text, out var d) ? d : throw new LodestoneException(ErrorCode.BadArguments, $"{field("by")}: '{text}' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD");

    private static IConcernContentSource ContentOf(string? text, Dataset dataset, Func<string, string> field) =>
        (text?.Trim().ToLowerInvariant() ?? "traced") switch
        {
            "traced" => new TracedConcernContent(dataset),
            "direct" => DirectConcernContent.Instance,
            _ => throw new LodestoneException(ErrorCode.BadArguments, $"{field("content")}: '{text}' is not traced or direct"),
        };

    private static CapBasis? BasisOf(string? text, Func<string, string> field) =>
        text is null ? null
        : text.Trim().ToLowerInvariant() switch
        {
            "supply" => CapBasis.Supply,
            "imports" => CapBasis.Imports,
            _ => throw new LodestoneException(ErrorCode.BadArguments, $"{field("basis")}: '{text}' is not supply or imports"),
        };
}
