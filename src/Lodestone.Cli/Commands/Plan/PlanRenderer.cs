using System.Globalization;
using Lodestone.Domain.Model;
using Lodestone.Optimization.Building;
using Lodestone.Optimization.Frontier;
using Lodestone.Optimization.Solving;
using Spectre.Console;

namespace Lodestone.Cli.Commands.Plan;

/// <summary>Renders a plan as text: the story, the quarter-by-quarter table, projects, binding constraints, notes and sources.</summary>
internal static class PlanRenderer
{
    public static void Render(IAnsiConsole console, BuiltPlan built, PlanResult result, IReadOnlyList<FrontierPoint>? frontier, string? png)
    {
        var problem = built.Problem;
        var m0 = problem.Markets[0];
        console.MarkupLine($"[bold]Plan[/] {Markup.Escape(problem.Importer)} · {Markup.Escape(m0.Label)} · cap {Markup.Escape(m0.Cap is { } c ? Pct(c) : "none")} on {m0.Concern} ({m0.Basis.ToString().ToLowerInvariant()} basis) from {m0.CapFrom} · {problem.QuarterCount} quarters from {problem.Start} · {result.Solver}: {result.Status.ToString().ToLowerInvariant()}");
        console.WriteLine();
        console.WriteLine(result.Summary);
        console.WriteLine();
        foreach (var market in result.Markets)
        {
            Market(console, problem.Markets[0].Importer, market);
        }
        if (result.Cost is { } cost)
        {
            console.MarkupLine(Markup.Escape($"Cost: purchases {Money(cost.Purchases)}, investment {Money(cost.Investment)}, stock carrying {Money(cost.StockCarrying)}, recycling {Money(cost.Recycling)}, shortfall penalty {Money(cost.ShortfallPenalty)}; total {Money(cost.Total)}; risk term {Money(cost.RiskTerm)}."));
        }
        if (result.Binding.Count > 0)
        {
            console.WriteLine();
            console.MarkupLine("[bold]Binding constraints[/]");
            foreach (var b in result.Binding.OrderByDescending(b => b.Kind == ConstraintKind.Cap).ThenByDescending(b => b.ShadowPrice).Take(12))
            {
                console.MarkupLine("• " + Markup.Escape(b.Explanation));
            }
        }
        if (result.Infeasibility is { } inf)
        {
            console.WriteLine();
            console.MarkupLine("[bold]Why no plan exists[/]");
            foreach (var member in inf.ConflictingSet)
            {
                console.MarkupLine("• " + Markup.Escape(member.Description) + (member.Relaxable ? " [grey](relaxable)[/]" : " [grey](fact of the data)[/]"));
            }
            foreach (var a in inf.Achievability)
            {
                console.MarkupLine("→ " + Markup.Escape(a.Explanation));
            }
        }
        if (frontier is not null)
        {
            Frontier(console, frontier, png);
        }
        console.WriteLine();
        console.MarkupLine("[bold]Notes[/]");
        foreach (var note in result.Notes)
        {
            console.MarkupLine("• " + Markup.Escape(note));
        }
        console.MarkupLine("[bold]Plan parameters and their sources[/]");
        foreach (var citation in built.Citations)
        {
            console.MarkupLine("• " + Markup.Escape(citation));
        }
    }

    /// <summary>A market's quarter-by-quarter table (the concern, other imports and the importer's own output apart),
    /// its stock line and the projects the plan backs.</summary>
    private static void Market(IAnsiConsole console, Iso3 importer, MarketPlan market)
    {
        var table = new Table().Border(TableBorder.Simple)
            .Title($"{market.Commodity} ({market.Stage.ToString().ToLowerInvariant()}), {market.Unit} per quarter");
        var concernCode = market.Concern.Code;
        string[] columns =
        [
            "quarter", "demand", concernCode, "other imports", "domestic", "projects", "stock ±", "stock", "short",
            "share " + concernCode, "cap",
        ];
        foreach (var col in columns)
        {
            table.AddColumn(new TableColumn(col).RightAligned());
        }
        foreach (var q in market.Quarters)
        {
            var concern = q.Origins.Where(o => o.Origin == market.Concern).Sum(o => o.Total);
            var domestic = q.Origins.Where(o => o.Origin == importer).Sum(o => o.Total);
            var other = q.Origins.Sum(o => o.Total) - concern - domestic;
            table.AddRow(q.Quarter.ToString(), PlanCommand.Num(q.Demand), PlanCommand.Num(concern),
                PlanCommand.Num(other), PlanCommand.Num(domestic), PlanCommand.Num(q.ProjectOutput.Values.Sum()),
                PlanCommand.Num(q.StockBuild - q.StockRelease), PlanCommand.Num(q.StockLevel),
                PlanCommand.Num(q.Shortfall), q.EffectiveShare is { } s ? Pct(s) : "—",
                q.CapApplies && market.Cap is { } cap ? "≤ " + Pct(cap) : "");
        }
        console.Write(table);
        StockLine(console, market);
        var backed = market.Projects.Where(p => p.Invested > 0).ToList();
        console.MarkupLine(backed.Count == 0
            ? "Projects backed: none."
            : "Projects backed: " + Markup.Escape(string.Join("; ", backed.Select(p => $"{p.Id} {Pct(p.Invested)} "
                + $"(US$ {PlanCommand.Num(p.InvestmentUsd)}, "
                + $"first output {p.FirstOutput?.ToString() ?? "after the horizon"})"))));
    }

    /// <summary>The least cost at each cap of the frontier, or why there is none.</summary>
    private static void Frontier(IAnsiConsole console, IReadOnlyList<FrontierPoint> frontier, string? png)
    {
        console.WriteLine();
        var table = new Table().Border(TableBorder.Simple)
            .Title("Cost–dependence frontier" + (png is null ? "" : " (plotted to " + png + ")"));
        table.AddColumn(new TableColumn("cap").RightAligned());
        table.AddColumn(new TableColumn("least cost (US$)").RightAligned());
        foreach (var p in frontier)
        {
            table.AddRow(Pct(p.Cap),
            p.Feasible ? p.CostUsd is { } v ? PlanCommand.Num(v) : "feasible, cost unknown" : "no feasible plan");
        }
        console.Write(table);
    }

    private static string Pct(double share) => (share * 100).ToString("0.#", CultureInfo.InvariantCulture) + " %";

    /// <summary>Stock keeps its origin: the largest amount each lot held, and the supplier's own content units at their peak.</summary>
    private static void StockLine(IAnsiConsole console, MarketPlan market)
    {
        var lots = market.Quarters.SelectMany(q => q.Lots).GroupBy(l => l.Lot, StringComparer.Ordinal)
            .Select(g => (Lot: g.Key, Peak: g.Max(l => l.Level + l.Release))).Where(x => x.Peak > 0).ToList();
        if (lots.Count == 0)
        {
            return;
        }
        var concern = market.Quarters.Max(q => q.StockConcernUnits);
        console.MarkupLine(Markup.Escape($"Stock by lot (each keeps its origin's content): {string.Join(", ", lots.Select(l => l.Lot + " up to " + PlanCommand.Num(l.Peak) + " " + market.Unit))}; "
            + $"{market.Concern.Code} content held in stock at most {PlanCommand.Num(concern)} {market.Unit}."));
    }

    private static string Money(double? usd) => usd is { } v ? "US$ " + PlanCommand.Num(v) : "unknown";
}
