namespace Lodestone.News.Contracts;

/// <summary>Where each field of an event was read.</summary>
public sealed record FieldEvidenceJson(
    IReadOnlyList<ValueSpanJson> Countries,
    IReadOnlyList<ValueSpanJson> Commodities,
    IReadOnlyList<ValueSpanJson> Organizations,
    SpanJson? Date,
    SpanJson? Amount);
