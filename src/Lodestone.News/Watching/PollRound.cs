namespace Lodestone.News.Watching;

/// <summary>What one round of polling did on this server.</summary>
/// <param name="Polled">The sources this server claimed and polled (due, not held by another server).</param>
/// <param name="Errors">One line per source or article that failed; the other sources were still polled.</param>
public sealed record PollRound(IReadOnlyList<string> Polled, int ArticlesAdded, int Duplicates, int EventsAdded, int ProposalsAdded, IReadOnlyList<string> Errors);
