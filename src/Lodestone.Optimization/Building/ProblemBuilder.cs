using System.Globalization;
using Lodestone.Domain.Errors;
using Lodestone.Domain.Exposure.Tracing;
using Lodestone.Domain.Facts;
using Lodestone.Domain.KnowledgeBase;
using Lodestone.Domain.Metrics;
using Lodestone.Domain.Model;
using Lodestone.Optimization.Model;
using Lodestone.Optimization.Specs;

namespace Lodestone.Optimization.Building;

/// <summary>Builds a <see cref="PlanProblem"/> from the knowledge base and a <see cref="PlanRequest"/>, noting every assumption it makes.</summary>
/// <remarks>
/// <list type="bullet">
/// <item>Demand: the plan's <c>demand_per_year</c> (sourced), spread evenly over quarters.</item>
/// <item>Existing flows: the importer's latest import-source shares × demand × net import reliance (USGS); the
/// importer's own supply is demand × (1 − NIR).</item>
/// <item>New offtake: <c>spare_capacity_fraction</c> × each producer's latest observed output at the stage
/// (stage shares, else production facts), converted to the market unit; aggregates (ROW, OTH) become "other countries".</item>
/// <item>Export controls: a control by an origin covering the commodity, the stage and the importer, whose
/// <see cref="ExportControl.InForceOn"/> (the one in-force rule every view uses) is true in the middle of a quarter, removes capacity: a ban removes
/// both flows, a licence requirement removes new offtake (existing licensed flows continue).</item>
/// <item>Partners-only: origins other than the importer and the supplier of concern must share an agreement
/// covering the commodity with the importer, or belong to one of <c>partner_groups</c>.</item>
/// <item>Projects: data/projects.csv rows for the commodity and stage not yet operating at the horizon start,
/// with a capacity, an investment and an expected start (from the data or sourced plan overrides).</item>
/// </list>
/// </remarks>
/// <param name="dataset">The data the plan is built on.</param>
/// <param name="content">Concern content of each origin (default: traced, as <c>exposure</c>, for <paramref name="year"/>).</param>
/// <param name="year">The data year read: NIR, import sources and producer output of that year or before; null: the default
/// vintage (<see cref="Vintages.NewestComplete"/>), the year every view reads by default.</param>
public sealed partial class ProblemBuilder(Dataset dataset, IConcernContentSource? content = null, int? year = null)
{
    private const int DefaultRampQuarters = 4;
    private readonly IConcernContentSource _content = content ?? new TracedConcernContent(dataset, year);

    private readonly int _year = year ?? Vintages.NewestComplete(dataset) ?? int.MaxValue;

    /// <summary>Content bounds of the origins of the plan being built, for its notes.</summary>
    private readonly Dictionary<Iso3, ShareBounds> _bounds = [];

