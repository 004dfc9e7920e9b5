namespace Lodestone.News.Contracts;

/// <summary>One article's differences from its labels, per field.</summary>
public sealed record ArticleDifferenceJson(string File, IReadOnlyDictionary<string, FieldDifferenceJson> Fields);
