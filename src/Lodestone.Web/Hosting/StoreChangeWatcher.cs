using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Lodestone.Web.Hosting;

/// <summary>Polls the knowledge store's revision and reloads the snapshot when another process has written the store.</summary>
/// <remarks>
/// Without it a running server kept answering from the snapshot it started with after a <c>data import</c>, an
/// <c>import-baci</c> or a proposal accepted on another server, so the CLI and the API gave different figures for the same
/// question until someone called <c>POST /api/admin/reload</c>. One indexed read per interval costs nothing measurable;
/// a failed check (database briefly unreachable) is logged and tried again at the next tick, never fatal.
/// </remarks>
internal sealed partial class StoreChangeWatcher(DatasetHolder data, TimeSpan interval, TimeProvider clock, ILogger<StoreChangeWatcher> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(interval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await CheckAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }

    private async Task CheckAsync(CancellationToken stoppingToken)
    {
        try
        {
            if (await data.ReloadIfChangedAsync(stoppingToken))
            {
                LogReloaded(data.LoadedRevision);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogCheckFailed(e);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The knowledge store changed (revision {Revision}): snapshot reloaded")]
    private partial void LogReloaded(long? revision);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Checking the knowledge store for changes failed; the current snapshot stays in force")]
    private partial void LogCheckFailed(Exception exception);
}
