using System.Data.Common;
using Lodestone.Data.Jobs;

namespace Lodestone.Web.Simulations;

/// <summary>Keeps a claimed job's lease while a worker without progress to report (claims, plans) runs it: renews every
/// <see cref="JobSettings.RenewInterval"/> until <c>token</c> is cancelled; a store that cannot be reached is reported, not fatal.</summary>
internal static class JobLeaseRenewal
{
    public static async Task RunAsync(JobStore store, string id, JobSettings settings, Action<DbException> storeUnavailable, CancellationToken token)
    {
        using var timer = new PeriodicTimer(settings.RenewInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(token))
            {
                try
                {
                    store.Renew(id, settings.Worker, 0, settings.Lease);
                }
                catch (DbException e)
                {
                    storeUnavailable(e);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The run ended.
        }
    }
}
