using System.Globalization;
using Lodestone.Domain.Model;

namespace Lodestone.Domain.Brief;

/// <summary>The figures a computed brief shows, read from its rows (nothing is computed here), and the differences between two briefs.</summary>
/// <remarks>
/// The columns of the dashboard's brief table: per stage the supplier's share of world output ("≤ x %" when only bounded) and the
/// importer's traced share; net import reliance; the number of export controls in force; the importer's trade measures; the flag.
/// Percentages are written with one decimal, as the page writes them, so a change alerts when the page would show it changed.
/// Alerts compare two briefs computed by <see cref="BriefCalculator"/>: the one place a brief is computed.
/// </remarks>
public static class BriefFigures
{
    /// <summary>Every figure of <paramref name="brief"/>, row by row in its order, columns in the page's order.</summary>
    public static IReadOnlyList<BriefFigure> Of(DependencyBrief brief)
    {
        var figures = new List<BriefFigure>();
        foreach (var row in brief.Rows)
        {
            foreach (var stage in BriefCalculator.BriefStages.Select(s => s.Name()))
            {
                var summary = row.Stages.GetValueOrDefault(stage);
                figures.Add(new BriefFigure(row.Commodity, stage + " share", Share(summary)));
                figures.Add(new BriefFigure(row.Commodity, stage + " traced", Traced(summary)));
            }
            figures.Add(new BriefFigure(row.Commodity, "net import reliance",
                row.NetImportReliance is { } nir ? nir.Display + (nir.Percent is null ? "" : " %") : null));
            figures.Add(new BriefFigure(row.Commodity, "controls in force",
                row.ExportControls.Count(c => c.InForce == true).ToString(CultureInfo.InvariantCulture)));
            figures.Add(new BriefFigure(row.Commodity, "trade measures",
                row.TradeMeasures.Count == 0 ? "none" : string.Join("; ", row.TradeMeasures.Select(m => m.MeasureType + (m.RateText is null ? "" : " " + m.RateText)))));
            figures.Add(new BriefFigure(row.Commodity, "flag", row.Flag));
        }
        return figures;
    }

    /// <summary>The figures whose value differs from <paramref name="before"/> to <paramref name="after"/>, in <paramref name="after"/>'s order
    /// (then rows only <paramref name="before"/> had); a row that appears or disappears changes from or to missing.</summary>
    public static IReadOnlyList<BriefFigureChange> Compare(IReadOnlyList<BriefFigure> before, IReadOnlyList<BriefFigure> after)
    {
        var old = before.ToDictionary(f => (f.Commodity, f.Figure));
        var changes = new List<BriefFigureChange>();
        foreach (var figure in after)
        {
            var was = old.Remove((figure.Commodity, figure.Figure), out var o) ? o.Value : null;
            if (!string.Equals(was, figure.Value, StringComparison.Ordinal))
            {
                changes.Add(new BriefFigureChange(figure.Commodity, figure.Figure, was, figure.Value));
            }
        }
        changes.AddRange(before.Where(f => old.ContainsKey((f.Commodity, f.Figure)) && f.Value is not null)
            .Select(f => new BriefFigureChange(f.Commodity, f.Figure, f.Value, null)));
        return changes;
    }

    private static string? Share(StageSummary? summary) => summary switch
    {
        { SupplierShare: { } share } => Percent(share),
        { SupplierShareUpper: { } upper } => "≤ " + Percent(upper),
        _ => null,
    };

    private static string? Traced(StageSummary? summary) =>
        summary is { TracedShareLow: { } low, TracedShareHigh: { } high }
            ? Math.Abs(high - low) < 5e-3 ? Percent(low) : Number(low) + "–" + Percent(high)
            : null;

    private static string Percent(double share) => Number(share) + " %";

    private static string Number(double share) => (share * 100).ToString("0.0", CultureInfo.InvariantCulture);
}
