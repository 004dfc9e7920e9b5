using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Lodestone.Cli.Commands.Cluster;
using Lodestone.Cli.Commands.Simulate;
using Lodestone.Cli.Infrastructure;
using Lodestone.Cluster;
using Lodestone.Cluster.Hosting;
using Lodestone.Domain.Errors;
using Lodestone.Simulation.Scenarios;
using Lodestone.Simulation.Sweeps;

namespace Lodestone.Cli.Commands.Sweep;

/// <summary><c>lodestone sweep FILE.yaml</c>: every scenario × commodity × runs × seed of a sweep file, and every
/// scenario × plan × runs × seed
/// (a plan's robustness replay), in-process or on a cluster.</summary>
internal static class SweepCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("sweep") { Description = "A sweep YAML file: scenarios, commodities, runs, seeds (docs/simulation.md, \"Sweeps\")" };
        var threads = new Option<int>("--threads") { Description = "Worker threads when running in-process (default: one per core); the result does not depend on it", DefaultValueFactory = _ => -1 };
        var connection = ClusterOptions.Connection();
        var clusterId = ClusterOptions.Id();
        var inFlight = new Option<int?>("--in-flight") { Description = "Work items sent to the cluster at once (default: 4 per silo gateway)" };
        var responseTimeout = new Option<int>("--item-timeout") { Description = "Seconds a work item may take on a silo before it is sent again", DefaultValueFactory = _ => 60 };
        var progress = new Option<bool>("--progress") { Description = "Print 'sweep: DONE/TOTAL runs' to standard error as work items complete" };
        var format = FormatOption.Create(OutputFormat.Table, OutputFormat.Json);
        var command = new Command("sweep", "Run a sweep of Monte Carlo simulations (scenarios × commodities × runs × seeds) and plan replays (scenarios × plans × runs × seeds); "
            + "each figure equals `simulate` (or `plan --robustness`) with the same seed.");
        command.Arguments.Add(file);
        command.Options.Add(threads);
        command.Options.Add(connection);
        command.Options.Add(clusterId);
        command.Options.Add(inFlight);
        command.Options.Add(responseTimeout);
        command.Options.Add(progress);
        command.Options.Add(format);
        command.SetAction(async (ParseResult r, CancellationToken ct) =>
        {
            var sweep = SimulationInputs.Guard(() => SweepReader.ReadFile(r.GetValue(file)!));
            var data = await context.OpenDataset(r.GetValue(LodestoneApp.Db), ct);
            var models = new SweepModels(SimulationInputs.Library, data);
            var cluster = ClusterOptions.Resolve(r.GetValue(connection), r.GetValue(clusterId)!);
            if (r.GetValue(inFlight) is { } n && n is < 1 or > 10_000)
            {
                throw new LodestoneException(ErrorCode.BadArguments, "--in-flight must be 1–10,000");
            }
            if (r.GetValue(responseTimeout) is < 1 or > 86_400)
            {
                throw new LodestoneException(ErrorCode.BadArguments, "--item-timeout must be 1–86,400 seconds");
            }
            // Each plan is solved once, here: the planner (OR-Tools) runs in this process, its replays on the workers.
            var plans = SimulationInputs.Guard(() => SweepPlans.Solve(data, sweep, context.Today, shippedOnly: false, ct));
            var total = sweep.TotalRuns();
            Action<long>? reportProgress = r.GetValue(progress)
                ? done => context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"sweep: {done}/{total} runs"))
                : null;
            Task<SweepReport> RunOn(IBlockRangeExecutor executor) =>
                Run(() => SweepRunner.RunAsync(sweep, models, executor, reportProgress, ct, plans));
            var (report, how) = cluster is null
                ? await InProcess(RunOn, r.GetValue(threads))
                : await OnCluster(context, cluster, r.GetValue(responseTimeout), r.GetValue(inFlight), RunOn, ct);
            if (r.GetValue(format) == OutputFormat.Json)
            {
                // The JSON holds the figures only (identical wherever they ran); how they ran goes to standard error.
                await context.Error.WriteLineAsync("sweep: " + how);
                JsonOutput.Write(context.Out, report);
            }
            else
            {
                SweepRenderer.Write(context.Console, report, how);
            }
            return 0;
        });
        return command;
    }

    /// <summary>The sweep in this process, timed.</summary>
    private static async Task<(SweepReport Report, string How)> InProcess(
        Func<IBlockRangeExecutor, Task<SweepReport>> run, int threads)
    {
        var clock = Stopwatch.StartNew();
        var report = await run(new InProcessExecutor(threads));
        var how = string.Create(CultureInfo.InvariantCulture, $"in-process, {clock.Elapsed.TotalSeconds:0.00} s");
        return (report, how);
    }

    /// <summary>The sweep on a cluster, timed from when the client is connected (connecting is not the sweep's work);
    /// by default four work items in flight per silo gateway.</summary>
    private static async Task<(SweepReport Report, string How)> OnCluster(CliContext context, ClusterSettings cluster,
        int timeoutSeconds, int? inFlight, Func<IBlockRangeExecutor, Task<SweepReport>> run, CancellationToken ct)
    {
        await using var client = await ClusterClient.ConnectAsync(cluster, TimeSpan.FromSeconds(timeoutSeconds), ct);
        var gateways = await client.GatewayCountAsync();
        var clock = Stopwatch.StartNew();
        var executor = new ClusterExecutor(client.Client, inFlight ?? Math.Max(2, 4 * gateways))
        {
            OnRetry = message => context.Error.WriteLine("sweep: retrying " + message),
        };
        var report = await run(executor);
        return (report, string.Create(CultureInfo.InvariantCulture,
            $"cluster {cluster.ClusterId} ({gateways} gateways at start), {clock.Elapsed.TotalSeconds:0.00} s, "
            + $"{executor.BytesReceived:N0} bytes of block ranges received, {executor.Retries} work items sent again"));
    }

    /// <summary>Scenario errors (file, line, field) and a work item no silo can run become a one-line CLI error, as in
    /// <c>simulate</c>.</summary>
    private static async Task<SweepReport> Run(Func<Task<SweepReport>> run)
    {
        try
        {
            return await run();
        }
        catch (ScenarioException e)
        {
            throw new LodestoneException(ErrorCode.InvalidData, e.Message);
        }
        catch (Lodestone.Cluster.Grains.SweepRangeException e)
        {
            throw new LodestoneException(ErrorCode.InvalidData, e.Message);
        }
    }
}
