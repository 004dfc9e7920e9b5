using Lodestone.News.Storage;
using Lodestone.Testing;

namespace Lodestone.News.Tests.Resolution;

/// <summary>When two reports of the same parties and commodity are one event: the 7-day window of the matcher's time
/// rule, through <c>news ingest</c> of a two-item feed.</summary>
public sealed class EventTimeWindowTests : IDisposable
{
    private const string Agreement = "Japan and Chile signed an agreement on lithium supply.";

    private readonly TempDirectory _temp = new();

    public static TheoryData<string, string, string?, string, string?, int> Cases => new()
    {
        // An undated report, then a dated one four days later: one event, dated by the second
        { "undated then dated, 4 days", "2021-01-01", null, "2021-01-05", "2021-01-04", 1 },
        // The same five months later: the undated event's only report is far outside the window. Before, a dated report
        // was compared only with its own publication and merged into every undated event of any age
        { "undated then dated, 5 months", "2021-01-01", null, "2021-06-02", "2021-06-01", 2 },
        // Two undated reports 7 and 8 days apart: the window's edge
        { "undated, 7 days apart", "2021-01-01", null, "2021-01-08", null, 1 },
        { "undated, 8 days apart", "2021-01-01", null, "2021-01-09", null, 2 },
        // A dated event, then an undated report published 7 and 8 days after that date
        { "dated then undated, 7 days", "2021-01-02", "2021-01-01", "2021-01-08", null, 1 },
        { "dated then undated, 8 days", "2021-01-02", "2021-01-01", "2021-01-09", null, 2 },
        // Two dates that differ are two events, however close
        { "dated, one day apart", "2021-01-02", "2021-01-01", "2021-01-03", "2021-01-02", 2 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Ingest_TwoReportsOfTheSameParties_AreOneEventOnlyWithinTheWindow(string why, string firstPublished,
        string? firstDate, string secondPublished, string? secondDate, int events)
    {
        // Given a feed of two reports of the same agreement (Japan, Chile, lithium), each dated in its text or not
        var feed = TestFeed.Rss(
            [Item(firstPublished, firstDate, "First."), Item(secondPublished, secondDate, "Second.")]);
        using var store = TestFeed.OpenStore(_temp.File("news.db"));

        // When it is ingested
        var report = TestFeed.Ingestor(store).Ingest([TestFeed.Source(_temp.File("feed.xml"), feed)]);

        // Then the two reports are one event (one merged) or two
        Assert.Equal(2, report.ArticlesAdded);
        Assert.True((events, 2 - events) == (report.EventsAdded, report.EventsMerged),
            $"{why}: expected {events} events, got {report.EventsAdded} added and {report.EventsMerged} merged");
        Assert.Equal(events, store.Events(new EventQuery()).Count);
    }

    private static (DateOnly, string) Item(string published, string? date, string tail) =>
        (Day(published), (date is null ? Agreement : $"On {TestFeed.Written(Day(date))}, {Agreement}") + " " + tail);

    private static DateOnly Day(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    public void Dispose() => _temp.Dispose();
}
