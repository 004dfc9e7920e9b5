using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;
using Orleans.Messaging;

namespace Lodestone.Cluster.Hosting;

/// <summary>A connection to a cluster as a client (no grains of its own): finds the gateways in the membership table.</summary>
public sealed class ClusterClient : IAsyncDisposable
{
    private readonly IHost _host;

    private ClusterClient(IHost host)
    {
        _host = host;
        Client = host.Services.GetRequiredService<IClusterClient>();
    }

    public IClusterClient Client { get; }

    /// <summary>Gateways the client currently knows (alive silos listed in the membership table).</summary>
    public async Task<int> GatewayCountAsync() =>
        (await _host.Services.GetRequiredService<IGatewayListProvider>().GetGateways()).Count;

    /// <param name="responseTimeout">How long a call may take before it is failed (and its work item sent again).</param>
    public static async Task<ClusterClient> ConnectAsync(ClusterSettings cluster, TimeSpan responseTimeout, CancellationToken cancellationToken = default)
    {
        var builder = Host.CreateApplicationBuilder();
        Logs.ToStandardError(builder.Logging);
        builder.UseOrleansClient(client =>
        {
            client.UseAdoNetClustering(o =>
            {
                o.Invariant = "Npgsql";
                o.ConnectionString = cluster.ConnectionString;
            });
            client.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = cluster.ClusterId;
                o.ServiceId = cluster.ServiceId;
            });
            client.Configure<GatewayOptions>(o => o.GatewayListRefreshPeriod = TimeSpan.FromSeconds(2));
            client.Configure<ClientMessagingOptions>(o => o.ResponseTimeout = responseTimeout);
        });
        var host = builder.Build();
        await host.StartAsync(cancellationToken);
        return new ClusterClient(host);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
