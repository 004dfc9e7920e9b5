using Lodestone.Cluster.Membership;
using Lodestone.Simulation.Sweeps;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;

namespace Lodestone.Cluster.Hosting;

/// <summary>Builds a silo that runs sweep work items: PostgreSQL membership (ADO.NET provider, schema applied first), the given endpoint,
/// and the sweep models compiled from this machine's dataset and scenarios.</summary>
public static class SiloHost
{
    public static async Task<IHost> StartAsync(ClusterSettings cluster, SiloEndpoint endpoint, SweepModels models, CancellationToken cancellationToken = default)
    {
        await ClusterSchema.EnsureAsync(cluster.ConnectionString, cancellationToken);
        var builder = Host.CreateApplicationBuilder();
        Logs.ToStandardError(builder.Logging);
        builder.Services.AddSingleton(models);
        builder.UseOrleans(silo =>
        {
            silo.UseAdoNetClustering(o =>
            {
                o.Invariant = "Npgsql";
                o.ConnectionString = cluster.ConnectionString;
            });
            silo.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = cluster.ClusterId;
                o.ServiceId = cluster.ServiceId;
            });
            silo.Configure<ClusterMembershipOptions>(FailureDetection.Configure);
            silo.ConfigureEndpoints(endpoint.Address, endpoint.SiloPort, endpoint.GatewayPort);
        });
        var host = builder.Build();
        await host.StartAsync(cancellationToken);
        return host;
    }
}
