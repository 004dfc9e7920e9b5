using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Lodestone.Cli.Commands.Simulate;
using Lodestone.Cli.Infrastructure;
using Lodestone.Cluster;
using Lodestone.Cluster.Hosting;
using Lodestone.Domain.Errors;
using Lodestone.Domain.KnowledgeBase;
using Lodestone.Simulation.Scenarios;
using Lodestone.Simulation.Sweeps;
using Lodestone.Web.Contracts;
using Lodestone.Web.Sweeps;

namespace Lodestone.Cli.Commands.Sweep;

/// <summary>Runs a server's sweep jobs in the <c>lodestone serve</c> process: as <c>lodestone sweep</c> does, on the
/// cluster named at start
/// (the server is then an Orleans client of it) or in-process, and stores the <c>--format json</c> document byte for
/// byte.</summary>
/// <remarks>A sweep submitted through the API names shipped scenarios only: the reader would take any other name as a
/// path, and a caller
/// must not make the server read its files. How each sweep ran goes to standard error, as <c>sweep --format json</c>
/// writes it.</remarks>
/// <param name="cluster">The cluster to run on; null: in-process, on all cores.</param>
/// <param name="itemTimeout">How long a work item may take on a silo before it is sent again (as <c>sweep
/// --item-timeout</c>).</param>
/// <param name="log">Where the line saying how a sweep ran goes.</param>
internal sealed class SweepJobRunner(ClusterSettings? cluster, TimeSpan itemTimeout, TextWriter log) : ISweepRunner
{
    /// <remarks>A sweep with plans has its <c>as_of</c> (<see cref="Read"/> requires it); without plans the day is not
    /// read.</remarks>
    public void Check(Dataset dataset, SweepJobRequestDto request)
    {
        var sweep = Read(request);
        SimulationInputs.Guard(() =>
        {
            SweepPlans.Check(dataset, sweep, sweep.AsOf.GetValueOrDefault(), shippedOnly: true);
            return 0;
        });
    }

    public async Task<string> RunAsync(Dataset dataset, SweepJobRequestDto request, Action<double> progress, CancellationToken cancellationToken)
    {
        var sweep = Read(request);
        var models = new SweepModels(SimulationInputs.Library, dataset);
        var plans = SimulationInputs.Guard(() => SweepPlans.Solve(dataset, sweep, sweep.AsOf.GetValueOrDefault(), shippedOnly: true, cancellationToken));
        var total = (double)sweep.TotalRuns();
        void Report(long done) => progress(done / total);
        var clock = Stopwatch.StartNew();
        SweepReport report;
        string how;
        try
        {
            if (cluster is null)
            {
                report = await SweepRunner.RunAsync(sweep, models, new InProcessExecutor(-1), Report, cancellationToken, plans);
                how = "in-process";
            }
            else
            {
                await using var client = await ClusterClient.ConnectAsync(cluster, itemTimeout, cancellationToken);
                var gateways = await client.GatewayCountAsync();
                var executor = new ClusterExecutor(client.Client, Math.Max(2, 4 * gateways));
                report = await SweepRunner.RunAsync(sweep, models, executor, Report, cancellationToken, plans);
                how = string.Create(CultureInfo.InvariantCulture,
                    $"cluster {cluster.ClusterId} ({gateways} gateways at start), {executor.BytesReceived:N0} bytes of block ranges received, {executor.Retries} work items sent again");
            }
        }
        catch (ScenarioException e)
        {
            throw new LodestoneException(ErrorCode.InvalidData, e.Message);
        }
        catch (Lodestone.Cluster.Grains.SweepRangeException e)
        {
            throw new LodestoneException(ErrorCode.InvalidData, e.Message);
        }
        await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"sweep {sweep.Name}: {how}, {clock.Elapsed.TotalSeconds:0.00} s"));
        return JsonSerializer.Serialize(report, JsonOutput.Options);
    }

    private static SweepFile Read(SweepJobRequestDto request)
    {
        var sweep = SimulationInputs.Guard(() => SweepReader.ReadText(request.SweepYaml ?? "", "sweep_yaml"));
        var shipped = SimulationInputs.Library;
        foreach (var name in sweep.Scenarios)
        {
            var bare = name.EndsWith(".yaml", StringComparison.Ordinal) ? name[..^".yaml".Length] : name;
            if (!shipped.Contains(bare))
            {
                throw new LodestoneException(ErrorCode.NotFound,
                    $"sweep_yaml: scenarios: '{name}' is not a shipped scenario (one of: {string.Join(", ", shipped.Names())}); a sweep sent to the server names shipped scenarios only");
            }
        }
        if (sweep.Plans.Count > 0 && sweep.AsOf is null)
        {
            throw new LodestoneException(ErrorCode.BadArguments,
                "sweep_yaml: as_of: required when a sweep sent to the server names plans (the day they are made on: a job run again after midnight must plan on the same day)");
        }
        return sweep;
    }
}