    /// <summary>The problem for <paramref name="request"/> with the notes and parameter sources the report lists.</summary>
    /// <exception cref="PlanningException">The commodity, a country or the demand figure is missing.</exception>
    /// <exception cref="Specs.PlanSpecException">The plan file contradicts the dataset (a project override names no project of this
    /// market …); every error is located.</exception>
    public BuiltPlan Build(PlanRequest request)
    {
        _bounds.Clear();
        var spec = request.Spec;
        var file = spec.Path ?? "(command line)";
        var notes = new List<string>();
        var commodity = CommodityOf(request);
        var (importer, concern) = PartiesOf(request);
        var stage = request.Stage ?? spec.Stage ?? Stage.Refining;
        var start = request.Start ?? spec.Start ?? Quarter.Of(request.Today);
        var quarters = request.Quarters ?? spec.Quarters ?? 12;
        var end = start.AddQuarters(quarters - 1);
        var cap = request.Cap ?? spec.Cap;
        var by = request.By ?? spec.By;
        var capFrom = by is { } b ? Quarter.Of(b.Earliest) : start;
        var budget = request.BudgetUsd ?? spec.BudgetUsd;
        var errors = CapAndBudgetErrors(spec, file, cap, capFrom, end, by, budget);
        if (spec.DemandPerYear is not { } demandYear)
        {
            throw new PlanningException(ErrorCode.InsufficientData,
                $"no demand figure for {commodity}: give demand_per_year with a source in a plan file (see plans/rare-earths.yaml)");
        }
        var unitScale = UnitScale.ToTonnes(spec.Unit)!.Value;
        var demandQuarter = demandYear.Value / 4;
        var partnersOnly = request.PartnersOnly ?? spec.PartnersOnly ?? false;
        var partners = Partners(importer, concern, commodity, spec.PartnerGroups);
        var spare = spec.SpareCapacityFraction?.Value ?? 0;
        if (spec.SpareCapacityFraction is null)
        {
            notes.Add("No spare_capacity_fraction in the plan: new offtake beyond existing flows is not available.");
        }

        var origins = Origins(commodity, stage, importer, concern, demandQuarter, spare, unitScale, start, quarters,
            partnersOnly, partners, spec, notes);
        NoteControls(origins, commodity, importer, start, notes);
        var projects = Projects(commodity, stage, importer, concern, start, end, spec, partnersOnly, partners, unitScale, file, errors, notes);
        if (budget is { } bu && projects.Where(p => p.Required).Sum(p => p.InvestmentUsd) > bu)
        {
            errors.Add(new PlanSpecError(file, spec.BudgetLine, "budget_usd",
                $"required projects cost {Words(projects.Where(p => p.Required).Sum(p => p.InvestmentUsd))}, more than the budget {Words(bu)} (contradictory)"));
        }
        if (errors.Count > 0)
        {
            throw new PlanSpecException(errors);
        }

        var demand = Enumerable.Repeat(demandQuarter, quarters).ToArray();
        var stockpile = StockpileOf(spec, notes);
        var recycling = spec.Recycling is { } r ? new RecyclingOption(r.CapacityPerYear.Value / 4, r.CostUsdPerUnit?.Value) : null;
        var basis = request.Basis ?? spec.Basis ?? CapBasis.Supply;
        var market = new PlanMarket(commodity, stage, spec.Unit, concern, demand, origins, projects, stockpile, recycling, cap, capFrom, spec.ShortfallPenaltyUsdPerUnit?.Value, importer, basis,
            request.CapEveryCountry ?? spec.CapEveryCountry ?? false);
        NoteObjective(spec, basis, notes);
        NoteContent(market, importer, notes);
        var problem = new PlanProblem(importer.Code, start, quarters, [market], budget,
            spec.RiskWeightUsdPerUnit?.Value ?? 0, spec.IntegerProjects);
        var citations = spec.Citations().Select(c => c.Field + " — " + c.Citation).ToList();
        return new BuiltPlan(problem, notes, citations);
    }

    /// <summary>The catalogue's name of the commodity asked for (request first, then plan file).</summary>
    /// <exception cref="PlanningException">None is given, or the catalogue does not know it.</exception>
    private string CommodityOf(PlanRequest request)
    {
        var text = request.Commodity ?? request.Spec.Commodity
            ?? throw new PlanningException(ErrorCode.BadArguments,
                "no commodity: pass --commodity NAME or set commodity in the plan");
        return dataset.Commodities.Find(text)?.Name
            ?? throw new PlanningException(ErrorCode.NotFound, $"unknown commodity '{text}'");
    }

    /// <summary>The importer (default USA) and the supplier of concern (default CHN): known and distinct.</summary>
    /// <exception cref="PlanningException">A country is unknown, or both are the same.</exception>
    private (Iso3 Importer, Iso3 Concern) PartiesOf(PlanRequest request)
    {
        var importer = request.Importer ?? request.Spec.Importer ?? new Iso3("USA");
        var concern = request.Supplier ?? request.Spec.Supplier ?? new Iso3("CHN");
        foreach (var code in new[] { importer, concern })
        {
            if (!dataset.Countries.Contains(code))
            {
                throw new PlanningException(ErrorCode.NotFound, $"unknown country '{code}'");
            }
        }
        if (importer == concern)
        {
            throw new PlanningException(ErrorCode.BadArguments,
                "the importer and the supplier of concern are the same country");
        }
        return (importer, concern);
    }

