using System.Globalization;
using Lodestone.Domain.Facts;
using Lodestone.Domain.Model;
using Lodestone.Simulation.Distributions;
using Lodestone.Simulation.Engine;

namespace Lodestone.Simulation.Scenarios;

public sealed partial class ScenarioCompiler
{
    private MarketBuilder BuildMarket(MarketSpec spec, int index)
    {
        var field = $"markets[{index}]";
        var commodity = _data.Commodities.Find(spec.Commodity)?.Name
            ?? throw Error(spec.Line, field + ".commodity", $"unknown commodity '{spec.Commodity}'");
        var key = commodity + "/" + spec.Stage.Name();
        var importer = _scenario.Importer;
        var imports = SelectImports(spec, commodity, field);
        var demand = ReadDemand(spec, field);
        var nir = spec.Overrides.TryGetValue(ParameterNames.NetImportReliance, out var nirSpec)
            ? Add(key + "." + ParameterNames.NetImportReliance, nirSpec, field + ".parameters." + ParameterNames.NetImportReliance)
            : Add(NirFromData(commodity, key, spec, field));
        var parameters = new MarketParameters(
            nir,
            P(spec, key, field, ParameterNames.DemandGrowth),
            P(spec, key, field, ParameterNames.RestOfWorldGrowth),
            spec.Overrides.ContainsKey(ParameterNames.WorldToImporter)
                ? P(spec, key, field, ParameterNames.WorldToImporter)
                : Add(WorldRatioFromData(commodity, key, spec, demand, field)),
            spec.Overrides.ContainsKey(ParameterNames.ConcernWorldShare)
                ? P(spec, key, field, ParameterNames.ConcernWorldShare)
                : Add(WorldShareFromData(commodity, spec.Stage, spec.WorldStage ?? spec.Stage, _scenario.Concern, key + "." + ParameterNames.ConcernWorldShare)
                      ?? throw Error(spec.Line, field, $"no world share of {_scenario.Concern} for {key} in the dataset; set parameters.{ParameterNames.ConcernWorldShare}")),
            P(spec, key, field, ParameterNames.SpareCapacity),
            P(spec, key, field, ParameterNames.SpareLagMonths),
            P(spec, key, field, ParameterNames.NonConcernGrowth),
            P(spec, key, field, ParameterNames.StockpileMonths),
            P(spec, key, field, ParameterNames.MaxReleasePerMonth),
            P(spec, key, field, ParameterNames.SubstitutionRate),
            P(spec, key, field, ParameterNames.SubstitutionMax),
            P(spec, key, field, ParameterNames.SubstitutionLagMonths),
            P(spec, key, field, ParameterNames.DemandElasticity),
            P(spec, key, field, ParameterNames.DemandReductionMax),
            P(spec, key, field, ParameterNames.DemandReductionLagMonths),
            P(spec, key, field, ParameterNames.RecyclingShare),
            P(spec, key, field, ParameterNames.RecyclingGrowth),
            P(spec, key, field, ParameterNames.PriceElasticity),
            P(spec, key, field, ParameterNames.PriceCap));
        var market = new MarketBuilder
        {
            Commodity = commodity,
            Stage = spec.Stage,
            DemandBase = demand?.Value,
            DemandUnit = demand?.Unit,
            Parameters = parameters,
            DomesticIndex = 0,
        };
        AddOrigin(market, importer.Code, 0);
        foreach (var row in imports)
        {
            AddOrigin(market, row.Partner.Code, row.Share.Value);
        }
        // Incomplete USGS lists (e.g. indium sums to 78 %): the unlisted remainder goes to "other countries".
        var listed = imports.Sum(r => r.Share.Value);
        if (listed < 0.995)
        {
            var other = market.OriginIndex(Iso3.Other.Code);
            if (other < 0)
            {
                AddOrigin(market, Iso3.Other.Code, 1 - listed);
            }
            else
            {
                market.ImportShares[other] += 1 - listed;
            }
        }
        AddEvents(market, spec, field);
        return market;
    }

