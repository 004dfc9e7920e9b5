using System.Collections.Concurrent;
using Lodestone.Domain.Exposure.Tracing;
using Lodestone.Domain.KnowledgeBase;
using Lodestone.Domain.Model;

namespace Lodestone.Optimization.Building;

/// <summary>Concern content from the evidence tracer: the same bounds <c>exposure</c> shows for each origin.</summary>
/// <remarks>
/// Each origin's content is <see cref="TradeTrace.OriginContent"/> at the market's stage: the supplier itself [1, 1], an
/// unnamed aggregate [0, 1], the importer's own output what it makes from its own feed, any other country its supply traced
/// through its own output and recorded imports (BACI, USGS). One trace per (commodity, concern), computed on first use.
/// </remarks>
/// <param name="dataset">The data traced.</param>
/// <param name="year">The data year read; null: the default vintage (<see cref="Vintages.NewestComplete"/>), as <c>exposure</c>.</param>
public sealed class TracedConcernContent(Dataset dataset, int? year = null) : IConcernContentSource
{
    private readonly ConcurrentDictionary<(string, Iso3), TradeTrace> _traces = new();

    /// <inheritdoc />
    public string Name => "traced";

    /// <inheritdoc />
    public ShareBounds ContentOf(string commodity, Stage stage, Iso3 importer, Iso3 origin, Iso3 concern) =>
        _traces.GetOrAdd((commodity, concern), key => TradeTracer.Trace(dataset, key.Item1, key.Item2, year)).OriginContent(importer, origin, stage);
}