    /// <summary>The plan file's contradictions in its cap date and budget, located; a cap outside 0–1 is a bad
    /// argument.</summary>
    /// <exception cref="PlanningException">The cap is not a share.</exception>
    private static List<PlanSpecError> CapAndBudgetErrors(PlanSpec spec, string file, double? cap, Quarter capFrom,
        Quarter end, PartialDate? by, double? budget)
    {
        var errors = new List<PlanSpecError>();
        if (cap is < 0 or > 1)
        {
            throw new PlanningException(ErrorCode.BadArguments, "the cap is a share between 0 and 1 (0.5 = 50 %)");
        }
        if (cap is not null && capFrom > end)
        {
            errors.Add(new PlanSpecError(file, spec.ByLine, "by",
                $"{by} falls after the horizon ends ({end}): lengthen quarters or move the date (contradictory)"));
        }
        if (budget is < 0)
        {
            errors.Add(new PlanSpecError(file, spec.BudgetLine, "budget_usd", "must not be negative"));
        }
        return errors;
    }

    /// <summary>The concern content the cap counts: the high end of the source's bounds (what the data cannot rule out).</summary>
    private double ContentFor(string commodity, Stage stage, Iso3 importer, Iso3 origin, Iso3 concern)
    {
        var bounds = _content.ContentOf(commodity, stage, importer, origin, concern);
        _bounds[origin] = bounds;
        return bounds.High;
    }

    private static string Words(double usd) => "US$" + usd.ToString("#,0", CultureInfo.InvariantCulture);

    /// <summary>Countries the importer may source from under partners-only.</summary>
    private HashSet<Iso3> Partners(Iso3 importer, Iso3 concern, string commodity, IReadOnlyList<string> groups)
    {
        var set = new HashSet<Iso3> { importer };
        foreach (var a in dataset.Agreements.Where(a => a.Parties.Contains(importer) && a.Covers(commodity)))
        {
            set.UnionWith(a.Parties);
        }
        foreach (var g in groups)
        {
            set.UnionWith(dataset.Countries.InGroup(g).Select(c => c.Iso3));
        }
        set.Remove(concern);
        return set;
    }

