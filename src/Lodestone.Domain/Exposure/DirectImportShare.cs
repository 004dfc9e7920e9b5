using System.Globalization;
using Lodestone.Domain.Brief;
using Lodestone.Domain.Exposure.Tracing;
using Lodestone.Domain.KnowledgeBase;
using Lodestone.Domain.Metrics;
using Lodestone.Domain.Model;

namespace Lodestone.Domain.Exposure;

/// <summary>The supplier's share of the importer's imports of a commodity: the one figure behind the brief's "Imp." column and
/// exposure's import row (<c>import_share</c>).</summary>
/// <remarks>
/// <para>USGS import sources first, the list that measures what the NIR beside it measures (<see cref="ImportSourceSelector"/>), of a
/// period ending in the view's year or before. USGS lists the largest sources and then "Other", so an unlisted supplier holds at
/// most the smallest listed share: a bound, never 0.</para>
/// <para>Without a usable USGS list (any importer but the United States, or a commodity USGS gives no sources for), the share the
/// trace reads from BACI: the supplier's weight among the importer's recorded partners at the traced stage (tonnes where every flow
/// has them, else value). BACI's matrix is complete for a code, so no recorded flow is a recorded 0. A bundle code (8112.92) says
/// who shipped, not how much of one metal: no share, with the reason. Like every figure, a share of a year after the view's is
/// not shown as the view's (a view of 2023 with only BACI 2024: no share, the reason and the later year named).</para>
/// </remarks>
public static class DirectImportShare
{
    public static ImportShare? Of(Dataset data, string commodity, Iso3 importer, Iso3 supplier, int? year, TradeTrace trace, StageTrace? main)
    {
        var usgs = FromUsgs(data, commodity, importer, supplier, year);
        if (usgs is { Share: not null } or { ShareUpper: not null })
        {
            return usgs;
        }
        var baci = main is null ? null : FromBaci(data, supplier, year, trace, main);
        return baci is { Share: not null } ? baci : usgs ?? baci;
    }

    private static ImportShare? FromUsgs(Dataset data, string commodity, Iso3 importer, Iso3 supplier, int? year)
    {
        var facts = data.ImportSources.Where(i => i.Commodity == commodity && i.Importer == importer).ToList();
        // Only periods ending in the view's year or before (a period belongs to the year it ends in, Vintages); a later one is
        // named, never shown as the year's.
        if (year is { } y && facts.Count > 0 && facts.All(f => Vintages.PeriodEnd(f.Period) > y))
        {
            var later = facts.Select(f => f.Period).OrderBy(Vintages.PeriodEnd).ThenBy(p => p, StringComparer.Ordinal).First();
            return new ImportShare(null, later, null, $"no import sources for a period ending in {y} or earlier (the data start with {later})", [],
                YearNote: Vintages.MarkPeriod(later, y));
        }
        if (ImportSourceSelector.Choose(data, importer, commodity, year) is not { } choice)
        {
            return null;
        }
        var yearNote = year is { } v ? Vintages.MarkPeriod(choice.Period, v) : null;
        if (choice.MissingReason is { } reason)
        {
            var period = facts.Where(f => f.Period == choice.Period);
            return new ImportShare(null, choice.Period, null, reason, period.Select(f => f.SourceId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
                YearNote: yearNote);
        }
        var chosen = choice.Sources;
        var listed = chosen.FirstOrDefault(f => f.Partner == supplier);
        double? upper = listed is null && chosen.Count > 0 ? chosen.Min(f => f.Share.Value) : null;
        var note = listed is null ? $"{supplier} not among the listed import sources" + (upper is null ? "" : ": at most the smallest listed source") : null;
        return new ImportShare(listed?.Share.Value, choice.Period, choice.Category, note,
            chosen.Select(f => f.SourceId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(), upper, yearNote);
    }

    private static ImportShare? FromBaci(Dataset data, Iso3 supplier, int? year, TradeTrace trace, StageTrace main)
    {
        if (main.ImportPeriod is not null || trace.CodeAt(main.Stage) is not { } code || trace.YearAt(main.Stage) is not { } tradeYear || main.Partners.Count == 0)
        {
            return null;
        }
        var period = tradeYear.ToString(CultureInfo.InvariantCulture);
        var sources = data.Trade.Flows(code.Hs6, tradeYear).Select(f => f.SourceId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var yearNote = year is { } y ? Vintages.Mark(tradeYear, y) : null;
        if (year is { } view && tradeYear > view)
        {
            // The trace may lean on a later matrix (marked in its year notes), but the direct share is a figure of its own year:
            // never shown as the view's.
            return new ImportShare(null, period, "HS " + code.Dotted, $"no BACI flows of HS {code.Dotted} for {view} or earlier (the data start with {period})",
                sources, YearNote: yearNote);
        }
        if (main.BundleWeights)
        {
            return new ImportShare(null, period, "HS " + code.Dotted,
                $"HS {code.Dotted} is a bundle ({string.Join(", ", code.BundleMembers)}): BACI says who shipped it, not how much of one metal", sources,
                YearNote: yearNote);
        }
        var weight = main.Partners.FirstOrDefault(p => p.Partner == supplier)?.Weight;
        var note = main.WeightBasis + (weight is null ? $": no recorded flow from {supplier}" : "");
        return new ImportShare(weight ?? 0, period, "HS " + code.Dotted, note, sources, YearNote: yearNote);
    }
}
