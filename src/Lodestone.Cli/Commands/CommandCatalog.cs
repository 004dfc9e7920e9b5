using System.CommandLine;
using Lodestone.Cli.Commands.Claims;
using Lodestone.Cli.Commands.Data;
using Lodestone.Cli.Commands.Events;
using Lodestone.Cli.Commands.News;
using Lodestone.Cli.Infrastructure;

namespace Lodestone.Cli.Commands;

/// <summary>Every top-level command, in the order `lodestone --help` lists them. One line per command.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> All(CliContext context)
    {
        yield return Brief.BriefCommand.Create(context);
        yield return Minerals.MineralsCommand.Create(context);
        yield return Minerals.MineralCommand.Create(context);
        yield return Countries.CountryCommand.Create(context);
        yield return DataCommand.Create(context);
        yield return Exposure.ExposureCommand.Create(context);
        yield return Risk.RiskCommand.Create(context);
        yield return Trade.TradeCommand.Create(context);
        yield return Sources.SourcesCommand.Create(context);
        yield return Scenarios.ScenariosCommand.Create(context);
        yield return Simulate.SimulateCommand.Create(context);
        yield return Sweep.SweepCommand.Create(context);
        yield return Cluster.SiloCommand.Create(context);
        yield return Plan.PlanCommand.Create(context);
        yield return NewsCommand.Create(context);
        yield return EventsCommand.Create(context);
        yield return ClaimsCommand.Create(context);
        yield return Backtest.BacktestCommand.Create(context);
        yield return Watch.WatchCommand.Create(context);
        yield return Serve.ServeCommand.Create(context);
    }
}
