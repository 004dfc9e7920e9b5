namespace Lodestone.News.Model;

/// <summary>A half-open range of character offsets [<paramref name="Start"/>, <paramref name="End"/>) into an article's text.</summary>
/// <remarks>Offsets count UTF-16 code units of the text the extractor was given (after ingestion normalised it).</remarks>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public bool Contains(int position) => position >= Start && position < End;

    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    public bool Covers(TextSpan other) => Start <= other.Start && other.End <= End;

    public string Of(string text) => text[Start..End];
}
