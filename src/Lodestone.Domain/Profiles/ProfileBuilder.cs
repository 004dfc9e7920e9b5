using Lodestone.Domain.Brief;
using Lodestone.Domain.Facts;
using Lodestone.Domain.KnowledgeBase;
using Lodestone.Domain.Model;

namespace Lodestone.Domain.Profiles;

/// <summary>Builds <see cref="MineralProfile"/>s and <see cref="CountryProfile"/>s from a dataset.</summary>
public static class ProfileBuilder
{
    public static MineralProfile Mineral(Dataset data, Commodity commodity, Iso3 importer, Iso3 supplier, DateOnly asOf)
    {
        var name = commodity.Name;
        var stages = StageBreakdowns(data, name).ToList();
        var reserves = Reserves(data, name);
        var trade = Trade(data, name, importer);
        var brief = BriefCalculator.Row(data, new BriefRequest(importer, supplier, null, asOf), name,
            new Dictionary<string, IReadOnlySet<Iso3>>(), new HashSet<Iso3>());
        var members = data.Commodities.MembersOf(name).Select(m => m.Name).ToHashSet(StringComparer.Ordinal);
        var controls = data.ExportControls
            .Where(c => c.Commodities.Any(x => x == name || members.Contains(x)))
            .OrderBy(c => c.Date)
            .Select(c => new ControlSummary(c.Id, c.Date.ToString(), c.MeasureType, c.Imposing + " → " + c.TargetsText, c.StatusOn(asOf), c.StatusAsOf?.ToString(),
                !c.IsRelaxation && brief.ExportControls.Any(b => b.Id == c.Id && b.InForce), c.SourceId))
            .ToList();
        var group = commodity.MemberOf;
        var agreements = data.Agreements
            .Where(a => a.Commodities.Contains(name) || (group is not null && a.Commodities.Contains(group)) || a.Commodities.Any(members.Contains))
            .OrderBy(a => a.Date)
            .Select(a => new AgreementSummary(a.Id, a.Date.ToString(), a.Parties.Select(p => p.Code).Concat(a.OtherParties).ToList(), a.Type, a.Summary, a.AmountUsd, a.Status, a.SourceId))
            .ToList();
        var projects = data.Projects
            .Where(p => p.Commodities.Contains(name) || p.Commodities.Any(members.Contains))
            .OrderBy(p => p.ExpectedStart?.Earliest ?? DateOnly.MaxValue)
            .Select(p => new ProjectSummary(p.Id, p.Name, p.Country.Code, p.Operator, p.StageText, p.CapacityMin, p.CapacityMax, p.Unit, p.Status, p.ExpectedStart?.ToString(), p.SourceId))
            .ToList();
        var sourceIds = stages.SelectMany(s => s.SourceIds)
            .Concat(reserves?.SourceIds ?? [])
            .Concat(trade.Select(t => t.SourceId)).Concat(trade.SelectMany(t => t.Sources.Select(s => s.SourceId)))
            .Concat(controls.Select(c => c.SourceId)).Concat(agreements.Select(a => a.SourceId)).Concat(projects.Select(p => p.SourceId));
        return new MineralProfile(name, commodity.Kind.ToString().ToLowerInvariant(), commodity.Aliases, commodity.Symbols,
            members.Order(StringComparer.Ordinal).ToList(), commodity.HsCodes, commodity.OnUsList2025, commodity.OnEuList2023,
            stages, reserves, trade, controls, agreements, projects, SourcesOf(data, sourceIds));
    }