    private int P(MarketSpec spec, string key, string field, string name)
    {
        var setting = Setting(spec, name);
        var where = spec.Overrides.ContainsKey(name) ? field + ".parameters." + name : "defaults." + name;
        return Add(key + "." + name, setting, where);
    }

    private void AddOrigin(MarketBuilder market, string origin, double importShare)
    {
        market.Origins.Add(origin);
        market.ImportShares.Add(importShare);
        var iso = new Iso3(origin);
        market.ConcernDirect.Add(iso == _scenario.Concern ? 1 : 0);
        market.ConcernTraced.Add(Math.Clamp(_attribution.ContentFrom(_scenario.Importer, market.Commodity, market.Stage, iso, _scenario.Concern), 0, 1));
    }

    private List<ImportSourceFact> SelectImports(MarketSpec spec, string commodity, string field)
    {
        var rows = _data.ImportSources.Where(r => r.Commodity == commodity && r.Importer == _scenario.Importer).ToList();
        if (spec.ImportPeriod is { } period)
        {
            rows = rows.Where(r => r.Period == period).ToList();
        }
        else if (rows.Count > 0)
        {
            var latest = rows.Select(r => r.Period).Max(StringComparer.Ordinal);
            rows = rows.Where(r => r.Period == latest).ToList();
        }
        if (spec.ImportCategory is { } category)
        {
            rows = rows.Where(r => string.Equals(r.Category, category, StringComparison.OrdinalIgnoreCase)).ToList();
        }
        else if (rows.Select(r => r.Category).Distinct().Count() > 1)
        {
            throw Error(spec.Line, field + ".import_category", "several import categories exist; choose one of: "
                + string.Join(", ", rows.Select(r => r.Category).Distinct().Select(c => "'" + c + "'")));
        }
        if (rows.Count == 0)
        {
            throw Error(spec.Line, field, $"no import sources of {commodity} into {_scenario.Importer} in the dataset for the chosen period and category");
        }
        return rows;
    }

    private (double Value, string Unit, string Basis)? ReadDemand(MarketSpec spec, string field)
    {
        if (spec.Demand is not { } demand)
        {
            return null;
        }
        if (demand.SalientFile is { } file)
        {
            var table = _options.Salient ?? throw Error(demand.Line, field + ".demand", "no USGS salient tables are available to read the demand from");
            var value = table.Read(file, demand.SalientColumn!, demand.Year!.Value, out var mark)
                ?? throw Error(demand.Line, field + ".demand", $"{file} {demand.SalientColumn} {demand.Year}: {mark}");
            if (!(value > 0))
            {
                throw Error(demand.Line, field + ".demand", $"{file} {demand.SalientColumn} {demand.Year} is {value}; demand must be positive");
            }
            return (value, demand.Unit, string.Create(CultureInfo.InvariantCulture,
                $"USGS MCS 2025 Data Release {file}, column {demand.SalientColumn}, year {demand.Year} (doi:10.5066/P13XCP3R)"));
        }
        CheckBasis(demand.Value!, field + ".demand");
        if (!(demand.Value!.Value.Mean > 0))
        {
            throw Error(demand.Line, field + ".demand", "demand must be positive");
        }
        return (demand.Value.Value.Mean, demand.Unit, demand.Value.Basis + (demand.Value.IsAssumption ? " (assumption)" : ""));
    }

    /// <summary>NIR from the dataset: exact → point value; "&gt;x" → uniform(x, 100 %); "&lt;x" → uniform(0, x); "E" → 0.</summary>
    private Parameter NirFromData(string commodity, string key, MarketSpec spec, string field)
    {
        var name = key + "." + ParameterNames.NetImportReliance;
        var fact = _data.NetImportReliance
            .Where(n => n.Commodity == commodity && n.Importer == _scenario.Importer && n.Value.Kind is not (NirKind.Withheld or NirKind.NotAvailable))
            .OrderByDescending(n => n.Year)
            .FirstOrDefault()
            ?? throw Error(spec.Line, field, $"no usable net import reliance for {commodity} in the dataset; set parameters.{ParameterNames.NetImportReliance}");
        var basis = string.Create(CultureInfo.InvariantCulture, $"{fact.SourceId} (NIR {fact.Year}: {fact.Value})");
        return fact.Value.Kind switch
        {
            NirKind.Exact => new Parameter(name, new Fixed(fact.Value.Percent!.Value / 100), basis, false),
            NirKind.NetExporter => new Parameter(name, new Fixed(0), basis, false),
            _ => new Parameter(name, new Uniform(fact.Value.Lower!.Value / 100, fact.Value.Upper!.Value / 100),
                basis + "; published as a bound, drawn uniformly inside it (assumption: no information favours a point in the interval)", true),
        };
    }

