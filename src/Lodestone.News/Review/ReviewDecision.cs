using Lodestone.Domain.Model;

namespace Lodestone.News.Review;

/// <summary>What the reviewer adds when accepting: the fields an article leaves ambiguous.</summary>
/// <param name="Imposing">The country imposing an export control or a trade measure, when the article names several.</param>
/// <param name="MeasureType">The measure ("export ban", "licence requirement"…) of an export control, when the reviewer knows it; for a
/// trade measure one of tariff, antidumping, countervailing, trade_status, policy_call (required when the article was a policy).</param>
public sealed record ReviewDecision(Iso3? Imposing = null, string? MeasureType = null);
