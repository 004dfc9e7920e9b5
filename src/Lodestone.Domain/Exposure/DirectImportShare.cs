using System.Globalization;
using Lodestone.Domain.Brief;
using Lodestone.Domain.Exposure.Tracing;
using Lodestone.Domain.KnowledgeBase;
using Lodestone.Domain.Metrics;
using Lodestone.Domain.Model;

namespace Lodestone.Domain.Exposure;

/// <summary>The supplier's share of the importer's imports of a commodity: the one figure behind the brief's "Imp." column,
/// exposure's import row (<c>import_share</c>) and, partner by partner, risk's GeoPolRisk (<see cref="ImportPartnerShares"/>).</summary>
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
    /// <summary>The supplier's share of the importer's imports, from <see cref="Partners(Dataset, string, Iso3, int?, TradeTrace, StageTrace?)"/>.</summary>
    public static ImportShare? Of(Dataset data, string commodity, Iso3 importer, Iso3 supplier, int? year, TradeTrace trace, StageTrace? main) =>
        Partners(data, commodity, importer, year, trace, main)?.For(supplier);

    /// <summary>The importer's import shares by partner: USGS's headline list when it has one for the view's year, else BACI's partner
    /// weights at the traced stage <paramref name="main"/>; without either, the reason (USGS's first); null when neither source has
    /// anything for the importer and commodity.</summary>
    public static ImportPartnerShares? Partners(Dataset data, string commodity, Iso3 importer, int? year, TradeTrace trace, StageTrace? main)
    {
        var usgs = FromUsgs(data, commodity, importer, year);
        if (usgs is { HasShares: true })
        {
            return usgs;
        }
        var baci = main is null ? null : FromBaci(data, year, trace, main);
        return baci is { HasShares: true } ? baci : usgs ?? baci;
    }

    /// <summary>The importer's import shares by partner for a caller without a trace (risk's GeoPolRisk): the trace of the view's
    /// year (<paramref name="year"/>, null: the default vintage, as exposure reads it). The partner weights and the traced stage do
    /// not depend on the supplier the trace follows, so the importer stands in for one.</summary>
    public static ImportPartnerShares? Partners(Dataset data, string commodity, Iso3 importer, int? year)
    {
        var trace = TradeTracer.Trace(data, commodity, importer, year);
        return Partners(data, commodity, importer, trace.Year, trace, ImporterTracer.Trace(data, importer, trace).Main);
    }

    private static ImportPartnerShares? FromUsgs(Dataset data, string commodity, Iso3 importer, int? year)
    {
        var facts = data.ImportSources.Where(i => i.Commodity == commodity && i.Importer == importer).ToList();
        // Only periods ending in the view's year or before (a period belongs to the year it ends in, Vintages); a later one is
        // named, never shown as the year's.
        if (year is { } y && facts.Count > 0 && facts.All(f => Vintages.PeriodEnd(f.Period) > y))
        {
            var later = facts.Select(f => f.Period).OrderBy(Vintages.PeriodEnd).ThenBy(p => p, StringComparer.Ordinal).First();
            return new ImportPartnerShares([], false, later, null, $"no import sources for a period ending in {y} or earlier (the data start with {later})", [],
                Vintages.MarkPeriod(later, y));
        }
        if (ImportSourceSelector.Choose(data, importer, commodity, year) is not { } choice)
        {
            return null;
        }
        var yearNote = year is { } v ? Vintages.MarkPeriod(choice.Period, v) : null;
        if (choice.MissingReason is { } reason)
        {
            var period = facts.Where(f => f.Period == choice.Period);
            return new ImportPartnerShares([], false, choice.Period, null, reason,
                period.Select(f => f.SourceId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(), yearNote);
        }
        var chosen = choice.Sources;
        return new ImportPartnerShares(chosen.Select(f => new ImportPartnerShare(f.Partner, f.Share.Value)).ToList(), false, choice.Period, choice.Category, null,
            chosen.Select(f => f.SourceId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(), yearNote);
    }

    private static ImportPartnerShares? FromBaci(Dataset data, int? year, TradeTrace trace, StageTrace main)
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
            return new ImportPartnerShares([], true, period, "HS " + code.Dotted,
                $"no BACI flows of HS {code.Dotted} for {view} or earlier (the data start with {period})", sources, yearNote, main.Stage);
        }
        if (main.BundleWeights)
        {
            return new ImportPartnerShares([], true, period, "HS " + code.Dotted,
                $"HS {code.Dotted} is a bundle ({string.Join(", ", code.BundleMembers)}): BACI says who shipped it, not how much of one metal", sources,
                yearNote, main.Stage);
        }
        return new ImportPartnerShares(main.Partners.Select(p => new ImportPartnerShare(p.Partner, p.Weight)).ToList(), true, period, "HS " + code.Dotted,
            main.WeightBasis, sources, yearNote, main.Stage);
    }
}
