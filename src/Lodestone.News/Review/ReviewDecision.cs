using Lodestone.Domain.Model;

namespace Lodestone.News.Review;

/// <summary>What the reviewer adds when accepting: the fields an article leaves ambiguous.</summary>
/// <param name="Imposing">The country imposing an export control, when the article names several.</param>
/// <param name="MeasureType">The measure ("export ban", "licence requirement"…), when the reviewer knows it.</param>
public sealed record ReviewDecision(Iso3? Imposing = null, string? MeasureType = null);
