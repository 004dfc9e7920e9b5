using System.Text.RegularExpressions;
using Lodestone.Data.Loading;
using Lodestone.Domain.Facts;
using Lodestone.Domain.Model;

namespace Lodestone.Data.Exchange;

public static partial class CsvExporter
{
    // Columns follow FactFiles.Columns exactly; each method is one row of its file.

    private static string?[] Production(ProductionFact p, ReferenceData reference, Dictionary<string, Source> sources) =>
    [
        ProductionCommodity(p, reference), p.Stage == Stage.Mining ? "mine" : p.Stage.Name(), CountryName(p.Country, reference),
        p.Country.Code, Year(p.Year), Number(p.Value), p.Unit, Bool(p.IsEstimate), SourceOf(p.SourceId, sources).Title, p.Note,
        p.Kind == OutputKind.Capacity ? "capacity" : "production",
    ];

    private static string?[] Reserve(ReserveFact r, ReferenceData reference, Dictionary<string, Source> sources) =>
    [
        ReserveCommodity(r, reference), CountryName(r.Country, reference), r.Country.Code, Number(r.Value), r.Unit,
        SourceOf(r.SourceId, sources).Title, r.Note,
    ];

    private static IEnumerable<string?[]> TradeRows(FactSet facts, ReferenceData reference, Dictionary<string, Source> sources)
    {
        foreach (var n in facts.NetImportReliance)
        {
            yield return
            [
                n.Commodity, Year(n.Year), n.Value.Kind == NirKind.Exact ? Number(n.Value.Percent) : null, n.Note, null, null, null, null,
                SourceOf(n.SourceId, sources).Title, null, n.Series, n.Value.Kind == NirKind.Exact ? null : n.Value.ToString(),
            ];
        }
        var newestNir = facts.NetImportReliance.GroupBy(n => n.Commodity, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Max(n => n.Year), StringComparer.Ordinal);
        foreach (var i in facts.ImportSources)
        {
            // The loader keys import rows by the canonical commodity and keeps import_category verbatim, so the
            // category (which may already say "natural graphite: …") round-trips as is.
            var year = newestNir.TryGetValue(i.Commodity, out var y) ? y : PeriodEnd(i.Period);
            yield return
            [
                i.Commodity, Year(year), null, null, CountryName(i.Partner, reference), i.Partner.Code, Percent(i.Share), i.Period,
                SourceOf(i.SourceId, sources).Title, i.Category, null, null,
            ];
        }
    }

    private static string?[] StageShare(StageShareFact s, ReferenceData reference, Dictionary<string, Source> sources)
    {
        var source = SourceOf(s.SourceId, sources);
        return
        [
            s.Commodity, s.IsProxy ? "mining (proxy)" : s.Stage.Name(), s.ProductScope, Year(s.Year), s.DataType,
            s.Rank?.ToString(System.Globalization.CultureInfo.InvariantCulture), s.Country is { } c ? CountryName(c, reference) : s.Region,
            s.Country?.Code, Percent(s.Share), s.Qualifier, Number(s.Value), s.Unit, Number(s.WorldTotal), s.Derived, source.Title,
            source.ReadVia, s.Notes,
        ];
    }

    private static string?[] ExportControl(ExportControl e, Dictionary<string, Source> sources)
    {
        var source = SourceOf(e.SourceId, sources);
        return
        [
            e.Id, e.Date.ToString(), e.EffectiveDate?.ToString(), e.Imposing.Code, e.MeasureRef, e.CommodityText, e.ItemsScope, e.StageText,
            e.MeasureType, e.TargetsText, e.Status, e.StatusAsOf?.ToString(), e.SuspendedFrom?.ToString(), e.SuspendedUntil?.ToString(),
            source.Title, source.Url, source.ReadVia, e.Notes,
        ];
    }

    private static string?[] Agreement(Agreement a, Dictionary<string, Source> sources)
    {
        var source = SourceOf(a.SourceId, sources);
        return
        [
            a.Id, a.Date.ToString(), string.Join(';', a.Parties.Select(p => p.Code).Concat(a.OtherParties)), a.Type, a.CommodityText,
            Number(a.AmountUsd), a.AmountNote, a.Summary, a.Status, source.Title, source.Url, source.ReadVia, a.Notes,
        ];
    }

    private static string?[] Project(Project p, Dictionary<string, Source> sources)
    {
        var source = SourceOf(p.SourceId, sources);
        return
        [
            p.Id, p.Name, p.Country.Code, p.Location, p.Operator, p.CommodityText, p.StageText, Number(p.CapacityMin), Number(p.CapacityMax),
            p.Unit, p.Status, p.StatusDate?.ToString(), p.ExpectedStart?.ToString(), Number(p.InvestmentUsd), p.InvestmentNote,
            p.UsGovSupport, p.OtherGovSupport, source.Title, source.Url, source.ReadVia, p.Notes,
        ];
    }

    /// <summary>The commodity cell that reads back to the same commodity and series (see ProductionReader.SeriesName).</summary>
    /// <summary>The commodity cell that reads back to the same commodity and series (see ProductionReader.ReadReserves).</summary>
    private static string ReserveCommodity(ReserveFact r, ReferenceData reference) =>
        r.Series is null ? r.Commodity
        : !r.Series.Contains('(', StringComparison.Ordinal) && reference.Commodities.Find(r.Series)?.Name == r.Commodity ? r.Series
        : r.Commodity + " (" + r.Series + ")";

    private static string ProductionCommodity(ProductionFact p, ReferenceData reference)
    {
        var defaultSeries = p.Stage == Stage.Mining ? "mine production" : "refinery production";
        if (p.Series == defaultSeries)
        {
            return p.Commodity;
        }
        if (!p.Series.Contains('(', StringComparison.Ordinal)
            && string.Equals(reference.Commodities.Find(p.Series)?.Name, p.Commodity, StringComparison.Ordinal))
        {
            return p.Series;
        }
        return p.Commodity + " (" + p.Series + ")";
    }

    private static int PeriodEnd(string period)
    {
        // "2020-23" → 2023, "2024" → 2024: the year column of an import-only row is required but not read back.
        var digits = Regex.Matches(period, @"\d+").Select(m => m.Value).ToList();
        var first = digits.FirstOrDefault(d => d.Length == 4) ?? throw new InvalidOperationException($"period '{period}' names no year");
        var last = digits[^1];
        return int.Parse(last.Length == 4 ? last : first[..(4 - last.Length)] + last, System.Globalization.CultureInfo.InvariantCulture);
    }
}
