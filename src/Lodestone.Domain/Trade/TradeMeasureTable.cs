using Lodestone.Domain.Model;

namespace Lodestone.Domain.Trade;

/// <summary>The trade measures of a dataset with the sources they cite (the dataset's sources).</summary>
public sealed record TradeMeasureTable(IReadOnlyList<TradeMeasure> Measures, IReadOnlyDictionary<string, Source> Sources)
{
    /// <summary>No measures and no sources (a dataset without trade measures).</summary>
    public static TradeMeasureTable Empty { get; } = new([], new Dictionary<string, Source>());

    /// <summary>Measures covering <paramref name="commodity"/>, or aimed at one of <paramref name="countries"/>, oldest first.</summary>
    public IReadOnlyList<TradeMeasure> For(string? commodity, IEnumerable<Iso3> countries)
    {
        var set = countries.ToHashSet();
        return Measures.Where(m => (commodity is not null && m.Commodities.Contains(commodity, StringComparer.Ordinal)) || m.Targets.Any(set.Contains))
            .OrderBy(m => m.Date.ToString(), StringComparer.Ordinal).ToList();
    }
}
