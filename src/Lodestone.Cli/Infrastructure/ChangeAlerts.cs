using System.Data.Common;
using Lodestone.Cli.Commands.News;
using Lodestone.Data.Alerts;
using Lodestone.Domain.Model;
using Lodestone.Queries;

namespace Lodestone.Cli.Infrastructure;

/// <summary>Brief alerts around a change the CLI makes (an accepted proposal, a data import): the baseline before, the
/// comparison after.</summary>
/// <remarks>A failure here never undoes or fails the change: it is reported on standard error, and the next comparison
/// (by any process on the database) catches the change up against the stored baseline.</remarks>
internal sealed class ChangeAlerts
{
    private readonly CliContext _context;
    private readonly string? _db;
    private readonly BriefAlerts? _alerts;

    private ChangeAlerts(CliContext context, string? db, BriefAlerts? alerts)
    {
        _context = context;
        _db = db;
        _alerts = alerts;
    }

    /// <summary>Opens the alert store of <paramref name="db"/> and makes sure a baseline holds the brief before the
    /// change.</summary>
    public static async Task<ChangeAlerts> BeforeAsync(CliContext context, string? db, CancellationToken cancellationToken)
    {
        try
        {
            var store = await AlertStore.OpenAsync(NewsStoreOpener.Resolve(db), context.Clock, cancellationToken);
            var alerts = new BriefAlerts(store, new Iso3(QueryInput.DefaultImporter), new Iso3(QueryInput.DefaultSupplier));
            if (store.Baseline() is null)
            {
                // Only the first comparison needs the data before the change; later ones compare with the stored baseline,
                // so a store is loaded once per change (after it), not twice.
                alerts.EnsureBaseline(await context.OpenDataset(db, cancellationToken), context.Today);
            }
            return new ChangeAlerts(context, db, alerts);
        }
        catch (DbException e)
        {
            await context.Error.WriteLineAsync("warning: brief alerts unavailable: " + e.Message.Split('\n')[0]);
            return new ChangeAlerts(context, db, null);
        }
    }

    /// <summary>Compares the brief after the change with the baseline and raises an alert per changed figure; says how
    /// many on standard error.</summary>
    public async Task AfterAsync(string changeRef, string changeSummary, CancellationToken cancellationToken)
    {
        if (_alerts is null)
        {
            return;
        }
        try
        {
            var raised = _alerts.Check(await _context.OpenDataset(_db, cancellationToken), _context.Today, changeRef, changeSummary);
            foreach (var a in raised)
            {
                await _context.Error.WriteLineAsync($"alert {a.Id}: {a.Commodity} {a.Figure}: {a.Old ?? "—"} → {a.New ?? "—"}");
            }
        }
        catch (DbException e)
        {
            await _context.Error.WriteLineAsync("warning: brief alerts not raised: " + e.Message.Split('\n')[0]);
        }
    }
}
