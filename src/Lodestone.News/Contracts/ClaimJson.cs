namespace Lodestone.News.Contracts;

/// <summary>One claim in the <c>news extract</c> JSON.</summary>
public sealed record ClaimJson(string? Speaker, string Text, int? HorizonMonths, string? DueDate, SpanJson Evidence, SpanJson? SpeakerEvidence, SpanJson HorizonEvidence, string? SpeakerCountry = null);