    /// <summary>Every production series (latest year) and the latest observed published stage shares of a commodity.</summary>
    public static IEnumerable<StageBreakdown> StageBreakdowns(Dataset data, string commodity)
    {
        var series = data.Production.Where(p => p.Commodity == commodity && p.Kind == OutputKind.Production)
            .GroupBy(p => (p.Stage, p.Series))
            .OrderBy(g => g.Key.Stage).ThenBy(g => g.Key.Series, StringComparer.Ordinal);
        foreach (var g in series)
        {
            var year = g.Where(p => p.Value is not null).Select(p => p.Year).DefaultIfEmpty(g.Max(p => p.Year)).Max();
            var rows = g.Where(p => p.Year == year).ToList();
            var (total, note) = StageAnalysis.WorldTotal(rows);
            var countries = rows.Where(p => p.Country != Iso3.World)
                .Select(p => new CountryFigure(p.Country.Code, data.Countries.NameOf(p.Country), p.Value, p.Value is { } v && total is { } t ? v / t : null, p.IsEstimate, p.IsLowerBound, p.Note))
                .OrderByDescending(c => c.Value ?? -1).ThenBy(c => c.Country, StringComparer.Ordinal)
                .ToList();
            var listed = countries.Where(c => c.Country != "OTH" && c.Share is not null).ToList();
            yield return new StageBreakdown(g.Key.Stage.Name(), g.Key.Series, year, "production", rows[0].Unit, total,
                countries.Any(c => c.Country == "OTH" && c.Value is > 0) || countries.Any(c => c.Value is null),
                listed.Count == 0 ? null : Metrics.Concentration.HhiPercent(listed.Select(c => c.Share!.Value * 100)), countries, note,
                rows.Select(p => p.SourceId).Distinct(StringComparer.Ordinal).ToList());
        }
        var shares = data.StageShares.Where(s => s.Commodity == commodity)
            .GroupBy(s => (s.Stage, s.ProductScope, s.Year, s.DataType))
            .OrderBy(g => g.Key.Stage).ThenBy(g => g.Key.Year).ThenBy(g => g.Key.DataType, StringComparer.Ordinal);
        foreach (var g in shares)
        {
            var countries = g.Select(s => new CountryFigure(s.Country?.Code ?? "", s.Country is { } c ? data.Countries.NameOf(c) : s.Region ?? "", s.Value, s.Share?.Value, false,
                    s.Qualifier == ">", s.Qualifier == "~" ? "approximately" : s.Notes))
                .OrderByDescending(c => c.Share ?? -1).ToList();
            var listed = countries.Where(c => c.Country is not ("ROW" or "") && c.Share is not null).ToList();
            var proxy = g.Any(s => s.IsProxy) ? "PROXY: mine-stage shares stand in for processing; " : "";
            yield return new StageBreakdown(g.Key.Stage.Name(), g.Key.ProductScope, g.Key.Year, "published shares (" + g.Key.DataType + ")", g.First().Unit,
                g.First().WorldTotal, true, listed.Count == 0 ? null : Metrics.Concentration.HhiPercent(listed.Select(c => c.Share!.Value * 100)), countries,
                proxy + (g.First().Derived ?? ""), g.Select(s => s.SourceId).Distinct(StringComparer.Ordinal).ToList());
        }
    }

    private static ReserveBreakdown? Reserves(Dataset data, string commodity)
    {
        var rows = data.Reserves.Where(r => r.Commodity == commodity).ToList();
        if (rows.Count == 0)
        {
            return null;
        }
        var world = rows.FirstOrDefault(r => r.Country == Iso3.World);
        var unit = world?.Unit ?? rows[0].Unit;
        var countries = rows.Where(r => r.Country != Iso3.World && r.Unit == unit)
            .Select(r => new CountryFigure(r.Country.Code, data.Countries.NameOf(r.Country), r.Value, r.Value is { } v && world?.Value is { } t && t > 0 ? v / t : null, false, r.IsLowerBound, r.Note))
            .OrderByDescending(c => c.Value ?? -1).ThenBy(c => c.Country, StringComparer.Ordinal).ToList();
        return new ReserveBreakdown(unit, rows[0].Year, world?.Value, world?.IsLowerBound ?? false, countries,
            rows.Select(r => r.SourceId).Distinct(StringComparer.Ordinal).ToList());
    }

