namespace Lodestone.News.Evaluation;

/// <summary>What the extractor got wrong on one article, per field: items it missed and items it added.</summary>
public sealed record ArticleDifference(string File, IReadOnlyDictionary<string, (IReadOnlyList<string> Missed, IReadOnlyList<string> Spurious)> Fields);
