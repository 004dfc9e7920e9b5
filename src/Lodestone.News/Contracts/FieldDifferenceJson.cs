namespace Lodestone.News.Contracts;

/// <summary>Labelled items the extractor missed and items it produced that the labels do not have.</summary>
public sealed record FieldDifferenceJson(IReadOnlyList<string> Missed, IReadOnlyList<string> Spurious);
