using Lodestone.Simulation.MonteCarlo;
using Lodestone.Simulation.Replays;
using Lodestone.Simulation.Scenarios;
using Lodestone.Simulation.Sweeps;
using Orleans.Concurrency;

namespace Lodestone.Cluster.Grains;

/// <summary>The silo side of a work item: compiles the cell's model (once per silo), checks its fingerprint against the
/// sender's, runs
/// the range on one thread off the grain scheduler and returns <see cref="MonteCarloPartial.ToBytes"/>.</summary>
/// <remarks>A stateless worker is activated on the silo that receives the call (the client's gateway for this key), so
/// a sweep's
/// distinct keys spread its items over the gateways; one thread per item, the client keeps about two items per core in
/// flight.</remarks>
[StatelessWorker]
internal sealed class SweepRangeGrain(SweepModels models) : Grain, ISweepRangeGrain
{
    public Task<byte[]> Run(RangeRequest request) =>
        Task.Run(() => request.PlanJson is null ? RunCell(request) : RunReplay(request));

    private byte[] RunCell(RangeRequest request)
    {
        SweepModels.Compiled compiled;
        try
        {
            compiled = models.Compile(new ScenarioSource(request.Scenario, request.ScenarioYaml), request.Commodity, request.Horizon);
        }
        catch (ScenarioException e)
        {
            throw new SweepRangeException($"silo {RuntimeIdentity}: {e.Message}");
        }
        if (compiled.Model is null || compiled.Fingerprint != request.Fingerprint)
        {
            throw new SweepRangeException($"silo {RuntimeIdentity} compiles scenario {request.Scenario} ({request.Commodity ?? "all commodities"}) to another model "
                + $"(fingerprint {compiled.Fingerprint ?? "none"}, the sweep's {request.Fingerprint}): its dataset, scenarios or arithmetic differ");
        }
        var options = new MonteCarloOptions(request.Runs, request.Seed, MaxThreads: 1);
        return MonteCarloRunner.RunBlocks(compiled.Model, options, request.FirstBlock, request.BlockCount).ToBytes();
    }

    /// <summary>A range of a plan cell: the plan the client solved, replayed here under the scenario read
    /// here.</summary>
    private byte[] RunReplay(RangeRequest request)
    {
        SweepModels.CompiledReplay compiled;
        try
        {
            var source = new ScenarioSource(request.Scenario, request.ScenarioYaml);
            compiled = models.CompileReplay(source, request.PlanJson!);
        }
        catch (Exception e) when (e is ScenarioException or System.Text.Json.JsonException)
        {
            throw new SweepRangeException($"silo {RuntimeIdentity}: {e.Message}");
        }
        if (compiled.Fingerprint != request.Fingerprint)
        {
            throw new SweepRangeException(
                $"silo {RuntimeIdentity} compiles the replay of a plan under scenario {request.Scenario} to another model "
                + $"(fingerprint {compiled.Fingerprint}, the sweep's {request.Fingerprint}): its dataset, scenarios or "
                + "arithmetic differ");
        }
        return ReplayRunner.RunBlocks(compiled.Model, request.Seed, request.Runs, request.FirstBlock, request.BlockCount)
            .ToBytes();
    }
}
