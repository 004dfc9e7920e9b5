namespace Lodestone.News.Contracts;

/// <summary>A proposed knowledge-base record: the shape of <c>lodestone events review --format json</c>.</summary>
/// <param name="Kind">"agreement", "export_control" or "trade_measure".</param>
/// <param name="Status">"pending", "accepted" or "rejected".</param>
/// <param name="Payload">The proposed record as a JSON string (type, date, parties, commodities, summary, source).</param>
/// <param name="CreatedAt">ISO 8601 instant.</param>
/// <param name="DecidedAt">ISO 8601 instant, null while pending.</param>
public sealed record ProposalJson(long Id, long EventId, string Kind, string Status, string Payload, string CreatedAt, string? DecidedAt);
