namespace Lodestone.Web.Sweeps;

/// <summary>The host's sweep runner, or null when this server was started without one (sweep jobs then answer 503).</summary>
internal sealed record SweepRunnerAccess(ISweepRunner? Runner)
{
    public const string Unavailable = "this server was started without a sweep runner: run it with `lodestone serve` (LODESTONE_CLUSTER names the cluster)";
}