    private Parameter WorldRatioFromData(string commodity, string key, MarketSpec spec, (double Value, string Unit, string Basis)? demand, string field)
    {
        var name = key + "." + ParameterNames.WorldToImporter;
        var world = LatestWorld(commodity, spec.WorldStage ?? spec.Stage)
            ?? throw Error(spec.Line, field, $"no world production for {commodity} at {(spec.WorldStage ?? spec.Stage).Name()} in the dataset; set parameters.{ParameterNames.WorldToImporter}");
        if (demand is not { } d)
        {
            throw Error(spec.Line, field + ".demand", $"a demand is needed to size the world market (or set parameters.{ParameterNames.WorldToImporter})");
        }
        if (UnitFamily(world.Unit) != UnitFamily(d.Unit))
        {
            throw Error(spec.Line, field + ".demand.unit", $"demand unit '{d.Unit}' differs from world production unit '{world.Unit}'; set parameters.{ParameterNames.WorldToImporter}");
        }
        return new Parameter(name, new Fixed(world.Value!.Value / d.Value), string.Create(CultureInfo.InvariantCulture,
            $"{world.SourceId} (world {world.Stage.Name()} {world.Year}: {world.Value} {world.Unit}) / {d.Basis} ({d.Value} {d.Unit})"), false);
    }

    private ProductionFact? LatestWorld(string commodity, Stage stage) =>
        _data.Production.Where(p => p.Commodity == commodity && p.Stage == stage && p.Country == Iso3.World && p.Value is > 0)
            .OrderByDescending(p => p.Year).FirstOrDefault();

    /// <summary>A country's share of world supply at a stage: IEA/USGS stage shares first, then production / world total.</summary>
    internal Parameter? WorldShareFromData(string commodity, Stage stage, Stage worldStage, Iso3 country, string name)
    {
        var share = _data.StageShares
            .Where(s => s.Commodity == commodity && s.Stage == stage && s.Country == country && !s.IsProjection && s.Share is not null)
            .OrderByDescending(s => s.Year).FirstOrDefault();
        if (share is not null)
        {
            return new Parameter(name, new Fixed(share.Share!.Value.Value), string.Create(CultureInfo.InvariantCulture,
                $"{share.SourceId} ({share.ProductScope} {share.Year}: {share.Share!.Value.Percent:0.#} %)"), false);
        }
        var world = LatestWorld(commodity, worldStage);
        if (world is null)
        {
            return null;
        }
        var own = _data.Production.FirstOrDefault(p => p.Commodity == commodity && p.Stage == worldStage && p.Country == country
            && p.Year == world.Year && p.Series == world.Series && p.Value is not null);
        return own is null
            ? null
            : new Parameter(name, new Fixed(Math.Clamp(own.Value!.Value / world.Value!.Value, 0, 1)), string.Create(CultureInfo.InvariantCulture,
                $"{own.SourceId} ({country} {own.Value} / world {world.Value} {world.Unit}, {world.Year})"), false);
    }

    private static string UnitFamily(string unit)
    {
        var u = unit.Trim().ToLowerInvariant();
        if (u.StartsWith("metric ton", StringComparison.Ordinal) || u == "t" || u.StartsWith("t ", StringComparison.Ordinal) || u.StartsWith("tonnes", StringComparison.Ordinal))
        {
            return "t";
        }
        if (u.StartsWith("kilogram", StringComparison.Ordinal) || u == "kg" || u.StartsWith("kg ", StringComparison.Ordinal))
        {
            return "kg";
        }
        return u;
    }
}
