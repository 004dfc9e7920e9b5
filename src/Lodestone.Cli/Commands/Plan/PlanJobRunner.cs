using System.Globalization;
using System.Text.Json;
using Lodestone.Cli.Infrastructure;
using Lodestone.Domain.Errors;
using Lodestone.Domain.KnowledgeBase;
using Lodestone.Optimization.Specs;
using Lodestone.Robustness;
using Lodestone.Simulation.Scenarios;
using Lodestone.Web.Contracts;
using Lodestone.Web.Plans;

namespace Lodestone.Cli.Commands.Plan;

/// <summary>Runs a server's plan-robustness jobs in the <c>lodestone serve</c> process, which carries the planner (OR-Tools) the web app
/// does not: the same checks, build, solve and replay as <c>lodestone plan --robustness N</c>, and its JSON document byte for byte.</summary>
/// <remarks>Only shipped plans and scenarios are named (no paths: a caller must not make the server read its files).</remarks>
internal sealed class PlanJobRunner(TimeProvider clock) : IPlanRunner
{
    /// <summary>Robustness runs when a request names none (the claims route's default too).</summary>
    public const int DefaultRuns = 2_000;

    public PlanJobRequestDto Check(Dataset dataset, PlanJobRequestDto request)
    {
        var filled = request with
        {
            Robustness = request.Robustness ?? DefaultRuns,
            RobustnessSeed = request.RobustnessSeed ?? 1,
            RobustnessScenario = request.RobustnessScenario ?? ScenarioRobustnessEvaluator.DefaultScenario,
            AsOf = request.AsOf ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        PlanComputation.Prepare(dataset, AsOf(filled), Arguments(filled));
        return filled;
    }

    public string Run(Dataset dataset, PlanJobRequestDto request, CancellationToken cancellationToken)
    {
        var (built, result, skipped) = PlanComputation.Solve(dataset, PlanComputation.Prepare(dataset, AsOf(request), Arguments(request)), cancellationToken);
        return JsonSerializer.Serialize(PlanJson.From(built, result, null, null, skipped), JsonOutput.Options);
    }

    private static DateOnly AsOf(PlanJobRequestDto request) =>
        DateOnly.TryParseExact(request.AsOf, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw new LodestoneException(ErrorCode.BadArguments, $"as_of: '{request.AsOf}' is not a date of the form YYYY-MM-DD");

    private static PlanArguments Arguments(PlanJobRequestDto r) => new(
        r.Importer, r.Supplier, r.Commodity, r.Stage, r.Cap, r.By, r.Budget, r.PartnersOnly ?? false, r.Basis, r.EveryCountry ?? false, r.Content,
        r.Quarters, r.Plan is null ? null : Shipped("plan", r.Plan, PlanFiles.DefaultDirectory),
        r.Robustness, r.RobustnessSeed, r.RobustnessScenario is null ? null : Shipped("robustness_scenario", r.RobustnessScenario, ScenarioPaths.DefaultDirectory),
        name => name.Replace('-', '_'));

    /// <summary>The path of the shipped file <paramref name="name"/>.yaml in <paramref name="directory"/>; a name that is a path, or
    /// names no shipped file, is refused.</summary>
    private static string Shipped(string field, string name, string directory)
    {
        var shipped = Directory.Exists(directory)
            ? Directory.GetFiles(directory, "*.yaml").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal).ToList()
            : [];
        return shipped.Contains(name, StringComparer.Ordinal)
            ? Path.Combine(directory, name + ".yaml")
            : throw new LodestoneException(ErrorCode.NotFound, $"{field}: '{name}' is not a shipped name (one of: {string.Join(", ", shipped)})");
    }
}
