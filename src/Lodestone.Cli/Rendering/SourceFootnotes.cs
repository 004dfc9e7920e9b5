namespace Lodestone.Cli.Rendering;

/// <summary>Numbers sources in order of first citation, for footnoted tables.</summary>
internal sealed class SourceFootnotes
{
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];

    public string Refs(IEnumerable<string> sourceIds)
    {
        var numbers = sourceIds.Distinct(StringComparer.Ordinal).Select(Number).Order().ToList();
        return numbers.Count == 0 ? "" : string.Join(",", numbers);
    }

    public int Number(string sourceId)
    {
        if (!_numbers.TryGetValue(sourceId, out var n))
        {
            _order.Add(sourceId);
            n = _numbers[sourceId] = _order.Count;
        }
        return n;
    }

    public IReadOnlyList<(int Number, string SourceId)> InOrder => _order.Select((id, i) => (i + 1, id)).ToList();
}
