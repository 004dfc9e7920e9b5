using System.Collections.Concurrent;
using Lodestone.Domain.Exposure.Tracing;
using Lodestone.Domain.KnowledgeBase;
using Lodestone.Domain.Model;

namespace Lodestone.Simulation.Attribution;

/// <summary>Multi-tier attribution from the evidence tracer: an origin's supply carries the concern content traced through its own output and imports.</summary>
/// <remarks>
/// The content of an origin is <see cref="TradeTrace.Content"/> at the market's stage (the importer's own output: what it makes
/// from its own feed, <see cref="TradeTrace.MadeHere"/>). The trace gives bounds; <see cref="Bound"/> picks the end: Low counts
/// untraced links as free of the concern, High as the concern's. An unnamed origin ("other") is unknown: 0 or 1.
/// </remarks>
/// <param name="dataset">The data traced.</param>
/// <param name="bound">Which end of each origin's content bounds to count.</param>
/// <param name="year">The data year read (world shares, import sources, NIR); null: the default vintage
/// (<see cref="Vintages.NewestComplete"/>), the year <c>exposure</c> reads by default.</param>
internal sealed class TracedOriginAttribution(Dataset dataset, ContentBound bound = ContentBound.Low, int? year = null) : IOriginAttribution
{
    private readonly ConcurrentDictionary<(string, Iso3), TradeTrace> _traces = new();
    private readonly ConcurrentDictionary<string, byte> _untraced = new(StringComparer.Ordinal);

    public ContentBound Bound => bound;

    /// <summary>The data year the traces read.</summary>
    public int? Year { get; } = year ?? Vintages.NewestComplete(dataset);

    /// <summary>The content bounds of an origin (the same figures as <c>exposure</c>).</summary>
    public ShareBounds Bounds(Iso3 importer, string commodity, Stage stage, Iso3 origin, Iso3 concern)
    {
        var trace = _traces.GetOrAdd((commodity, concern), key => TradeTracer.Trace(dataset, key.Item1, key.Item2, Year));
        return trace.OriginContent(importer, origin, stage);
    }

    public double ContentFrom(Iso3 importer, string commodity, Stage stage, Iso3 origin, Iso3 concern)
    {
        var bounds = Bounds(importer, commodity, stage, origin, concern);
        if (!bounds.IsExact)
        {
            _untraced.TryAdd($"{commodity} {stage.Name()} from {origin.Code} ({bounds})", 0);
        }
        return bound == ContentBound.Low ? bounds.Low : bounds.High;
    }

    public string Describe() =>
        $"traced on production and trade data (BACI, USGS); untraced links count as {(bound == ContentBound.Low ? "free of the concern (lower bound)" : "the concern's (upper bound)")}"
        + (_untraced.IsEmpty ? "" : "; origins whose content is only bounded: " + string.Join(", ", _untraced.Keys.Order(StringComparer.Ordinal)));
}
