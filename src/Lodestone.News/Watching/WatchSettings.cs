namespace Lodestone.News.Watching;

/// <summary>What to poll and how often.</summary>
/// <param name="Sources">RSS/Atom feed URLs (http or https) and folders of articles or feed files.</param>
/// <param name="Interval">A source is polled again once this long has passed since its last poll on any server (1 s – 1 day).</param>
/// <param name="Lease">How long a poll may hold its source before another server may take it (the fetch deadline with room to spare).</param>
public sealed record WatchSettings(IReadOnlyList<string> Sources, TimeSpan Interval, TimeSpan Lease)
{
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromMinutes(15);

    public static readonly TimeSpan DefaultLease = TimeSpan.FromMinutes(5);
}
