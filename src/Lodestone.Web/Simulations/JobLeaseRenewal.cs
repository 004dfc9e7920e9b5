using System.Data.Common;
using Lodestone.Data.Jobs;

namespace Lodestone.Web.Simulations;

/// <summary>Keeps a claimed job's lease while a claims, plan or sweep worker runs it: renews (with the progress, when the run reports one) every
/// <see cref="JobSettings.RenewInterval"/> until <c>token</c> is cancelled; a store that cannot be reached is reported, not fatal.</summary>
internal static class JobLeaseRenewal
{
    public static async Task RunAsync(JobStore store, string id, JobSettings settings, Action<DbException> storeUnavailable, CancellationToken token,
        Func<double>? progress = null)
    {
        using var timer = new PeriodicTimer(settings.RenewInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(token))
            {
                try
                {
                    store.Renew(id, settings.Worker, progress?.Invoke() ?? 0, settings.Lease);
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
