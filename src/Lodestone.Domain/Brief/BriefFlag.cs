using System.Globalization;

namespace Lodestone.Domain.Brief;

/// <summary>The plain-language verdict of a brief row.</summary>
/// <remarks>
/// critical: the supplier holds ≥ 80 % of a stage and has export controls in force on the commodity;
/// high: the supplier holds ≥ 50 % of a stage (or ≥ 80 % without controls);
/// elevated: the supplier holds ≥ 25 % of a stage or the importer's net import reliance is above 50 %;
/// low otherwise; "insufficient data" when no stage share of the supplier is known.
/// Thresholds follow the EU CRM Act's 65 % single-country benchmark loosely and are stated, not hidden.
/// </remarks>
public static class BriefFlag
{
    public static string For(string supplier, IReadOnlyDictionary<string, StageSummary?> stages, NirSummary? nir, bool controlsInForce)
    {
        var known = stages.Where(s => s.Value?.SupplierShare is not null)
            .Select(s => (Stage: s.Key, Share: s.Value!.SupplierShare!.Value))
            .OrderByDescending(s => s.Share)
            .ToList();
        if (known.Count == 0)
        {
            return nir?.Lower is > 50 ? $"elevated: import reliance {nir.Display} %, no {supplier} stage share known" : "insufficient data";
        }
        var (stage, share) = known[0];
        var verb = stage switch
        {
            "mining" => "mines",
            "refining" => "refines",
            _ => "makes",
        };
        var pct = (share * 100).ToString("0", CultureInfo.InvariantCulture);
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
        return $"low: {supplier} at most {pct} % of any stage";
    }
}
