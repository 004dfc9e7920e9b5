using System.Globalization;
using Lodestone.Domain.Facts;
using Lodestone.Domain.Metrics;
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
        var rule = spec.Imports is null ? SelectRule(spec, commodity, field) : null;
        var imports = spec.Imports is { } declared
            ? DeclaredImports(declared, field + ".imports")
            : SelectImports(spec, commodity, rule!, field).Select(r => (Origin: r.Partner, Share: r.Share.Value)).ToList();
        var nirSeries = rule?.NirSeries ?? _data.ImportCategories.AtStage(commodity, spec.Stage)?.NirSeries ?? commodity;
        var demand = ReadDemand(spec, field);
        var parameters = Parameters(spec, commodity, nirSeries, demand, key, field);
        var market = new MarketBuilder
        {
            Commodity = commodity,
            Stage = spec.Stage,
            DemandBase = demand?.Value,
            DemandUnit = demand?.Unit,
            Parameters = parameters,
            DomesticIndex = 0,
            Price = spec.Price is { } price ? ReadPrice(price, field + ".price") : null,
        };
        AddOrigin(market, importer.Code, 0);
        // The exposure tracer's weights (ImportSourceSelector.Weights): rounding normalised, an unnamed remainder "other".
        var weights = ImportSourceSelector.Weights(imports).Weights;
        foreach (var partner in imports.Select(i => i.Origin).Append(Iso3.Other).Distinct().Where(weights.ContainsKey))
        {
            AddOrigin(market, partner.Code, weights[partner]);
        }
        AddEvents(market, spec, field);
        return market;
    }

    /// <summary>The market's parameters: net import reliance (the scenario's or the dataset's series), then each
    /// setting from the scenario's overrides or its defaults, the world ratio and the concern's world share from the
    /// dataset unless overridden. Added in this order, which fixes the parameters' indices.</summary>
    private MarketParameters Parameters(MarketSpec spec, string commodity, string nirSeries,
        (double Value, string Unit, string Basis)? demand, string key, string field)
    {
        var nir = spec.Overrides.TryGetValue(ParameterNames.NetImportReliance, out var nirSpec)
            ? Add(key + "." + ParameterNames.NetImportReliance, nirSpec,
                field + ".parameters." + ParameterNames.NetImportReliance)
            : Add(NirFromData(commodity, nirSeries, key, spec, field));
        return new MarketParameters(
            nir,
            P(spec, key, field, ParameterNames.DemandGrowth),
            P(spec, key, field, ParameterNames.RestOfWorldGrowth),
            spec.Overrides.ContainsKey(ParameterNames.WorldToImporter)
                ? P(spec, key, field, ParameterNames.WorldToImporter)
                : Add(WorldRatioFromData(commodity, key, spec, demand, field)),
            spec.Overrides.ContainsKey(ParameterNames.ConcernWorldShare)
                ? P(spec, key, field, ParameterNames.ConcernWorldShare)
                : Add(WorldShareFromData(commodity, spec.Stage, spec.WorldStage ?? spec.Stage, _scenario.Concern,
                          key + "." + ParameterNames.ConcernWorldShare)
                      ?? throw Error(spec.Line, field,
                          $"no world share of {_scenario.Concern} for {key} in the dataset; "
                          + $"set parameters.{ParameterNames.ConcernWorldShare}")),
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

    private List<(Iso3 Origin, double Share)> DeclaredImports(ImportsSpec declared, string field)
    {
        CheckBasis(new ParameterSpec(new Fixed(0), declared.Source, false, declared.Line), field + ".source");
        if (declared.Shares.Any(s => s.Origin == _scenario.Importer))
        {
            throw Error(declared.Line, field + ".shares", $"the importer {_scenario.Importer} cannot be an import origin (its own supply is 1 − net import reliance)");
        }
        return declared.Shares.Select(s => (s.Origin, s.Share)).ToList();
    }

    /// <summary>The category the market's import shares come from: its <c>import_category</c> when given (which must describe the
    /// market's stage), else the one the data's rule names for that stage (reference/usgs_import_categories.csv).</summary>
    private ImportCategoryRule SelectRule(MarketSpec spec, string commodity, string field)
    {
        var rules = _data.ImportCategories;
        var rule = spec.ImportCategory is { } named
            ? rules.Find(commodity, _data.ImportSources.FirstOrDefault(r => r.Commodity == commodity
                && string.Equals(r.Category, named, StringComparison.OrdinalIgnoreCase))?.Category ?? named)
                ?? throw Error(spec.Line, field + ".import_category", $"no import category '{named}' of {commodity} with a rule in reference/usgs_import_categories.csv; the rules name: "
                    + string.Join(", ", rules.All.Where(r => r.Commodity == commodity).Select(r => "'" + r.Category + "'")))
            : rules.AtStage(commodity, spec.Stage)
                ?? throw Error(spec.Line, field, $"no import category of {commodity} describes the {spec.Stage.Name()} stage (reference/usgs_import_categories.csv); set import_category or another stage");
        if (rule.Stage != spec.Stage)
        {
            throw Error(spec.Line, field + ".import_category", $"'{rule.Category}' describes {(rule.Stage is { } s ? "the " + s.Name() + " stage" : "several stages")} "
                + $"(reference/usgs_import_categories.csv: {rule.Reason}), not {spec.Stage.Name()}");
        }
        return rule;
    }

    /// <summary>The rule's rows, latest period unless <c>import_period</c> is set.</summary>
    private IReadOnlyList<ImportSourceFact> SelectImports(MarketSpec spec, string commodity, ImportCategoryRule rule, string field)
    {
        var rows = spec.ImportPeriod is { } period
            ? _data.ImportSources.Where(r => r.Commodity == commodity && r.Importer == _scenario.Importer && r.Period == period && r.Category == rule.Category!).ToList()
            : ImportSourceSelector.OfCategory(_data, _scenario.Importer, commodity, rule.Category!, _year);
        if (rows.Count == 0)
        {
            throw Error(spec.Line, field, spec.ImportPeriod is null
                ? $"no import sources of {commodity} into {_scenario.Importer} in category '{rule.Category}' for a period ending in {_year} or before (the data year read)"
                : $"no import sources of {commodity} into {_scenario.Importer} in the dataset for the chosen period and category");
        }
        return rows;
    }

    /// <summary>The published price of a salient cell the dataset maps (data/reference/usgs_salient_prices.csv).</summary>
    private BasePrice ReadPrice(PriceSpec spec, string field)
    {
        var figure = _data.SalientFigures.Figures.FirstOrDefault(f => f.Kind == SalientFigureKind.Price
            && string.Equals(f.File, Path.GetFileName(spec.File), StringComparison.OrdinalIgnoreCase) && f.Column == spec.Column && f.Year == spec.Year)
            ?? throw Error(spec.Line, field, $"{spec.File} {spec.Column} {spec.Year} is not a USGS price the dataset maps (data/reference/usgs_salient_prices.csv)");
        return figure.Value is { } value
            ? new BasePrice(figure.Series, figure.Unit, figure.Year, value, figure.IsEstimate, figure.SourceId)
            : throw Error(spec.Line, field, $"{spec.File} {spec.Column} {spec.Year} is published as '{figure.Mark}', not a price");
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

    /// <summary>NIR from the dataset: exact → drawn within the range the source published over the five years to the latest
    /// (triangular, mode at the latest; fixed when every year is the same); "&gt;x" → uniform(x, 100 %); "&lt;x" → uniform(0, x);
    /// "E" → 0 (a net exporter relies on no imports, by definition).</summary>
    private Parameter NirFromData(string commodity, string series, string key, MarketSpec spec, string field)
    {
        var name = key + "." + ParameterNames.NetImportReliance;
        var usable = _data.NetImportReliance
            .Where(n => n.Commodity == commodity && n.Series == series && n.Importer == _scenario.Importer && n.Year <= _year
                && n.Value.Kind is not (NirKind.Withheld or NirKind.NotAvailable))
            .ToList();
        var fact = usable.OrderByDescending(n => n.Year).FirstOrDefault()
            ?? throw Error(spec.Line, field, $"no usable net import reliance for {commodity} ({series}, the series of its import category) in the dataset; set parameters.{ParameterNames.NetImportReliance}");
        var basis = string.Create(CultureInfo.InvariantCulture, $"{fact.SourceId} (NIR {fact.Year}: {fact.Value})");
        switch (fact.Value.Kind)
        {
            case NirKind.Exact:
                var latest = fact.Value.Percent!.Value / 100;
                var years = NirYears(spec, usable, fact);
                var low = years.Min(n => n.Value) / 100;
                var high = years.Max(n => n.Value) / 100;
                var first = years.Min(n => n.Year);
                if (low < high)
                {
                    var (value, reason) = DefaultSpreads.NirOverYears(latest, low, high, first, fact.Year);
                    return new Parameter(name, value, basis, false, SpreadBasis: reason);
                }
                var exact = latest >= 1
                    ? string.Create(CultureInfo.InvariantCulture,
                        $"USGS publishes 100 % for {(first < fact.Year ? $"every year {first}–{fact.Year}" : fact.Year.ToString(CultureInfo.InvariantCulture))}: no domestic primary production, an exact zero")
                    : null;
                return new Parameter(name, new Fixed(latest), basis, false, ExactBasis: exact);
            case NirKind.NetExporter:
                return new Parameter(name, new Fixed(0), basis, false, ExactBasis: "net exporter (E): the model's import reliance is zero by definition");
            default:
                return new Parameter(name, new Uniform(fact.Value.Lower!.Value / 100, fact.Value.Upper!.Value / 100),
                    basis + "; published as a bound, drawn uniformly inside it (assumption: no information favours a point in the interval)", true);
        }
    }

    /// <summary>The published NIR over the five years to the latest: the dataset's exact figures of the series, completed from the
    /// market's salient file (the one NIR column whose cells equal the dataset's figures for the same years).</summary>
    private List<(int Year, double Value)> NirYears(MarketSpec spec, IReadOnlyList<NetImportRelianceFact> facts, NetImportRelianceFact latest)
    {
        var from = latest.Year - 4;
        var years = facts.Where(n => n.Series == latest.Series && n.Value.Kind == NirKind.Exact && n.Year >= from)
            .GroupBy(n => n.Year).Select(g => (Year: g.Key, Value: g.First().Value.Percent!.Value)).ToList();
        if (spec.Demand?.SalientFile is not { } file || _options.Salient is not { } table)
        {
            return years;
        }
        var columns = table.Columns(file)
            .Where(c => c.StartsWith("NIR", StringComparison.OrdinalIgnoreCase)
                && years.Any(y => table.Read(file, c, y.Year, out _) == y.Value)
                && years.All(y => table.Read(file, c, y.Year, out _) is not { } v || v == y.Value))
            .ToList();
        if (columns.Count != 1)
        {
            return years;
        }
        for (var y = from; y <= latest.Year; y++)
        {
            if (years.All(x => x.Year != y) && table.Read(file, columns[0], y, out _) is { } v)
            {
                years.Add((y, v));
            }
        }
        return years;
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
        var basis = string.Create(CultureInfo.InvariantCulture,
            $"{world.SourceId} (world {world.Stage.Name()} {world.Year}: {world.Value} {world.Unit}) / {d.Basis} ({d.Value} {d.Unit})");
        var (value, reason) = DemandYears(spec) is { Count: > 1 } years
            ? DefaultSpreads.WorldRatioOverYears(world.Value!.Value, d.Value, years.Min(y => y.Value), years.Max(y => y.Value), years.Min(y => y.Year), years.Max(y => y.Year))
            : DefaultSpreads.WorldRatio(world.Value!.Value / d.Value);
        return new Parameter(name, value, basis, false, SpreadBasis: reason);
    }

    /// <summary>The salient demand column over the five years to the demand's year (positive numbers only).</summary>
    private List<(int Year, double Value)>? DemandYears(MarketSpec spec)
    {
        if (spec.Demand is not { SalientFile: { } file, SalientColumn: { } column, Year: { } year } || _options.Salient is not { } table)
        {
            return null;
        }
        var years = new List<(int Year, double Value)>();
        for (var y = year - 4; y <= year; y++)
        {
            if (table.Read(file, column, y, out _) is > 0 and var v)
            {
                years.Add((y, v));
            }
        }
        return years;
    }

    private ProductionFact? LatestWorld(string commodity, Stage stage) =>
        _data.Production.Where(p => p.Commodity == commodity && p.Stage == stage && p.Country == Iso3.World && p.Value is > 0 && p.Year <= _year)
            .OrderByDescending(p => p.Year).FirstOrDefault();

    /// <summary>A country's share of world supply at a stage: IEA/USGS stage shares first, then production / world total.</summary>
    internal Parameter? WorldShareFromData(string commodity, Stage stage, Stage worldStage, Iso3 country, string name)
    {
        var share = _data.StageShares
            .Where(s => s.Commodity == commodity && s.Stage == stage && s.Country == country && !s.IsProjection && s.Share is not null && s.Year <= _year)
            .OrderByDescending(s => s.Year).FirstOrDefault();
        if (share is not null)
        {
            var (value, reason) = DefaultSpreads.WorldShare(share.Share!.Value.Value);
            return new Parameter(name, value, string.Create(CultureInfo.InvariantCulture,
                $"{share.SourceId} ({share.ProductScope} {share.Year}: {share.Share!.Value.Percent:0.#} %)"), false, SpreadBasis: reason);
        }
        var world = LatestWorld(commodity, worldStage);
        if (world is null)
        {
            return null;
        }
        var own = _data.Production.FirstOrDefault(p => p.Commodity == commodity && p.Stage == worldStage && p.Country == country
            && p.Year == world.Year && p.Series == world.Series && p.Value is not null);
        if (own is null)
        {
            return null;
        }
        var (spread, why) = DefaultSpreads.WorldShare(Math.Clamp(own.Value!.Value / world.Value!.Value, 0, 1));
        return new Parameter(name, spread, string.Create(CultureInfo.InvariantCulture,
            $"{own.SourceId} ({country} {own.Value} / world {world.Value} {world.Unit}, {world.Year})"), false, SpreadBasis: why);
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
