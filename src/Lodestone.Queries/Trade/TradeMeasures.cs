using Lodestone.Domain.KnowledgeBase;
using Lodestone.Domain.Model;
using Lodestone.Domain.Trade;
using Lodestone.Queries.Contracts;

namespace Lodestone.Queries.Trade;

/// <summary>The U.S. trade measures (data/us_trade_measures.csv) as the trade, mineral and country answers show them, each with its source.</summary>
public static class TradeMeasures
{
    /// <summary>Measures covering <paramref name="commodity"/> or aimed at one of <paramref name="countries"/>, oldest first.</summary>
    public static IReadOnlyList<TradeMeasureJson> For(Dataset data, string? commodity, IEnumerable<Iso3> countries)
    {
        var table = data.TradeMeasures;
        return table.For(commodity, countries).Select(m => ToJson(m, table)).ToList();
    }

    /// <summary>Measures a country imposes or is targeted by, oldest first.</summary>
    public static IReadOnlyList<TradeMeasureJson> OfCountry(Dataset data, Iso3 country)
    {
        var table = data.TradeMeasures;
        return table.Measures.Where(m => m.Imposing == country || m.Targets.Contains(country))
            .OrderBy(m => m.Date.ToString(), StringComparer.Ordinal).Select(m => ToJson(m, table)).ToList();
    }

    private static TradeMeasureJson ToJson(TradeMeasure m, TradeMeasureTable table) =>
        new(m.Id, m.Date.ToString(), m.EffectiveDate?.ToString(), m.MeasureType, m.Targets.Select(t => t.Code).ToList(), m.Commodities, m.Scope,
            m.RateText, m.Status, m.StatusAsOf?.ToString(), m.Summary, m.Notes, table.Sources[m.SourceId].ToDto());
}
