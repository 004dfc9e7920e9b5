using System.CommandLine;
using Lodestone.Cluster.Hosting;
using Lodestone.Data.Storage;
using Lodestone.Domain.Errors;

namespace Lodestone.Cli.Commands.Cluster;

/// <summary>The options that name a cluster (<c>--cluster</c>, <c>--cluster-id</c>), shared by <c>silo</c> and <c>sweep</c>.</summary>
internal static class ClusterOptions
{
    /// <summary>Consulted when <c>--cluster</c> is not given.</summary>
    public const string EnvironmentVariable = "LODESTONE_CLUSTER";

    public static Option<string?> Connection() => new("--cluster")
    {
        Description = $"PostgreSQL database holding the cluster's membership (postgres://user@host:port/db or Host=…;Database=…; default {EnvironmentVariable})",
    };

    public static Option<string> Id() => new("--cluster-id")
    {
        Description = "Silos and clients with the same id form one cluster",
        DefaultValueFactory = _ => ClusterSettings.DefaultClusterId,
    };

    /// <summary>The cluster named by the options or the environment, or null when none is (the sweep then runs in-process).</summary>
    public static ClusterSettings? Resolve(string? connection, string clusterId)
    {
        var text = connection is { Length: > 0 } ? connection : Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        StoreTarget target;
        try
        {
            target = StoreTarget.Resolve(text);
        }
        catch (ArgumentException e)
        {
            throw new LodestoneException(ErrorCode.BadArguments, "--cluster: " + e.Message);
        }
        return target.Backend == StoreBackend.Postgres
            ? new ClusterSettings(target.Location, clusterId)
            : throw new LodestoneException(ErrorCode.BadArguments, "--cluster must name a PostgreSQL database (postgres://… or Host=…;Database=…)");
    }
}
