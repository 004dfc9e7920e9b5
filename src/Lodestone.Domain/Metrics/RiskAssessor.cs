using Lodestone.Domain.Exposure;
using Lodestone.Domain.Exposure.Tracing;
using Lodestone.Domain.Facts;
using Lodestone.Domain.KnowledgeBase;
using Lodestone.Domain.Model;

namespace Lodestone.Domain.Metrics;

/// <summary>Applies the risk methods to the facts of a dataset, showing every input and naming every missing one.</summary>
public static class RiskAssessor
{
    /// <summary>Commodities worth assessing: those with a mining or refining distribution.</summary>
    public static IReadOnlyList<string> Commodities(Dataset dataset) =>
        dataset.CommoditiesWithData().Where(c => StageDistributions.AllStages(dataset, c).Count > 0).ToList();

    /// <summary>One method applied to one commodity, with the stage shares and import sources of <paramref name="year"/> or the
    /// newest before it (<see cref="Vintages"/>; null: the newest).</summary>
    public static RiskAssessment Assess(Dataset dataset, string commodity, RiskMethod method, Iso3 importer, int? year = null) => method switch
    {
        RiskMethod.Eu => Eu(dataset, commodity, year),
        RiskMethod.GeoPolRisk => GeoPol(dataset, commodity, importer, year),
        _ => new RiskAssessment(commodity, method,
            UsgsSupplyRisk.Score(null, null, null) with
            {
                Reason = "missing: disruption potential, trade exposure, economic vulnerability (USGS OFR 2021-1045 component scores are not in the dataset)",
            },
            [], [], null),
    };

    /// <summary>Latest WGI fact per country.</summary>
    public static IReadOnlyDictionary<Iso3, GovernanceFact> LatestGovernance(Dataset dataset) =>
        dataset.Governance.GroupBy(g => g.Country).ToDictionary(g => g.Key, g => g.MaxBy(x => x.Year)!);

    private static RiskAssessment Eu(Dataset dataset, string commodity, int? year)
    {
        var wgi = LatestGovernance(dataset)
            .Where(kv => kv.Value.MeanOfSix is not null)
            .ToDictionary(kv => kv.Key, kv => WgiScale.ToEuScale(kv.Value.MeanOfSix!.Value));
        // No trade-parameter data is shipped: t is left missing rather than assumed to be 1.
        var trade = new Dictionary<Iso3, double>();
        var published = dataset.PublishedRisk.Where(p => p.Commodity == commodity && p.Assessment.StartsWith("EU", StringComparison.Ordinal)).ToList();
        var stages = new List<MetricResult>();
        foreach (var (stage, name) in new[] { (Stage.Mining, "extraction"), (Stage.Refining, "processing") })
        {
            var distribution = StageDistributions.For(dataset, commodity, stage, year);
            if (distribution is null)
            {
                continue;
            }
            var shares = distribution.Shares.Select(s => new SupplierShare(s.Country, s.Share * 100)).ToList();
            var inputs = new EuStageInputs(name, shares, EuSourcing: null,
                Parameter(published, name, "import_reliance"), Parameter(published, name, "eol_rir"), Parameter(published, name, "substitution_index_sr"));
            stages.Add(EuSupplyRisk.Stage(inputs, wgi, trade));
        }
        var extraction = stages.FirstOrDefault(s => s.Method.EndsWith("extraction", StringComparison.Ordinal));
        var processing = stages.FirstOrDefault(s => s.Method.EndsWith("processing", StringComparison.Ordinal));
        var result = EuSupplyRisk.Reported(extraction, processing);
        var publishedSr = published.Where(p => p.Parameter == "supply_risk").Select(p => (double?)p.Value).Max();
        var publishedEi = published.Where(p => p.Parameter == "economic_importance").Select(p => (double?)p.Value).Max();
        return new RiskAssessment(commodity, RiskMethod.Eu, result, stages, published, EuSupplyRisk.IsCritical(publishedSr, publishedEi));
    }

    private static double? Parameter(IReadOnlyList<PublishedRiskFact> published, string stage, string parameter) =>
        published.FirstOrDefault(p => p.Parameter == parameter && (p.Stage is null || p.Stage == stage))?.Value;

