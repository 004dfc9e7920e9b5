using System.Globalization;
using Lodestone.Cli.Commands.Plan;
using Lodestone.Domain.Errors;
using Lodestone.Domain.KnowledgeBase;
using Lodestone.Optimization.Specs;
using Lodestone.Robustness;
using Lodestone.Simulation.Scenarios;
using Lodestone.Simulation.Sweeps;

namespace Lodestone.Cli.Commands.Sweep;

/// <summary>A sweep's plans, checked and solved once each in this process (it carries the planner; the simulation
/// library and the
/// silos do not): the same checks, build and solve as <c>lodestone plan</c> with the entry's options, on the sweep's
/// <c>as_of</c> day.</summary>
/// <remarks>An error names the sweep file, the entry's line and field (<c>plans[1].cap</c>); a plan file's own errors
/// name that file.</remarks>
internal static class SweepPlans
{
    /// <summary>Checks every plan entry (names, options, plan files) without solving.</summary>
    /// <param name="shippedOnly">Refuse paths (a server's sweep jobs name shipped plans only).</param>
    public static void Check(Dataset dataset, SweepFile sweep, DateOnly today, bool shippedOnly)
    {
        foreach (var entry in sweep.Plans)
        {
            PlanComputation.Prepare(dataset, sweep.AsOf ?? today, Arguments(sweep, entry, shippedOnly));
        }
    }

    /// <summary>Every plan of <paramref name="sweep"/>, solved, in the file's order.</summary>
    public static IReadOnlyList<SolvedSweepPlan> Solve(
        Dataset dataset, SweepFile sweep, DateOnly today, bool shippedOnly, CancellationToken cancellationToken)
    {
        var solved = new List<SolvedSweepPlan>();
        foreach (var entry in sweep.Plans)
        {
            var prepared = PlanComputation.Prepare(dataset, sweep.AsOf ?? today, Arguments(sweep, entry, shippedOnly));
            var (built, result, _) = PlanComputation.Solve(dataset, prepared, cancellationToken);
            var commodity = built.Problem.Markets.FirstOrDefault()?.Commodity;
            solved.Add(result.IsFeasible
                ? new SolvedSweepPlan(entry.Plan, commodity, ReplayPlans.From(built.Problem, result), null)
                : new SolvedSweepPlan(entry.Plan, commodity, null,
                    "robustness not evaluated: there is no feasible plan to replay "
                    + $"(status {result.Status.ToString().ToLowerInvariant()})"));
        }
        return solved;
    }

    private static PlanArguments Arguments(SweepFile sweep, SweepPlanEntry entry, bool shippedOnly)
    {
        string Field(string option)
        {
            var key = option.Replace('-', '_');
            return string.Create(CultureInfo.InvariantCulture, $"{sweep.File}:{entry.LineOf(key)}: {entry.Field(key)}");
        }
        string? Text(string key) => entry.Options.TryGetValue(key, out var o) ? o.Value : null;
        T? Parse<T>(string key, string expected, Func<string, T?> parse)
            where T : struct =>
            Text(key) is not { } text ? null
            : parse(text)
                ?? throw new LodestoneException(ErrorCode.InvalidData,
                    $"{Field(key)}: expected {expected}, got '{text}'");
        static double? Number(string t) =>
            double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null;
        var cap = Parse("cap", "a share 0–1", Number);
        var budget = Parse("budget", "an amount in USD", Number);
        var quarters = Parse("quarters", "a whole number",
            t => int.TryParse(t, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) ? i : (int?)null);
        var partners = Parse("partners_only", "true or false", t => bool.TryParse(t, out var b) ? b : (bool?)null);
        var every = Parse("every_country", "true or false", t => bool.TryParse(t, out var b) ? b : (bool?)null);
        var file = PlanFile(sweep, entry, shippedOnly);
        return new PlanArguments(
            Text("importer"), Text("supplier"), Text("commodity"), Text("stage"), cap, Text("by"), budget,
            partners ?? false, Text("basis"), every ?? false, Text("content"), quarters, file, null, null, null, Field);
    }

    /// <summary>The entry's plan file: an existing YAML path (unless <paramref name="shippedOnly"/>), else a shipped
    /// plan's name.</summary>
    private static string PlanFile(SweepFile sweep, SweepPlanEntry entry, bool shippedOnly)
    {
        if (!shippedOnly && File.Exists(entry.Plan))
        {
            return entry.Plan;
        }
        var name = entry.Plan.EndsWith(".yaml", StringComparison.Ordinal) ? entry.Plan[..^".yaml".Length] : entry.Plan;
        var directory = PlanFiles.DefaultDirectory;
        var shipped = Directory.Exists(directory)
            ? Directory.GetFiles(directory, "*.yaml").Select(Path.GetFileNameWithoutExtension)
                .Order(StringComparer.Ordinal).ToList()
            : [];
        if (shipped.Contains(name, StringComparer.Ordinal))
        {
            return Path.Combine(directory, name + ".yaml");
        }
        if (shippedOnly)
        {
            var where = string.Create(CultureInfo.InvariantCulture, $"{sweep.File}:{entry.Line}: {entry.Field()}");
            throw new LodestoneException(ErrorCode.NotFound, $"{where}: '{entry.Plan}' is not a shipped plan (one of: "
                + $"{string.Join(", ", shipped)}); a sweep sent to the server names shipped plans only");
        }
        throw new ScenarioException(sweep.File, entry.Line, entry.Field(),
            $"'{entry.Plan}' is neither a plan YAML file nor a shipped plan (one of: {string.Join(", ", shipped)})");
    }
}
