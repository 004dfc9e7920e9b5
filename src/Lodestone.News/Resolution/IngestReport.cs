namespace Lodestone.News.Resolution;

/// <summary>What one ingest run did.</summary>
/// <param name="Errors">One line per input that could not be read.</param>
public sealed record IngestReport(int ArticlesAdded, int Duplicates, int EventsAdded, int EventsMerged, int ClaimsAdded, int ProposalsAdded, IReadOnlyList<string> Errors);
