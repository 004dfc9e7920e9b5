using Lodestone.Domain.Trade;

namespace Lodestone.Data.Storage;

/// <summary>Splits a stream of flows where a (nomenclature, year) first appears, so that an import can delete the stored flows of
/// that nomenclature and year just before it writes the first of its own, without reading the input twice.</summary>
/// <remarks>A file of one year (BACI ships one file per year) is one segment; interleaved years cost a split only the first time
/// each appears. The check per flow compares with the previous flow's key first (a file is one year), then a small set.</remarks>
internal sealed class TradeFlowYears : IDisposable
{
    private readonly IEnumerator<TradeFlow> _flows;
    private readonly HashSet<(string Nomenclature, int Year)> _seen = [];
    private bool _has;
    private string? _lastNomenclature;
    private int _lastYear;

    public TradeFlowYears(IEnumerable<TradeFlow> flows)
    {
        _flows = flows.GetEnumerator();
        _has = _flows.MoveNext();
    }

    /// <summary>The (nomenclature, year) the next segment starts with: one not met before; null once the flows are exhausted.</summary>
    public (string Nomenclature, int Year)? Next => _has ? Key(_flows.Current) : null;

    /// <summary>The flows from the current one up to, not including, the next flow of a (nomenclature, year) not met before.</summary>
    public IEnumerable<TradeFlow> Segment()
    {
        if (!_has)
        {
            yield break;
        }
        var first = _flows.Current;
        _seen.Add(Key(first));
        (_lastNomenclature, _lastYear) = (first.Nomenclature, first.Year);
        do
        {
            yield return _flows.Current;
        }
        while ((_has = _flows.MoveNext()) && Seen(_flows.Current));
    }

    private bool Seen(TradeFlow flow)
    {
        if (ReferenceEquals(flow.Nomenclature, _lastNomenclature) && flow.Year == _lastYear)
        {
            return true;
        }
        if (!_seen.Contains(Key(flow)))
        {
            return false;
        }
        (_lastNomenclature, _lastYear) = (flow.Nomenclature, flow.Year);
        return true;
    }

    private static (string, int) Key(TradeFlow flow) => (flow.Nomenclature ?? "", flow.Year);

    public void Dispose() => _flows.Dispose();
}
