using System.Globalization;
using Lodestone.Domain.Model;
using Lodestone.Optimization.Model;
using Lodestone.Optimization.Specs;

namespace Lodestone.Optimization.Building;

// The notes a built plan lists: what the builder assumed, applied or left out, in words for the report.
public sealed partial class ProblemBuilder
{
    /// <summary>The export controls applied (capacity removed), and those shown but not applied: on single elements of
    /// the commodity, or of unknown status in the first quarter.</summary>
    private void NoteControls(IEnumerable<SourceOrigin> origins, string commodity, Iso3 importer, Quarter start,
        List<string> notes)
    {
        NoteExportControls(origins, notes);
        NotePartialControls(commodity, importer, notes);
        NoteUnknownControls(commodity, importer, start, notes);
    }

    /// <summary>One note per export control that removes an origin's capacity, with the quarters it covers.</summary>
    private static void NoteExportControls(IEnumerable<SourceOrigin> origins, List<string> notes)
    {
        foreach (var o in origins)
        {
            foreach (var x in o.Restrictions.Where(x => x.Kind == RestrictionKind.ExportControl))
            {
                notes.Add($"Export control {x.Reason} removes {(x.BlocksBaseline ? "all" : "new-offtake")} capacity "
                    + $"from {o.Name} in {x.From}–{x.To}.");
            }
        }
    }

    /// <summary>The plan's stockpile option (null without one), noting how its lots count.</summary>
    private static StockpileOption? StockpileOf(PlanSpec spec, List<string> notes)
    {
        var stockpile = spec.Stockpile is { } s
            ? new StockpileOption(s.Initial.Value, s.Max.Value, s.CarryingUsdPerUnitQuarter.Value,
                s.InitialConcernContent?.Value ?? 1)
            : null;
        if (spec.Stockpile is { InitialConcernContent: null } st && st.Initial.Value > 0)
        {
            notes.Add("The opening stock's origin is not given (stockpile.initial_concern_content): its "
                + $"{st.Initial.Value.ToString("#,0.##", CultureInfo.InvariantCulture)} {spec.Unit} count as the "
                + "supplier of concern's when released (the high bound).");
        }
        if (stockpile is not null)
        {
            notes.Add("Stock keeps its origin: each origin's material is stocked as its own lot and counts with that "
                + "origin's concern content when it is released, so buying from the supplier before the cap and "
                + "releasing after it does not lower the share.");
        }
        return stockpile;
    }

    /// <summary>What the cap is a share of, what the objective leaves out, and how shares are counted.</summary>
    private void NoteObjective(PlanSpec spec, CapBasis basis, List<string> notes)
    {
        notes.Add(basis == CapBasis.Supply
            ? "The cap is on the share of all supply, domestic output included (EU CRMA reading: share of annual "
                + "consumption)."
            : "The cap is on the share of imports; domestic output and domestic projects stay out of the share.");
        if (spec.ShortfallPenaltyUsdPerUnit is null)
        {
            notes.Add("Demand must be met in full every quarter (no shortfall_penalty_usd_per_unit in the plan).");
        }
        if (spec.PriceUsdPerUnit is null && spec.OriginPrices.Count == 0)
        {
            notes.Add("No sourced price in the plan: the plan minimises investment and risk only, and purchase cost "
                + "is reported as missing.");
        }
        notes.Add($"Shares are {_content.Name}: " + (_content is DirectConcernContent
            ? "only volume shipped from the supplier of concern counts (a lower bound of the traced share)."
            : "each origin's volume is weighted by the fraction of its supply traced back to the supplier of concern "
                + "(the exposure tracer's bounds); where the trace gives only bounds the cap uses the high bound, "
                + "what the data cannot rule out."));
    }

    /// <summary>One note listing every origin's content as the trace gives it, bounded ones marked.</summary>
    private void NoteContent(PlanMarket market, Iso3 importer, List<string> notes)
    {
        var parts = market.Origins.Select(o => o.Code).Concat(market.Projects.Select(p => p.Country)).Distinct()
            .Where(_bounds.ContainsKey)
            .Select(c => $"{c.Code} {_bounds[c]}{(_bounds[c].IsExact ? "" : " (high bound counted)")}"
                + (c == importer ? " (own output, from its own feed)" : ""));
        notes.Add($"Concern content per origin ({_content.Name}): " + string.Join("; ", parts) + ".");
    }

    /// <summary>Controls on member elements (dysprosium for rare earths) cover part of the market only: shown, not
    /// applied.</summary>
    private void NotePartialControls(string commodity, Iso3 importer, List<string> notes)
    {
        var members = dataset.Commodities.MembersOf(commodity).Select(c => c.Name)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var partial = dataset.ExportControls
            .Where(c => c.AppliesTo(importer) && c.Commodities.Any(members.Contains))
            .Select(c => c.Id)
            .ToList();
        if (partial.Count > 0)
        {
            notes.Add($"Export controls on single elements of {commodity} ({string.Join(", ", partial)}) cover part "
                + "of the market only and are not applied as capacity removed; model the element as its own commodity "
                + "to apply them.");
        }
    }

    /// <summary>Controls whose status in the horizon is not known from the data (a suspension lapsed with no newer
    /// source).</summary>
    private void NoteUnknownControls(string commodity, Iso3 importer, Quarter start, List<string> notes)
    {
        var unknown = dataset.ExportControls
            .Where(c => c.AppliesTo(importer) && c.Commodities.Contains(commodity, StringComparer.OrdinalIgnoreCase)
                && c.StatusOn(start.Middle).Contains("status unknown", StringComparison.OrdinalIgnoreCase))
            .Select(c => c.Id + " (" + c.StatusOn(start.Middle) + ")")
            .ToList();
        if (unknown.Count > 0)
        {
            notes.Add("Export controls of unknown status in " + start + ", not applied: "
                + string.Join("; ", unknown) + ".");
        }
    }
}
