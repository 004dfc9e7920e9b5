using System.Globalization;
using Lodestone.Domain.KnowledgeBase;
using Lodestone.Domain.Metrics;
using Lodestone.Domain.Model;

namespace Lodestone.Domain.Exposure;

/// <summary>Builds a commodity's supply network toward an importer from the facts of a dataset.</summary>
/// <remarks>
/// use(importer) ← (partner, partner stage) with the importer's published import shares (bilateral data);
/// (partner, refining) ← (country, mining) with world mining shares, because bilateral ore and concentrate flows are not in
/// the dataset — a declared stand-in, stated in <see cref="CommodityNetwork.Assumptions"/>. Imported material is
/// attributed to the partner's refining stage when the commodity has refining data, else to its mining stage.
/// Aggregate rows (OTH, ROW) become nodes of their own: their share is visible, never spread over named countries.
/// </remarks>
public static class CommodityNetworkBuilder
{
    /// <summary>Import shares summing within 2 points of 100 % are rounding and are normalised; a larger gap stays unattributed.</summary>
    public const double RoundingTolerance = 0.02;

    public const string AttributionAssumption =
        "proportional attribution: each country's output carries its input mix (e = s + A·e); shares are traced per unit of the importer's imports";

    public static CommodityNetwork Build(Dataset dataset, Iso3 importer, string commodity)
    {
        var assumptions = new List<string> { AttributionAssumption };
        var missing = new List<string>();
        var distributions = new Dictionary<Stage, StageDistribution>();
        foreach (var stage in new[] { Stage.Mining, Stage.Refining, Stage.Components })
        {
            if (StageDistributions.For(dataset, commodity, stage) is { } d)
            {
                distributions[stage] = d;
                if (d.IsProxy)
                {
                    assumptions.Add($"{stage.Name()} shares are a proxy: {d.Series} ({d.Year}) stands in for a missing {stage.Name()} split");
                }
            }
        }
        var sources = ImportConcentration.LatestSources(dataset, importer, commodity);
        if (sources.Count == 0)
        {
            missing.Add($"no import-source shares of {importer.Code} for {commodity}: effective (traced) shares not computed");
            return new CommodityNetwork(commodity, importer, null, new Dictionary<Iso3, double>(), sources, null, distributions, assumptions, missing);
        }
        var published = sources.Sum(s => s.Share.Value);
        Dictionary<Iso3, double> importShares;
        if (published < 1 - RoundingTolerance)
        {
            // The published partners leave a gap (e.g. domestic-origin material): it stays unattributed, never spread.
            importShares = sources.GroupBy(s => s.Partner).ToDictionary(g => g.Key, g => g.Sum(s => s.Share.Value));
            importShares[Iso3.Other] = importShares.GetValueOrDefault(Iso3.Other) + (1 - published);
            assumptions.Add("published import shares sum to " + Pct(published) + "; the remaining " + Pct(1 - published) + " is kept as unlisted partners (OTH)");
        }
        else
        {
            importShares = sources.GroupBy(s => s.Partner).ToDictionary(g => g.Key, g => g.Sum(s => s.Share.Value) / published);
            if (Math.Abs(published - 1) > 1e-9)
            {
                assumptions.Add("published import shares sum to " + Pct(published) + " (rounding); normalised to 100 %");
            }
        }
        var partnerStage = distributions.ContainsKey(Stage.Refining) ? Stage.Refining : Stage.Mining;
        assumptions.Add($"imports ({sources[0].Period}{(sources[0].Category is { } c ? ", " + c : "")}) are attributed to the partner's {partnerStage.Name()} stage");
        var builder = new SupplyNetworkBuilder();
        var sink = SupplyNode.Use(importer);
        builder.Node(sink);
        foreach (var (partner, share) in importShares.OrderByDescending(kv => kv.Value))
        {
            builder.Input(sink, new SupplyNode(partner, partnerStage), share);
        }
        if (partnerStage == Stage.Refining)
        {
            if (distributions.TryGetValue(Stage.Mining, out var mining) && mining.Coverage > 0)
            {
                assumptions.Add($"bilateral ore/concentrate flows are missing: world mining shares ({mining.Series}, {mining.Year}) stand in as every refiner's feed mix");
                if (Math.Abs(mining.Coverage - 1) > 1e-9)
                {
                    assumptions.Add("named and other-country mining rows add up to " + Pct(mining.Coverage) + " of the published world total (rounding; rows without a value); normalised to 100 %");
                }
                foreach (var partner in importShares.Keys)
                {
                    foreach (var s in mining.Shares.Where(s => s.Share > 0))
                    {
                        builder.Input(new SupplyNode(partner, Stage.Refining), new SupplyNode(s.Country, Stage.Mining), s.Share / mining.Coverage);
                    }
                }
            }
            else
            {
                missing.Add("no world mining shares: the traced chain stops at refining");
            }
        }
        return new CommodityNetwork(commodity, importer, builder.Build(), importShares, sources, partnerStage, distributions, assumptions, missing);
    }

    private static string Pct(double fraction) => (fraction * 100).ToString("0.#", CultureInfo.InvariantCulture) + " %";
}
