using Lodestone.Domain.Model;
using Lodestone.News.Model;

namespace Lodestone.News.Extraction;

/// <summary>A claim's deadline as written: a span of months from the statement, or a calendar date.</summary>
internal sealed record Horizon(int? Months, PartialDate? Calendar, TextSpan Span);
