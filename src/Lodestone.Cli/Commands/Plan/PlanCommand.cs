using System.CommandLine;
using System.Globalization;
using Lodestone.Cli.Infrastructure;
using Lodestone.Optimization.Frontier;

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
            var prepared = PlanComputation.Prepare(dataset, context.Today, new PlanArguments(
                r.GetValue(importer), r.GetValue(supplier), r.GetValue(commodity), r.GetValue(stage), r.GetValue(cap), r.GetValue(by), r.GetValue(budget),
                r.GetValue(partnersOnly), r.GetValue(basis), r.GetValue(everyCountry), r.GetValue(content), r.GetValue(quarters), r.GetValue(plan),
                r.GetValue(robustness), r.GetValue(robustnessSeed), r.GetValue(robustnessScenario), name => "--" + name));
            var (built, result, skipped) = PlanComputation.Solve(dataset, prepared, ct);
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

    internal static string Num(double value) => value.ToString("#,0", CultureInfo.InvariantCulture);
}
