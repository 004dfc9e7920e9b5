namespace Lodestone.Domain.Brief;

/// <summary>One figure the brief page shows: a commodity's row, a column, and the value as the page writes it (null: shown as missing).</summary>
/// <param name="Commodity">The row (canonical commodity name).</param>
/// <param name="Figure">The column: "mining share", "refining traced", "net import reliance", "controls in force", "trade measures", "flag" ….</param>
public sealed record BriefFigure(string Commodity, string Figure, string? Value);
