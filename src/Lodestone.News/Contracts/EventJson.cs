namespace Lodestone.News.Contracts;

/// <summary>One event in the <c>news extract</c> JSON (shape fixed by issue #4).</summary>
/// <param name="DateSource">"text" when the article fixes the date; "report:FILE" when it is taken from another input reporting the same event; null when unknown.</param>
public sealed record EventJson(
    string Type,
    string? Date,
    string? DateSource,
    IReadOnlyList<string> Countries,
    IReadOnlyList<string> Commodities,
    IReadOnlyList<string> Topics,
    IReadOnlyList<string> Organizations,
    AmountJson? Amount,
    decimal? AmountUsd,
    string Summary,
    IReadOnlyList<SpanJson> Evidence,
    FieldEvidenceJson FieldEvidence);
