using Lodestone.Domain.Model;

namespace Lodestone.News.Resolution;

/// <summary>A date an undated event takes from another report of the same event, and which report that is.</summary>
public sealed record ReportedDate(PartialDate Date, string FromFile);
