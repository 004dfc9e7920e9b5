using Lodestone.Domain.Model;
using Lodestone.News.Model;

namespace Lodestone.News.Extraction;

/// <summary>A date expression and the calendar date it fixes.</summary>
internal sealed record ResolvedDate(PartialDate Date, TextSpan Span);
