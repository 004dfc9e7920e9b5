using Lodestone.News.Model;

namespace Lodestone.News.Gazetteers;

/// <summary>A phrase found in a text by <see cref="PhraseMatcher{T}"/>.</summary>
internal readonly record struct PhraseMatch<T>(TextSpan Span, T Value);
