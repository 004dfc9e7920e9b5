using Lodestone.Domain.Model;

namespace Lodestone.News.Storage;

/// <summary>A claim as stored, with the article it came from.</summary>
public sealed record StoredClaim(long Id, long ArticleId, string Location, string? Speaker, string Text, int? HorizonMonths, PartialDate? DueDate, int Start, int End);