    private static List<TradeYear> Trade(Dataset data, string commodity, Iso3 importer)
    {
        var sources = data.ImportSources.Where(i => i.Commodity == commodity && i.Importer == importer).ToList();
        return data.NetImportReliance.Where(n => n.Commodity == commodity && n.Importer == importer)
            .OrderBy(n => n.Year).ThenBy(n => n.Series, StringComparer.Ordinal)
            .Select(n => new TradeYear(n.Year, n.Series, n.Value.ToString(), n.Note,
                sources.Where(s => s.SourceId == n.SourceId)
                    .OrderByDescending(s => s.Share.Value)
                    .Select(s => new ImportPartner(s.Partner.Code, data.Countries.NameOf(s.Partner), s.Share.Value, s.Period, s.Category, s.SourceId))
                    .ToList(),
                n.SourceId))
            .ToList();
    }

    public static CountryProfile Country(Dataset data, Country country, DateOnly asOf)
    {
        var code = country.Iso3;
        var production = data.CommoditiesWithData()
            .SelectMany(c => StageBreakdowns(data, c).Select(s => (Commodity: c, Stage: s)))
            .SelectMany(x => x.Stage.Countries.Where(f => f.Country == code.Code)
                .Select(f => new CountryOutput(x.Commodity, x.Stage.Stage, x.Stage.Series, x.Stage.Year, f.Value, x.Stage.Unit, f.Share, f.Note, x.Stage.Basis, x.Stage.SourceIds)))
            .OrderByDescending(o => o.Share ?? -1)
            .ToList();
        var reserves = data.Reserves.Where(r => r.Country == code)
            .Select(r =>
            {
                var world = data.Reserves.FirstOrDefault(w => w.Commodity == r.Commodity && w.Country == Iso3.World && w.Unit == r.Unit);
                return new CountryReserve(r.Commodity, r.Value, r.Unit, r.Value is { } v && world?.Value is { } t && t > 0 ? v / t : null, r.IsLowerBound, r.Note, r.SourceId);
            })
            .OrderByDescending(r => r.Share ?? -1).ToList();
        var controls = data.ExportControls.Where(c => c.Imposing == code || c.Targets.Contains(code))
            .OrderBy(c => c.Date)
            .Select(c => new ControlSummary(c.Id, c.Date.ToString(), c.MeasureType, c.Imposing + " → " + c.TargetsText, c.StatusOn(asOf), c.StatusAsOf?.ToString(), false, c.SourceId)
                with { InForce = !c.IsRelaxation && c.StatusOn(asOf) == c.Status && !c.Status.StartsWith("ended", StringComparison.OrdinalIgnoreCase) && !c.Status.StartsWith("suspended", StringComparison.OrdinalIgnoreCase) })
            .ToList();
        var agreements = data.Agreements.Where(a => a.Parties.Contains(code))
            .OrderBy(a => a.Date)
            .Select(a => new AgreementSummary(a.Id, a.Date.ToString(), a.Parties.Select(p => p.Code).Concat(a.OtherParties).ToList(), a.Type, a.Summary, a.AmountUsd, a.Status, a.SourceId))
            .ToList();
        var projects = data.Projects.Where(p => p.Country == code)
            .Select(p => new ProjectSummary(p.Id, p.Name, p.Country.Code, p.Operator, p.StageText, p.CapacityMin, p.CapacityMax, p.Unit, p.Status, p.ExpectedStart?.ToString(), p.SourceId))
            .ToList();
        var ids = production.SelectMany(p => p.SourceIds).Concat(reserves.Select(r => r.SourceId)).Concat(controls.Select(c => c.SourceId))
            .Concat(agreements.Select(a => a.SourceId)).Concat(projects.Select(p => p.SourceId));
        return new CountryProfile(code.Code, country.Name, country.IsoName, country.Groups.Order(StringComparer.Ordinal).ToList(), country.IsLandlocked,
            production, reserves, controls, agreements, projects, SourcesOf(data, ids));
    }

    private static List<SourceRef> SourcesOf(Dataset data, IEnumerable<string> ids) =>
        ids.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(id => data.Sources.TryGetValue(id, out var s) ? new SourceRef(s.Id, s.Title, s.Url, s.Published?.ToString()) : null)
            .OfType<SourceRef>().ToList();

}
