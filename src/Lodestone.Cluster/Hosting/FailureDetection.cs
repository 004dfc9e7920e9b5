using Orleans.Configuration;

namespace Lodestone.Cluster.Hosting;

/// <summary>Membership timings for batch work: a silo that stops answering is declared dead in seconds, not the minute Orleans's defaults
/// allow, so its work items are sent again soon. Probes every 2 s, dead after 3 missed probes and 2 votes (1 when only two silos are left).</summary>
internal static class FailureDetection
{
    public static void Configure(ClusterMembershipOptions options)
    {
        options.ProbeTimeout = TimeSpan.FromSeconds(2);
        options.NumMissedProbesLimit = 3;
        options.NumVotesForDeathDeclaration = 2;
        options.TableRefreshTimeout = TimeSpan.FromSeconds(5);
        options.IAmAliveTablePublishTimeout = TimeSpan.FromSeconds(10);
        options.DeathVoteExpirationTimeout = TimeSpan.FromSeconds(30);
    }
}
