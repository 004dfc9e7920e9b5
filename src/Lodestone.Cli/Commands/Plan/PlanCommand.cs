using System.CommandLine;
using System.Globalization;
using Lodestone.Cli.Commands.Simulate;
using Lodestone.Cli.Infrastructure;
using Lodestone.Domain.Errors;
using Lodestone.Domain.KnowledgeBase;
using Lodestone.Domain.Model;
using Lodestone.Optimization.Building;
using Lodestone.Optimization.Frontier;
using Lodestone.Optimization.Model;
using Lodestone.Optimization.Solving;
using Lodestone.Optimization.Specs;
using Lodestone.Robustness;

namespace Lodestone.Cli.Commands.Plan;

/// <summary><c>lodestone plan</c>: the least-cost plan that brings dependence on a supplier under a cap, by a date.</summary>
internal static class PlanCommand
{
    public static Command Create(CliContext context)
    {
        var importer = new Option<string?>("--importer") { Description = "Importing country, ISO3 (default USA, or the plan's)" };
        var supplier = new Option<string?>("--supplier") { Description = "Supplier of concern whose share is capped, ISO3 (default CHN, or the plan's)" };
        var commodity = new Option<string?>("--commodity") { Description = "Commodity, e.g. \"rare earths\" (default: the plan's)" };
        var stage = new Option<string?>("--stage") { Description = "Stage: mining|refining|components|recycling (default refining, or the plan's)" };
        var cap = new Option<double?>("--cap") { Description = "Maximum share of the supplier of concern, 0–1 (0.5 = 50 %)" };
        var by = new Option<string?>("--by") { Description = "Date from which the cap must hold: YYYY, YYYY-MM or YYYY-MM-DD" };
        var budget = new Option<double?>("--budget") { Description = "Budget for project investment, USD" };
        var partnersOnly = new Option<bool>("--partners-only") { Description = "Source only from agreement partners and allowed country groups (MSP, US_FTA by default)" };
        var basis = new Option<string?>("--basis") { Description = "What the cap is a share of: supply (all sourced supply) or imports" };
        var everyCountry = new Option<bool>("--every-country") { Description = "Hold every other foreign country to the same cap too (EU CRMA: any single third country)" };
        var content = new Option<string?>("--content") { Description = "Concern content per origin: traced (default: the exposure tracer's bounds, high bound counted) or direct (only the supplier's own shipments count)" };
        var quarters = new Option<int?>("--quarters") { Description = "Horizon length in quarters (default 12)" };
        var plan = new Option<string?>("--plan") { Description = "Plan file (YAML) with sourced prices, demand and project overrides (default plans/<commodity>.yaml)" };
        var frontier = new Option<string?>("--frontier") { Description = "Also compute the cost–cap frontier and plot it to this PNG file" };
        var robustness = new Option<int?>("--robustness") { Description = "Also replay the plan through this many sampled runs of a scenario (1–100,000) and report the probability it keeps the cap" };
        var robustnessSeed = new Option<int?>("--robustness-seed") { Description = "Seed of the robustness runs (default 1): the same seed gives the same report" };
        var robustnessScenario = new Option<string?>("--robustness-scenario") { Description = "Scenario whose events and project delays are sampled: a shipped name or a YAML path (default announced-partnerships)" };
        var format = FormatOption.Create(OutputFormat.Table, OutputFormat.Json);

        var command = new Command("plan", "Least-cost diversification plan: sourcing, offtakes, projects and stockpile that keep a supplier's share under a cap, explained.");
        foreach (var option in new Option[] { importer, supplier, commodity, stage, cap, by, budget, partnersOnly, basis, everyCountry, content, quarters, plan, frontier, robustness, robustnessSeed, robustnessScenario, format })
        {
            command.Options.Add(option);
        }
        command.SetAction(async (ParseResult r, CancellationToken ct) =>
        {
            var dataset = await context.OpenDataset(r.GetValue(LodestoneApp.Db), ct);
            var commodityText = r.GetValue(commodity);
            var canonical = commodityText is null ? null : dataset.Commodities.Find(commodityText)?.Name
                ?? throw new LodestoneException(ErrorCode.NotFound, $"unknown commodity '{commodityText}'");
            var spec = ReadSpec(r.GetValue(plan), canonical);
            var request = new PlanRequest(
                context.Today, spec, canonical,
                Country(r.GetValue(importer), "--importer"), Country(r.GetValue(supplier), "--supplier"),
                StageOf(r.GetValue(stage)), r.GetValue(cap), DateOf(r.GetValue(by)), r.GetValue(budget),
                r.GetValue(partnersOnly) ? true : null,
                r.GetValue(quarters), null, BasisOf(r.GetValue(basis)), r.GetValue(everyCountry) ? true : null);
            if (request.Cap is < 0 or > 1)
            {
                throw new LodestoneException(ErrorCode.BadArguments, "--cap is a share between 0 and 1 (0.5 = 50 %)");
            }
            if (request.BudgetUsd is < 0)
            {
                throw new LodestoneException(ErrorCode.BadArguments, "--budget must not be negative");
            }
            if (request.Quarters is < 1 or > 80)
            {
                throw new LodestoneException(ErrorCode.BadArguments, "--quarters must be between 1 and 80");
            }
            var robustnessRuns = RobustnessRuns(r.GetValue(robustness), r.GetValue(robustnessSeed), r.GetValue(robustnessScenario));
            var scenario = robustnessRuns is null ? null : SimulationInputs.Read(r.GetValue(robustnessScenario) ?? ScenarioRobustnessEvaluator.DefaultScenario);
            BuiltPlan built;
            try
            {
                built = new ProblemBuilder(dataset, ContentOf(r.GetValue(content), dataset)).Build(request);
            }
            catch (PlanningException e)
            {
                throw new LodestoneException(e.Code, e.Message);
            }
            catch (PlanSpecException e)
            {
                throw new LodestoneException(e.Code, string.Join("; ", e.Errors));
            }
            var options = scenario is null
                ? new PlannerOptions()
                : new PlannerOptions(
                    Robustness: new ScenarioRobustnessEvaluator(built.Problem, scenario, name => dataset.Commodities.Find(name)?.Name),
                    RobustnessRuns: robustnessRuns!.Value,
                    RobustnessSeed: r.GetValue(robustnessSeed) ?? 1);
            var result = new Planner().Solve(built.Problem, options, built.Notes, ct);
            var skipped = scenario is not null && !result.IsFeasible
                ? $"robustness not evaluated: there is no feasible plan to replay (status {result.Status.ToString().ToLowerInvariant()})"
                : null;
            IReadOnlyList<FrontierPoint>? points = null;
            if (r.GetValue(frontier) is { } png)
            {
                points = FrontierCalculator.Compute(built.Problem, cancellationToken: ct);
                var m = built.Problem.Markets[0];
                FrontierPlot.SavePng(points, $"{built.Problem.Importer}: cost of capping {m.Concern} in {m.Label}", png);
            }
            if (r.GetValue(format) == OutputFormat.Json)
            {
                JsonOutput.Write(context.Out, PlanJson.From(built, result, points, r.GetValue(frontier), skipped));
            }
            else
            {
                PlanRenderer.Render(context.Console, built, result, points, r.GetValue(frontier));
                PlanRobustnessRenderer.Render(context.Console, built, result.Robustness, skipped);
            }
            return 0;
        });
        return command;
    }

