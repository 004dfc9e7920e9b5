namespace Lodestone.News.Evaluation;

/// <summary>Counts of true positives, false positives and false negatives, with precision, recall and F1 (0–1).</summary>
/// <remarks>Precision = TP/(TP+FP), recall = TP/(TP+FN), F1 = 2PR/(P+R); an empty denominator gives 1 (nothing to get wrong).</remarks>
public readonly record struct Score(int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);
    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static Score operator +(Score a, Score b) =>
        new(a.TruePositives + b.TruePositives, a.FalsePositives + b.FalsePositives, a.FalseNegatives + b.FalseNegatives);

    /// <summary>Compares a predicted set with a gold set.</summary>
    public static Score Of(IEnumerable<string> predicted, IEnumerable<string> gold)
    {
        var p = predicted.ToHashSet(StringComparer.Ordinal);
        var g = gold.ToHashSet(StringComparer.Ordinal);
        var tp = p.Count(g.Contains);
        return new Score(tp, p.Count - tp, g.Count - tp);
    }
}
