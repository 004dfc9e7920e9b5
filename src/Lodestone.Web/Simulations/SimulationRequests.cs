using Lodestone.Domain.Errors;
using Lodestone.Domain.KnowledgeBase;
using Lodestone.Simulation.Scenarios;
using Lodestone.Simulation.Sensitivity;
using Microsoft.AspNetCore.Http;

namespace Lodestone.Web.Simulations;

/// <summary>Checks a simulation request (API body or dashboard form) and compiles its scenario before anything is queued.</summary>
/// <remarks>
/// Compiling up front means a bad scenario is answered at once with its file, line and field, and a queued job can only
/// fail for reasons outside the request (shutdown, a bug). Bounds: runs 1–<see cref="MaxRuns"/> (the CLI allows ten million;
/// a shared server keeps a job under a few seconds), horizon 1–<see cref="MaxHorizon"/> months as the CLI's <c>--horizon</c>.
/// </remarks>
internal static class SimulationRequests
{
    public const int DefaultRuns = 1000;
    public const int MaxRuns = 50_000;
    public const int MaxHorizon = 240;
    public const ulong DefaultSeed = 1;

    /// <summary>Checks <paramref name="ask"/> and compiles its scenario; with <c>Sensitivity</c>, resolves its headline against the compiled horizon
    /// (<see cref="SensitivityHeadline.TryResolve"/>, as the CLI's <c>--sensitivity-metric</c> and <c>--sensitivity-month</c>).</summary>
    public static bool TryPlan(ScenarioLibrary library, Dataset dataset, SimulationAsk ask, out SimulationPlan? plan, out SimulationRejection? rejection)
    {
        plan = null;
        var (scenario, scenarioYaml, runs, seed, horizonMonths) = (ask.Scenario, ask.ScenarioYaml, ask.Runs, ask.Seed, ask.HorizonMonths);
        var n = runs ?? DefaultRuns;
        var errors = BoundsErrors(ask, n);
        if (errors.Count > 0)
        {
            rejection = new SimulationRejection(ErrorCode.BadArguments, StatusCodes.Status400BadRequest, errors);
            return false;
        }
        if (scenario is not null && !library.Contains(scenario))
        {
            rejection = new SimulationRejection(ErrorCode.NotFound, StatusCodes.Status404NotFound, new Dictionary<string, string[]>
            {
                ["scenario"] = [$"no shipped scenario '{scenario}' (one of: {string.Join(", ", library.Names())})"],
            });
            return false;
        }
        try
        {
            var definition = scenario is not null ? library.ReadShipped(scenario) : library.ReadUpload(scenarioYaml!);
            var model = ScenarioCompiler.Compile(definition, dataset, library.Compile(dataset, horizonMonths));
            SensitivityHeadline? headline = null;
            if (ask.Sensitivity)
            {
                headline = SensitivityHeadline.TryResolve(ask.SensitivityMetric, ask.SensitivityMonth, model.Horizon, out var metricError, out var monthError);
                if (headline is null)
                {
                    rejection = new SimulationRejection(ErrorCode.BadArguments, StatusCodes.Status400BadRequest, metricError is not null
                        ? new Dictionary<string, string[]> { ["sensitivity_metric"] = ["sensitivity_metric " + metricError] }
                        : new Dictionary<string, string[]> { ["sensitivity_month"] = ["sensitivity_month " + monthError] });
                    return false;
                }
            }
            plan = new SimulationPlan(model, n, seed ?? DefaultSeed, scenario is null, scenario, scenarioYaml, horizonMonths, headline);
            rejection = null;
            return true;
        }
        catch (ScenarioException e)
        {
            rejection = new SimulationRejection(ErrorCode.InvalidData, StatusCodes.Status400BadRequest, new Dictionary<string, string[]>
            {
                [scenario is null ? "scenario_yaml" : "scenario"] = [e.Message],
            });
            return false;
        }
    }

    /// <summary>The request's shape and bounds, by field: exactly one scenario source, <paramref name="runs"/> within
    /// 1–<see cref="MaxRuns"/>, horizon within 1–<see cref="MaxHorizon"/>, YAML within its length.</summary>
    private static Dictionary<string, string[]> BoundsErrors(SimulationAsk ask, int runs)
    {
        var errors = new Dictionary<string, string[]>();
        if ((ask.Scenario is null) == (ask.ScenarioYaml is null))
        {
            errors["scenario"] = ["give exactly one of scenario (the name of a shipped scenario) or scenario_yaml (scenario text)"];
        }
        if (runs is < 1 or > MaxRuns)
        {
            errors["runs"] = [$"runs must be between 1 and {MaxRuns} (got {runs})"];
        }
        if (ask.HorizonMonths is < 1 or > MaxHorizon)
        {
            errors["horizon_months"] = [$"horizon_months must be between 1 and {MaxHorizon} (got {ask.HorizonMonths})"];
        }
        if (ask.ScenarioYaml is { Length: > ScenarioLibrary.MaxYamlLength })
        {
            errors["scenario_yaml"] = [$"scenario_yaml must be at most {ScenarioLibrary.MaxYamlLength} characters"];
        }
        return errors;
    }
}
