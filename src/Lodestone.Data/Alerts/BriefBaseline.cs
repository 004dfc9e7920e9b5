using Lodestone.Domain.Brief;

namespace Lodestone.Data.Alerts;

/// <summary>The brief figures last compared (one row in <c>alert_baseline</c>): the next comparison's "before".</summary>
/// <param name="Version">Counts the comparisons that moved the baseline; a comparison commits only over the version it read.</param>
/// <param name="AsOf">The as-of date the figures were computed for.</param>
public sealed record BriefBaseline(long Version, string Importer, string Supplier, DateOnly AsOf, IReadOnlyList<BriefFigure> Figures, DateTimeOffset RecordedAt);
