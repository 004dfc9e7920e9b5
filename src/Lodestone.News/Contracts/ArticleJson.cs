namespace Lodestone.News.Contracts;

/// <summary>One input of <c>news extract</c>: {"file","title","published","events","claims"}; <c>error</c> is set when the input could not be read.</summary>
public sealed record ArticleJson(string File, string? Title, string? Published, IReadOnlyList<EventJson> Events, IReadOnlyList<ClaimJson> Claims, string? Error);
