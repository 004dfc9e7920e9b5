namespace Lodestone.News.Contracts;

/// <summary>An amount in its own currency.</summary>
public sealed record AmountJson(decimal Value, string Currency);
