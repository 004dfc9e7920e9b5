namespace Lodestone.News.Storage;

/// <summary>A proposed knowledge-base record (new agreement, export control or trade measure) awaiting review.</summary>
/// <param name="Kind">"agreement", "export_control" or "trade_measure".</param>
/// <param name="Status">"pending", "accepted" or "rejected".</param>
/// <param name="Payload">The proposed record as JSON (type, date, parties, commodities, summary, sources).</param>
public sealed record Proposal(long Id, long EventId, string Kind, string Status, string Payload, string CreatedAt, string? DecidedAt);
