using Lodestone.News.Resolution;
using Lodestone.Testing;
using Microsoft.Data.Sqlite;
using SQLitePCL;
using Xunit.Abstractions;

namespace Lodestone.News.Tests.Resolution;

/// <summary>Feed ingestion is linear in its items: the <c>news ingest</c> path (feed file, reader, extractor, matcher,
/// SQLite store) over a feed of N and of 4·N items, with its work counted, not timed.</summary>
/// <remarks>
/// Two counters, both deterministic: the SQLite virtual-machine instructions every statement of the ingest runs (the
/// progress handler called at each one: a table scan per item, or the whole event table re-read per item, shows), and
/// the stored events the matcher compares a new report with (<see cref="NewsIngestor.EventsCompared"/>).
/// </remarks>
public sealed class IngestLinearityTests(ITestOutputHelper output) : IDisposable
{
    private const int Items = 30;

    /// <summary>Ten pairs of twenty distinct countries: two pairs share no country, so only the same pair can be one
    /// event.</summary>
    private static readonly (string A, string B)[] Pairs =
    [
        ("Japan", "Chile"), ("Germany", "Argentina"), ("France", "Australia"), ("India", "Bolivia"),
        ("Canada", "Zambia"), ("Italy", "Namibia"), ("Spain", "Peru"), ("Sweden", "Brazil"), ("Poland", "Mongolia"),
        ("Norway", "Indonesia"),
    ];

    private static readonly DateOnly FirstDay = new(2021, 1, 1);

    private readonly TempDirectory _temp = new();

    [Fact]
    public void Ingest_FeedFourTimesLonger_DoesFourTimesTheWork()
    {
        // Given feeds of N and 4·N items, one a day
        // When each is ingested into a fresh store
        var small = Ingest(Items);
        var large = Ingest(4 * Items);
        output.WriteLine($"N={Items}: {small}; 4N={4 * Items}: {large}");

        // Then every item is a new event and none merges: dated items carry distinct dates, and an undated item's
        // pair of countries comes back only 10 days later, beyond the 7-day window
        Assert.Equal((Items, Items, 0), Counts(small.Report));
        Assert.Equal((4 * Items, 4 * Items, 0), Counts(large.Report));
        // and each report is compared only with the events near it in time (worked out below): 5·n − 19 for n items,
        // where comparing it with every stored agreement would cost n·(n − 1)/2 (435 and 7,140)
        Assert.Equal(5 * Items - 19, small.Compared);
        Assert.Equal(5 * 4 * Items - 19, large.Compared);
        // and the database does four times the work for four times the items (a statement whose work grew with the
        // stored rows, as a scan or a re-read of every event per item, would take the ratio towards 16)
        var ratio = (double)large.VmSteps / small.VmSteps;
        Assert.True(ratio <= 4.2,
            $"SQLite instructions {small.VmSteps:N0} for {Items} items, {large.VmSteps:N0} for {4 * Items}: "
            + $"ratio {ratio:F2}");
    }

    // The comparisons by hand. Item i is published on day i; even items are dated day i − 1, odd ones undated. A
    // report is compared with the stored events that can pass the time rule (EventTimeIndex), only earlier items
    // being stored:
    // - even i (dated): no other event has its date; undated events with a report published within 7 days of day i,
    //   as the report's own date is within 7 days of its publication: odd j in {i−7, i−5, i−3, i−1}, j ≥ 1: 4 from
    //   i = 8 on, and 0, 1, 2, 3 for i = 0, 2, 4, 6 (10 fewer);
    // - odd i (undated): dated events whose date (j − 1) is within 7 days of day i: even j in {i−5, i−3, i−1},
    //   j ≥ 0: 3 from i = 5 on, 1 and 2 for i = 1, 3 (3 fewer); and undated ones published within 7 days: odd j in
    //   {i−6, i−4, i−2}, j ≥ 1: 3 from i = 7 on, 0, 1, 2 for i = 1, 3, 5 (6 fewer).
    // So 4 per even and 6 per odd item, 5·n for n (even) items, less 10 + 3 + 6 = 19 at the start.

    private Work Ingest(int items)
    {
        var sources = new[] { TestFeed.Source(_temp.File($"feed-{items}.xml"), Feed(items)) };
        using var store = TestFeed.OpenStore(_temp.File($"news-{items}.db"));
        var ingestor = TestFeed.Ingestor(store);
        var handle = ((SqliteConnection)store.Connection).Handle;
        long steps = 0;
        raw.sqlite3_progress_handler(handle, 1, _ => { steps++; return 0; }, null);
        try
        {
            var report = ingestor.Ingest(sources);
            return new Work(report, steps, ingestor.EventsCompared);
        }
        finally
        {
            // The connection goes back to the pool: no handler may outlive the test.
            raw.sqlite3_progress_handler(handle, 0, null, null);
        }
    }

    /// <summary>Item i is published on day i; even items date their agreement (the day before), odd ones do
    /// not.</summary>
    private static string Feed(int items) => TestFeed.Rss(Enumerable.Range(0, items).Select(i =>
    {
        var published = FirstDay.AddDays(i);
        var (a, b) = Pairs[i % Pairs.Length];
        var agreement = $"{a} and {b} signed an agreement on lithium supply.";
        // Each text its own: the same text twice is one article (the content hash).
        var dated = i % 2 == 0 ? $"On {TestFeed.Written(published.AddDays(-1))}, " + agreement : agreement;
        return (published, dated + $" Filed by desk {i}.");
    }));

    private static (int, int, int) Counts(IngestReport report) =>
        (report.ArticlesAdded, report.EventsAdded, report.EventsMerged);

    public void Dispose() => _temp.Dispose();

    private sealed record Work(IngestReport Report, long VmSteps, long Compared);
}