    private List<SourceOrigin> Origins(string commodity, Stage stage, Iso3 importer, Iso3 concern, double demandQuarter, double spare, double unitScale,
        Quarter start, int quarters, bool partnersOnly, HashSet<Iso3> partners, PlanSpec spec, List<string> notes)
    {
        var baseline = new Dictionary<Iso3, double>();
        var series = dataset.ImportCategories.AtStage(commodity, stage)?.NirSeries ?? commodity;
        var nir = dataset.NetImportReliance
            .Where(n => n.Commodity == commodity && n.Series == series && n.Importer == importer && n.Value.Kind == NirKind.Exact && n.Year <= _year)
            .OrderByDescending(n => n.Year).FirstOrDefault();
        // The category the data's rule names for the plan's stage (data/reference/usgs_import_categories.csv), latest period.
        var shares = ImportSourceSelector.AtStage(dataset, importer, commodity, stage, _year);
        var latest = shares.Count == 0 ? null : shares.GroupBy(s => (s.Period, s.Category)).Single();
        var reliance = nir?.Value.Percent / 100.0;
        if (latest is null)
        {
            notes.Add($"No import-source shares for {importer} and {commodity} at the {stage.Name()} stage: existing flows are unknown, every origin starts from zero.");
        }
        else
        {
            reliance ??= 1.0;
            if (nir is null)
            {
                notes.Add($"No exact net import reliance for {importer} and {commodity}: all demand is assumed imported.");
            }
            foreach (var s in latest)
            {
                var code = s.Partner.IsAggregate ? Iso3.Other : s.Partner;
                baseline[code] = baseline.GetValueOrDefault(code) + (s.Share.Value * demandQuarter * reliance.Value);
            }
            baseline[importer] = baseline.GetValueOrDefault(importer) + (demandQuarter * (1 - reliance.Value));
            notes.Add($"Existing flows: {importer} import shares {latest.Key.Period} ({latest.Key.Category}) × net import reliance {(reliance.Value * 100).ToString("0.#", CultureInfo.InvariantCulture)} % ({nir?.Year.ToString(CultureInfo.InvariantCulture) ?? "assumed"}) × demand.");
        }

        var output = StageOutput(commodity, stage, unitScale, notes);
        var codes = baseline.Keys.Union(output.Keys).Append(importer).Append(concern).Distinct().OrderBy(c => c.Code, StringComparer.Ordinal).ToList();
        var list = new List<SourceOrigin>();
        foreach (var code in codes)
        {
            var name = code == Iso3.Other ? "Other countries" : dataset.Countries.NameOf(code);
            var offtake = spare * output.GetValueOrDefault(code) / 4;
            var restrictions = new List<Restriction>();
            var end = start.AddQuarters(quarters - 1);
            if (partnersOnly && code != concern && !partners.Contains(code))
            {
                restrictions.Add(new Restriction(RestrictionKind.PartnersOnly, $"{name} is not an agreement partner or in an allowed group", start, end, true, true));
            }
            restrictions.AddRange(Controls(commodity, stage, importer, code, start, quarters));
            var price = spec.OriginPrices.TryGetValue(code, out var p) ? p.Value : spec.PriceUsdPerUnit?.Value;
            var risky = code == concern || (dataset.Countries.Find(code)?.IsIn(CountryGroups.Feoc) ?? false);
            list.Add(new SourceOrigin(code, name,
                Enumerable.Repeat(baseline.GetValueOrDefault(code), quarters).ToArray(),
                Enumerable.Repeat(offtake, quarters).ToArray(),
                price, spec.OfftakePremiumUsdPerUnit?.Value ?? 0, risky ? 1 : 0,
                ContentFor(commodity, stage, importer, code, concern), restrictions));
        }
        return list;
    }

    /// <summary>Latest observed output per producer at the stage, in the market unit per year.</summary>
    private Dictionary<Iso3, double> StageOutput(string commodity, Stage stage, double unitScale, List<string> notes)
    {
        var result = new Dictionary<Iso3, double>();
        var shares = dataset.StageShares
            .Where(s => s.Commodity == commodity && s.Stage == stage && !s.IsProjection && !s.IsProxy && s.Value is not null && s.Country is not null && s.Year <= _year
                && UnitScale.ToTonnes(s.Unit) is not null)
            .ToList();
        if (shares.Count > 0)
        {
            var year = shares.Max(s => s.Year);
            var chosen = shares.Where(s => s.Year == year).GroupBy(s => s.ProductScope).First();
            foreach (var s in chosen)
            {
                var code = s.Country!.Value.IsAggregate ? Iso3.Other : s.Country.Value;
                result[code] = result.GetValueOrDefault(code) + (s.Value!.Value * UnitScale.ToTonnes(s.Unit)!.Value / unitScale);
            }
            notes.Add($"Producer output at the {stage.Name()} stage: {chosen.Key} {year} (source {chosen.First().SourceId}), in {chosen.First().Unit}; product form may differ from the demand series.");
            return result;
        }
        var production = dataset.Production
            .Where(p => p.Commodity == commodity && p.Stage == stage && p.Value is not null && p.Country != Iso3.World && p.Year <= _year && UnitScale.ToTonnes(p.Unit) is not null)
            .ToList();
        if (production.Count == 0)
        {
            notes.Add($"No producer output for {commodity} at the {stage.Name()} stage: no new offtake is possible.");
            return result;
        }
        var latest = production.Max(p => p.Year);
        var series = production.Where(p => p.Year == latest).GroupBy(p => p.Series).First();
        foreach (var p in series)
        {
            var code = p.Country.IsAggregate ? Iso3.Other : p.Country;
            result[code] = result.GetValueOrDefault(code) + (p.Value!.Value * UnitScale.ToTonnes(p.Unit)!.Value / unitScale);
        }
        notes.Add($"Producer output at the {stage.Name()} stage: {series.Key} {latest} (source {series.First().SourceId}).");
        return result;
    }

    private IEnumerable<Restriction> Controls(string commodity, Stage stage, Iso3 importer, Iso3 origin, Quarter start, int quarters)
    {
        var members = dataset.Commodities.MembersOf(commodity).Select(c => c.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var c in dataset.ExportControls.Where(c => c.Imposing == origin && c.AppliesTo(importer)
            && c.Commodities.Contains(commodity, StringComparer.OrdinalIgnoreCase)
            && !c.Commodities.Any(members.Contains)
            && (c.Stages.Count == 0 || c.Stages.Contains(stage))
            && !IsTechnologyOnly(c)))
        {
            var measure = c.MeasureType.ToLowerInvariant();
            var ban = measure.Contains("ban", StringComparison.Ordinal) || measure.Contains("prohibit", StringComparison.Ordinal);
            var licence = measure.Contains("licen", StringComparison.Ordinal) && !measure.Contains("general licen", StringComparison.Ordinal);
            if (!ban && !licence)
            {
                continue;
            }
            Quarter? from = null;
            for (var t = 0; t <= quarters; t++)
            {
                var q = start.AddQuarters(t);
                var inForce = t < quarters && c.InForceOn(q.Middle) == true;
                if (inForce && from is null)
                {
                    from = q;
                }
                else if (!inForce && from is { } f)
                {
                    var reason = $"{c.Id} ({c.MeasureType}; covers {c.CommodityText}; status as of {c.StatusAsOf?.ToString() ?? "unknown"})";
                    yield return new Restriction(RestrictionKind.ExportControl, reason, f, q.AddQuarters(-1), ban, true);
                    from = null;
                }
            }
        }
    }

    private static bool IsTechnologyOnly(ExportControl c)
    {
        var text = (c.StageText ?? "").ToLowerInvariant();
        return text.StartsWith("technology", StringComparison.Ordinal) || text.StartsWith("equipment", StringComparison.Ordinal);
    }

    private List<ProjectOption> Projects(string commodity, Stage stage, Iso3 importer, Iso3 concern, Quarter start, Quarter end, PlanSpec spec,
        bool partnersOnly, HashSet<Iso3> partners, double unitScale, string file, List<PlanSpecError> errors, List<string> notes)
    {
        var overrides = ProjectOverrides(commodity, stage, spec, file, errors);
        var lead = (int)(spec.LeadTimeQuarters?.Value ?? 0);
        var list = new List<ProjectOption>();
        foreach (var p in dataset.Projects.Where(p => p.Commodities.Contains(commodity, StringComparer.OrdinalIgnoreCase) && p.Stages.Contains(stage)))
        {
            overrides.TryGetValue(p.Id, out var o);
            if (o?.Exclude == true)
            {
                notes.Add($"Project {p.Id} excluded by the plan.");
                continue;
            }
            var startDate = o?.EarliestStart?.Value ?? p.ExpectedStart;
            if (o is null && IsOperating(p.Status) && startDate is { } sd && Quarter.Of(sd.Latest) < start)
            {
                notes.Add($"Project {p.Id} is already operating (since {sd}): its output is in its country's figures, not a new option.");
                continue;
            }
            var capacity = o?.CapacityPerYear?.Value ?? p.CapacityMin ?? p.CapacityMax;
            var investment = o?.InvestmentUsd?.Value ?? (p.InvestmentUsd is { } inv ? (double)inv : null);
            if (MissingFigure(p, o, capacity, investment, startDate) is { } missing)
            {
                notes.Add($"Project {p.Id} ({p.Name}) left out: {missing} (give it in the plan with a source).");
                if (o?.Require == true)
                {
                    errors.Add(new PlanSpecError(file, o.Line, "projects." + p.Id, $"required, but {missing}"));
                }
                continue;
            }
            var perYear = o?.CapacityPerYear is not null ? capacity!.Value : capacity!.Value * UnitScale.ToTonnes(p.Unit)!.Value / unitScale;
            var expected = Quarter.Of(startDate!.Value.Latest);
            var earliest = start.AddQuarters(lead) > expected ? start.AddQuarters(lead) : expected;
            if (o?.Require == true && earliest > end)
            {
                errors.Add(new PlanSpecError(file, o.Line, "projects." + p.Id, $"required, but it cannot deliver before {earliest}, after the horizon ends ({end}) (contradictory)"));
            }
            if (o?.CapacityPerYear is null && p.Unit is { } u && !u.Equals(spec.Unit, StringComparison.OrdinalIgnoreCase))
            {
                notes.Add($"Project {p.Id}: capacity {capacity.Value.ToString("#,0", CultureInfo.InvariantCulture)} {u} counted in {spec.Unit}; the product form may differ from the demand series.");
            }
            var ramp = (int)(o?.RampQuarters?.Value ?? DefaultRampQuarters);
            if (o?.RampQuarters is null)
            {
                notes.Add($"Project {p.Id}: ramp to nameplate over {DefaultRampQuarters} quarters (assumption: no published ramp schedule).");
            }
            var price = spec.OriginPrices.TryGetValue(p.Country, out var op) ? op.Value : spec.PriceUsdPerUnit?.Value;
            list.Add(new ProjectOption(p.Id, p.Name, p.Country, perYear / 4, earliest, ramp, investment!.Value, price,
                ContentFor(commodity, stage, importer, p.Country, concern), o?.Require == true,
                partnersOnly && !partners.Contains(p.Country), expected));
        }
        return list;
    }

    /// <summary>The plan's project overrides by id; an unknown id, or a project of another commodity or stage, is an
    /// error.</summary>
    private Dictionary<string, ProjectSpec> ProjectOverrides(string commodity, Stage stage, PlanSpec spec, string file,
        List<PlanSpecError> errors)
    {
        var byId = dataset.Projects.ToDictionary(p => p.Id, StringComparer.Ordinal);
        foreach (var o in spec.Projects.Where(o => !byId.ContainsKey(o.Id)))
        {
            errors.Add(new PlanSpecError(file, o.Line, "projects." + o.Id, "unknown project (not in data/projects.csv)"));
        }
        var overrides = spec.Projects.Where(o => byId.ContainsKey(o.Id)).ToDictionary(o => o.Id, StringComparer.Ordinal);
        foreach (var o in overrides.Values)
        {
            var p = byId[o.Id];
            if (!p.Commodities.Contains(commodity, StringComparer.OrdinalIgnoreCase) || !p.Stages.Contains(stage))
            {
                errors.Add(new PlanSpecError(file, o.Line, "projects." + o.Id,
                    $"the project is not a {commodity} project at the {stage.Name()} stage "
                    + $"(it is {p.CommodityText}, {p.StageText})"));
            }
        }
        return overrides;
    }

    private static bool IsOperating(string status) =>
        status.Contains("operating", StringComparison.OrdinalIgnoreCase)
        || status.Contains("producing", StringComparison.OrdinalIgnoreCase)
        || status.Contains("production", StringComparison.OrdinalIgnoreCase);

    /// <summary>What keeps a project out of the plan, first found: no capacity, a capacity unit that is not a mass
    /// (unless the plan gives the capacity), no investment figure, no expected start; null when nothing does.</summary>
    private static string? MissingFigure(Project p, ProjectSpec? o, double? capacity, double? investment,
        PartialDate? startDate)
    {
        var unitOk = o?.CapacityPerYear is not null || UnitScale.ToTonnes(p.Unit) is not null;
        return capacity is null ? "no published capacity"
            : !unitOk ? $"capacity unit '{p.Unit}' is not a mass unit"
            : investment is null ? "no published investment figure"
            : startDate is null ? "no expected start"
            : null;
    }
}