    /// <remarks>
    /// The partners fᵢ are the importer's import shares of
    /// <see cref="DirectImportShare.Partners(Dataset, string, Iso3, int?)"/>, the list the brief and exposure take the
    /// supplier's share from: USGS's headline list for the United States, else BACI's partner weights at the traced
    /// stage; without either, <c>insufficient_data</c> with its reason (a bundle code, a later year). Only shares are
    /// known, so Σ g·f ÷ (p + F) = (Σ g·s ÷ Σ s) · m with m = F ÷ (p + F): m = 1 where domestic production p is 0;
    /// else m is the import share of the importer's supply at the stage the shares are read, as exposure's trace
    /// bounds it (1 − the share made at home: a mass balance in tonnes, an unlisted producer capped by "other
    /// countries", or the NIR), so the score is a bound over the unknown's allowed range; where that share is wholly
    /// unknown, <c>insufficient_data</c> naming p and F.
    /// </remarks>
    private static RiskAssessment GeoPol(Dataset dataset, string commodity, Iso3 importer, int? year)
    {
        // GeoPolRisk weighs the concentration of primary production: the mine split, else USGS refinery production
        // for commodities USGS reports only at the refinery (gallium, germanium …), so p is read from the same series.
        var mining = StageDistributions.For(dataset, commodity, Stage.Mining, year)
            ?? (StageDistributions.For(dataset, commodity, Stage.Refining, year) is { Basis: ShareBasis.ProductionOverWorldTotal } refinery ? refinery : null);
        // The same trace and list as DirectImportShare.Partners(data, commodity, importer, year): the trace's main
        // stage also gives m.
        var trace = TradeTracer.Trace(dataset, commodity, importer, year);
        var main = ImporterTracer.Trace(dataset, importer, trace).Main;
        var imports = DirectImportShare.Partners(dataset, commodity, importer, trace.Year, trace, main);
        var sources = imports?.Partners ?? [];
        var governance = LatestGovernance(dataset);
        double? hhiLow = null, hhiHigh = null;
        if (mining is not null)
        {
            var hhi = StageConcentration.Hhi(mining);
            hhiLow = hhi.Lower / 10_000;
            hhiHigh = hhi.Upper / 10_000;
        }
        var partners = sources.Select(s => new GeoPolRiskPartner(s.Partner, s.Share,
            governance.TryGetValue(s.Partner, out var g) && g.PoliticalStability is { } pv ? WgiScale.ToGeoPolRiskScale(pv) : null)).ToList();
        var (production, productionNote) = DomesticProduction(dataset, commodity, importer, mining);
        MetricResult result;
        if (sources.Count == 0)
        {
            result = MetricResult.Insufficient("geopolrisk", imports?.Note ?? "no import shares for " + importer.Code + " (no USGS import sources, no BACI flows)", []);
        }
        else if (production is 0)
        {
            // p = 0: shares stand in for tonnages, Σ g·f/(p+F) = Σ g·s when Σ s = F.
            result = GeoPolRisk.Score(hhiLow, hhiHigh, partners, partners.Sum(p => p.Imports), 0);
        }
        else if (ImportShareOfSupply(main) is { } m)
        {
            result = GeoPolRisk.ScoreOfImportShare(hhiLow, hhiHigh, partners, m.Low, m.High, m.Basis);
        }
        else
        {
            result = MetricResult.Insufficient("geopolrisk",
                MissingSupply(importer, production, productionNote, main), []);
        }
        return new RiskAssessment(commodity, RiskMethod.GeoPolRisk, result, [], [], null) { Imports = imports };
    }

    /// <summary>m = F ÷ (p + F) at the stage the shares are read: 1 − exposure's share made at home there; null when
    /// that share is wholly unknown ([0, 1]).</summary>
    private static (double Low, double High, string Basis)? ImportShareOfSupply(StageTrace? main)
    {
        if (main is null || (main.Split.Low <= 0 && main.Split.High >= 1))
        {
            return null;
        }
        var made = main.Split;
        return (1 - made.High, 1 - made.Low,
            $"1 − the share made at home at the {main.Stage.Name()} stage, {made}, as exposure traces it: "
            + main.SplitBasis);
    }

    private static string MissingSupply(Iso3 importer, double? production, string? productionNote, StageTrace? main)
    {
        var p = production is { } v
            ? "total imports F in the measure of domestic production p = "
                + v.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)
            : "domestic production p of " + importer.Code + (productionNote is null ? "" : " (" + productionNote + ")");
        var split = main is null
            ? ""
            : $"; the share of {importer.Code}'s supply made at home at the {main.Stage.Name()} stage is unknown"
                + $" ({main.SplitBasis})";
        return "missing: " + p + split;
    }

    /// <summary>The importer's output in the series the HHI is read from: its own row, else 0 where the source lists no output for it
    /// and leaves no room for any (no "other countries" row, no gap: <see cref="StageProduction.IsZero"/>); else unknown, with why.</summary>
    private static (double? Value, string? Note) DomesticProduction(Dataset dataset, string commodity, Iso3 importer, StageDistribution? mining)
    {
        if (mining is null)
        {
            return (null, "no world output shares");
        }
        if (dataset.Production.FirstOrDefault(p => p.Commodity == commodity && p.Stage == mining.Stage && p.Country == importer
                && p.Year == mining.Year && p.Series == mining.Series) is { } own)
        {
            return (own.Value, own.Value is null ? "its row is withheld or not available" : null);
        }
        var stage = StageProduction.Of(mining, importer);
        return stage.IsZero ? (0, null) : (null, stage.Basis);
    }
}
