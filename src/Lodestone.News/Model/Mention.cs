namespace Lodestone.News.Model;

/// <summary>One recognised reference in the text, with its evidence span.</summary>
/// <param name="Value">Normalised value: ISO3, canonical commodity name, organisation or person name.</param>
/// <param name="Text">The text as written at <paramref name="Span"/>.</param>
public sealed record Mention(MentionKind Kind, string Value, string Text, TextSpan Span);
