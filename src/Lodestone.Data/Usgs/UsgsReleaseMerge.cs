using Lodestone.Data.Loading;

namespace Lodestone.Data.Usgs;

/// <summary>Folds a USGS data release into a store's facts: the release's figures win for the rows it covers.</summary>
/// <remarks>
/// A newer release revises earlier estimates, so production/capacity and reserve facts with the same key
/// (commodity, stage, series, country, year, kind; reserves: commodity, series, country, year) are replaced by the
/// release's; rows the release does not cover stay. Net import reliance is left to the curated trade file, whose
/// series names differ from the salient columns (merging both would count one figure twice).
/// </remarks>
public static class UsgsReleaseMerge
{
    public static FactSet Merge(FactSet existing, FactSet release)
    {
        var productionKeys = release.Production.Select(p => (p.Commodity, p.Stage, p.Series, p.Country, p.Year, p.Kind)).ToHashSet();
        var reserveKeys = release.Reserves.Select(r => (r.Commodity, r.Series ?? "", r.Country, r.Year)).ToHashSet();
        var production = existing.Production.Where(p => !productionKeys.Contains((p.Commodity, p.Stage, p.Series, p.Country, p.Year, p.Kind)))
            .Concat(release.Production).ToList();
        var reserves = existing.Reserves.Where(r => !reserveKeys.Contains((r.Commodity, r.Series ?? "", r.Country, r.Year)))
            .Concat(release.Reserves).ToList();
        var sources = existing.Sources.Concat(release.Sources).DistinctBy(s => s.Id).ToList();
        return existing with { Production = production, Reserves = reserves, Sources = sources };
    }
}
