namespace Lodestone.Cluster.Hosting;

/// <summary>Where a cluster's membership lives and which cluster it is.</summary>
/// <param name="ConnectionString">Npgsql connection string of the membership database.</param>
/// <param name="ClusterId">Silos and clients with the same id form one cluster (default <c>lodestone</c>).</param>
public sealed record ClusterSettings(string ConnectionString, string ClusterId = ClusterSettings.DefaultClusterId)
{
    public const string DefaultClusterId = "lodestone";

    /// <summary>The Orleans service id: stable across deployments of the same cluster.</summary>
    public string ServiceId => "lodestone-sweeps";
}
