using System.CommandLine;
using System.Globalization;
using System.Net;
using Lodestone.Cli.Commands.Simulate;
using Lodestone.Cli.Infrastructure;
using Lodestone.Cluster.Hosting;
using Lodestone.Domain.Errors;
using Lodestone.Simulation.Sweeps;
using Microsoft.Extensions.Hosting;

namespace Lodestone.Cli.Commands.Cluster;

/// <summary><c>lodestone silo</c>: an Orleans silo that runs sweep work items until Ctrl-C or SIGTERM.</summary>
internal static class SiloCommand
{
    public static Command Create(CliContext context)
    {
        var connection = ClusterOptions.Connection();
        var clusterId = ClusterOptions.Id();
        var address = new Option<string>("--address") { Description = "IP address to listen on and advertise to the cluster", DefaultValueFactory = _ => "127.0.0.1" };
        var port = new Option<int>("--port") { Description = "Silo-to-silo port", DefaultValueFactory = _ => 11111 };
        var gatewayPort = new Option<int>("--gateway-port") { Description = "Port where clients (`sweep --cluster`) connect", DefaultValueFactory = _ => 30000 };
        var format = FormatOption.Create(OutputFormat.Table, OutputFormat.Json);
        var command = new Command("silo", "Run an Orleans silo that executes `sweep --cluster` work items (membership in PostgreSQL) until Ctrl-C.");
        command.Options.Add(connection);
        command.Options.Add(clusterId);
        command.Options.Add(address);
        command.Options.Add(port);
        command.Options.Add(gatewayPort);
        command.Options.Add(format);
        command.SetAction(async (ParseResult r, CancellationToken ct) =>
        {
            var cluster = ClusterOptions.Resolve(r.GetValue(connection), r.GetValue(clusterId)!)
                ?? throw new LodestoneException(ErrorCode.BadArguments, $"silo needs --cluster (or {ClusterOptions.EnvironmentVariable}): the PostgreSQL database of the membership table");
            var endpoint = Endpoint(r.GetValue(address), r.GetValue(port), r.GetValue(gatewayPort));
            var data = await context.OpenDataset(r.GetValue(LodestoneApp.Db), ct);
            var host = await SiloHost.StartAsync(cluster, endpoint, new SweepModels(SimulationInputs.Library, data), ct);
            try
            {
                var where = string.Create(CultureInfo.InvariantCulture, $"{endpoint.Address}:{endpoint.SiloPort}");
                if (r.GetValue(format) == OutputFormat.Json)
                {
                    JsonOutput.Write(context.Out, new { Silo = where, Gateway = endpoint.GatewayPort, ClusterId = cluster.ClusterId });
                }
                else
                {
                    Spectre.Console.AnsiConsoleExtensions.MarkupLine(context.Console, $"Silo {where} (gateway {endpoint.GatewayPort}) joined cluster {Spectre.Console.Markup.Escape(cluster.ClusterId)}; Ctrl-C to leave.");
                }
                await context.Out.FlushAsync(CancellationToken.None);
                try
                {
                    // The host's console lifetime stops it on SIGTERM (and Ctrl-C); the token covers a caller that cancels.
                    await host.WaitForShutdownAsync(ct);
                }
                catch (OperationCanceledException)
                {
                    // Cancelled: leave the cluster cleanly below.
                }
            }
            finally
            {
                using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(30));
                await host.StopAsync(stop.Token);
                host.Dispose();
            }
            return 0;
        });
        return command;
    }

    /// <summary>The silo's endpoint from <c>--address</c>, <c>--port</c> and <c>--gateway-port</c>: an IP address and
    /// two ports within 1–65535.</summary>
    private static SiloEndpoint Endpoint(string? address, int port, int gatewayPort)
    {
        if (!IPAddress.TryParse(address, out var ip))
        {
            throw new LodestoneException(ErrorCode.BadArguments, $"--address must be an IP address, got '{address}'");
        }
        foreach (var (name, value) in new[] { ("--port", port), ("--gateway-port", gatewayPort) })
        {
            if (value is < 1 or > 65535)
            {
                throw new LodestoneException(ErrorCode.BadArguments, $"{name} must be 1–65535");
            }
        }
        return new SiloEndpoint(ip, port, gatewayPort);
    }
}
