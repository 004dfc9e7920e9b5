using System.Globalization;

namespace Lodestone.Domain.Brief;

/// <summary>The plain-language verdict of a brief row.</summary>
/// <remarks>
/// critical: the supplier holds ≥ 80 % of a stage and has export controls in force on the commodity;
/// high: the supplier holds ≥ 50 % of a stage (or ≥ 80 % without controls);
/// elevated: the supplier holds ≥ 25 % of a stage or the importer's net import reliance is above 50 %;
/// low otherwise; "no share: reason" when the series rule says no world share can be computed (boron, hafnium, uranium), and
/// "insufficient data" when no stage share of the supplier is known or bounded for another reason. A supplier the source does not
/// list is bounded above (<see cref="StageSummary.SupplierShareUpper"/>): with no known share, a bound under 25 % flags low,
/// a larger one "bounded"; the text always says it is a bound.
/// Thresholds follow the EU CRM Act's 65 % single-country benchmark loosely and are stated, not hidden.
/// </remarks>
internal static class BriefFlag
{
    public static string For(string supplier, IReadOnlyDictionary<string, StageSummary?> stages, NirSummary? nir, bool controlsInForce)
    {
        var known = stages.Where(s => s.Value?.SupplierShare is not null)
            .Select(s => (Stage: s.Key, Share: s.Value!.SupplierShare!.Value))
            .OrderByDescending(s => s.Share)
            .ToList();
        // Stages where the supplier is not listed but bounded ("≤ x %"): the flag may rest on the bound, never read it as a value.
        var bound = stages.Where(s => s.Value is { SupplierShare: null, SupplierShareUpper: not null })
            .Select(s => (Stage: s.Key, Upper: s.Value!.SupplierShareUpper!.Value))
            .OrderByDescending(s => s.Upper)
            .Cast<(string Stage, double Upper)?>()
            .FirstOrDefault();
        var boundText = bound is { } b ? $"{supplier} not listed at {b.Stage}: at most {Pct(b.Upper)} % (bound)" : null;
        if (known.Count == 0)
        {
            if (nir?.Lower is > 50)
            {
                return $"elevated: import reliance {nir.Display} %, " + (boundText ?? $"no {supplier} stage share known");
            }
            // A stage whose series rule says no world share exists (boron: no USGS world total) says why, not "insufficient data".
            var missing = stages.Values.FirstOrDefault(s => s is { Basis: "none" })?.Note;
            return bound switch
            {
                null when missing is not null => "no share: " + missing,
                null => "insufficient data",
                { Upper: < 0.25 } => "low: " + boundText,
                _ => "bounded: " + boundText,
            };
        }
        var (stage, share) = known[0];
        var verb = stage switch
        {
            "mining" => "mines",
            "refining" => "refines",
            _ => "makes",
        };
        var pct = Pct(share);
        if (share >= 0.8 && controlsInForce)
        {
            return $"critical: {supplier} {verb} {pct} % and controls exports";
        }
        if (share >= 0.5)
        {
            return $"high: {supplier} {verb} {pct} %" + (controlsInForce ? " and controls exports" : "");
        }
        if (share >= 0.25 || nir?.Lower is > 50)
        {
            return $"elevated: {supplier} {verb} {pct} %" + (controlsInForce ? "; export controls in force" : "");
        }
        return bound is { } over && over.Upper > share
            ? $"low: {supplier} {verb} {pct} %; {boundText}"
            : $"low: {supplier} at most {pct} % of any stage";
    }

    private static string Pct(double share) => (share * 100).ToString(share < 0.01 ? "0.#" : "0", CultureInfo.InvariantCulture);
}
