namespace Lodestone.News.Evaluation;

/// <summary>Gold event type × predicted event type counts over articles, with "(none)" for a type without a counterpart.</summary>
/// <remarks>
/// Event types are sets per article, so pairs are formed per article: a type in both sets counts on the diagonal; the
/// gold types the extractor missed are paired in alphabetical order with the types it produced that the labels do
/// not have (a confusion); what is left over counts against <see cref="None"/> (a miss, or a spurious event).
/// </remarks>
public sealed class ConfusionTable
{
    public const string None = "(none)";

    private readonly Dictionary<(string Gold, string Predicted), int> _counts = [];

    public IReadOnlyList<string> Labels => _counts.Keys.SelectMany(k => new[] { k.Gold, k.Predicted })
        .Distinct(StringComparer.Ordinal)
        .OrderBy(l => l == None ? 1 : 0).ThenBy(l => l, StringComparer.Ordinal)
        .ToList();

    public int this[string gold, string predicted] => _counts.GetValueOrDefault((gold, predicted));

    /// <summary>Adds one article's gold and predicted type sets.</summary>
    public void Add(IEnumerable<string> gold, IEnumerable<string> predicted)
    {
        var g = gold.ToHashSet(StringComparer.Ordinal);
        var p = predicted.ToHashSet(StringComparer.Ordinal);
        foreach (var both in g.Intersect(p))
        {
            Count(both, both);
        }
        var missed = g.Except(p).Order(StringComparer.Ordinal).ToList();
        var spurious = p.Except(g).Order(StringComparer.Ordinal).ToList();
        for (var i = 0; i < Math.Max(missed.Count, spurious.Count); i++)
        {
            Count(i < missed.Count ? missed[i] : None, i < spurious.Count ? spurious[i] : None);
        }
    }

    private void Count(string gold, string predicted) => _counts[(gold, predicted)] = this[gold, predicted] + 1;
}