    /// <summary>The robustness run count, or null when not asked for; seed and scenario without a run count are an error.</summary>
    private static int? RobustnessRuns(int? runs, int? seed, string? scenario)
    {
        if (runs is null)
        {
            return seed is null && scenario is null
                ? null
                : throw new LodestoneException(ErrorCode.BadArguments, "--robustness-seed and --robustness-scenario need --robustness RUNS");
        }
        return runs is < 1 or > 100_000
            ? throw new LodestoneException(ErrorCode.BadArguments, "--robustness must be between 1 and 100,000 runs")
            : runs;
    }

    private static PlanSpec ReadSpec(string? path, string? commodity)
    {
        var file = path ?? (commodity is null ? null : PlanFiles.DefaultFor(commodity));
        if (file is null)
        {
            return commodity is null
                ? throw new LodestoneException(ErrorCode.BadArguments, "give --commodity NAME or --plan FILE")
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

    private static Stage? StageOf(string? text) =>
        text is null ? null : Stages.TryParse(text, out var s) ? s : throw new LodestoneException(ErrorCode.BadArguments, $"--stage: '{text}' is not mining, refining, components or recycling");

    private static PartialDate? DateOf(string? text) =>
        text is null ? null : PartialDate.TryParse(text, out var d) ? d : throw new LodestoneException(ErrorCode.BadArguments, $"--by: '{text}' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD");

    private static IConcernContentSource ContentOf(string? text, Dataset dataset) =>
        (text?.Trim().ToLowerInvariant() ?? "traced") switch
        {
            "traced" => new TracedConcernContent(dataset),
            "direct" => DirectConcernContent.Instance,
            _ => throw new LodestoneException(ErrorCode.BadArguments, $"--content: '{text}' is not traced or direct"),
        };

    private static CapBasis? BasisOf(string? text) =>
        text is null ? null
        : text.Trim().ToLowerInvariant() switch
        {
            "supply" => CapBasis.Supply,
            "imports" => CapBasis.Imports,
            _ => throw new LodestoneException(ErrorCode.BadArguments, $"--basis: '{text}' is not supply or imports"),
        };

    internal static string Num(double value) => value.ToString("#,0", CultureInfo.InvariantCulture);
}
