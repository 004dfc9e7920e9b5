using System.Data.Common;
using Lodestone.Data.Alerts;
using Lodestone.Domain.KnowledgeBase;
using Lodestone.Domain.Model;
using Lodestone.Queries;
using Lodestone.Web.Hosting;
using Microsoft.Extensions.Logging;

namespace Lodestone.Web.Watching;

/// <summary>This server's alerts: the store when it has one, and the comparison of the default brief (USA, CHN) around
/// an accepted change.</summary>
/// <remarks>Briefs are computed through <see cref="BriefCache"/> (the same entries the brief page and API serve). A
/// failure to raise never fails the change it follows: it is logged, and the next comparison catches the change up
/// against the stored baseline.</remarks>
internal sealed partial class AlertAccess(AlertStore? store, BriefCache briefs, TimeProvider clock, ILogger<AlertAccess> logger)
{
    private readonly BriefAlerts? _alerts = store is null ? null
        : new BriefAlerts(store, new Iso3(QueryInput.DefaultImporter), new Iso3(QueryInput.DefaultSupplier),
            (dataset, request, dates) => [.. dates.Select(d => briefs.GetOrCompute(dataset, request with { AsOf = d }))]);

    /// <summary>The store, or null when this server keeps no alerts.</summary>
    public AlertStore? Store => store;

    /// <summary>Why <c>/api/alerts</c> cannot answer here.</summary>
    public const string UnavailableReason = "This server keeps no alerts (serve with --db).";

    /// <summary>Makes sure there is a baseline to compare the next change against (before a change, and at
    /// start).</summary>
    public void EnsureBaseline(Dataset dataset)
    {
        try
        {
            _alerts?.EnsureBaseline(dataset, Today);
        }
        catch (DbException e)
        {
            LogFailed(logger, e, "baseline");
        }
    }

    /// <summary>Raises the alerts of the change <paramref name="changeRef"/> now that <paramref name="dataset"/> holds
    /// it; returns how many.</summary>
    public int Raise(Dataset dataset, string changeRef, string changeSummary)
    {
        try
        {
            var raised = _alerts?.Check(dataset, Today, changeRef, changeSummary).Count ?? 0;
            LogRaised(logger, raised, changeRef);
            return raised;
        }
        catch (DbException e)
        {
            LogFailed(logger, e, changeRef);
            return 0;
        }
    }

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} brief alerts raised for {Change}")]
    private static partial void LogRaised(ILogger logger, int count, string change);

    [LoggerMessage(Level = LogLevel.Warning, Message = "brief alerts for {Change} not raised: the alert store failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, string change);
}
