namespace Lodestone.Benchmarks.News.Model;

/// <summary>One training row: an article's title and lead, and the type of its first labelled event ("none" when it has none).</summary>
public sealed class EventTypeExample
{
    public string Text { get; set; } = "";

    public string Label { get; set; } = "";
}
