using Lodestone.Domain.Model;

namespace Lodestone.News.Model;

/// <summary>A forward-looking claim or target with its speaker and horizon.</summary>
/// <param name="Speaker">The speaker, resolved to a person where the text allows ("The U.S. President" → "Donald Trump"), else as written; null when unattributed.</param>
/// <param name="HorizonMonths">Months from the statement to the deadline ("within a year and a half" → 18); null for a calendar deadline.</param>
/// <param name="DueDate">Deadline: publication date plus the horizon (month precision), or the calendar date named ("by 2030").</param>
public sealed record ExtractedClaim(
    string? Speaker,
    TextSpan? SpeakerSpan,
    string Text,
    TextSpan Span,
    int? HorizonMonths,
    TextSpan HorizonSpan,
    PartialDate? DueDate)
{
    /// <summary>ISO3 of the speaker's country when the text gives it ("Japan's trade minister" → JPN, a listed leader's country); else null.</summary>
    public string? SpeakerCountry { get; init; }
}
