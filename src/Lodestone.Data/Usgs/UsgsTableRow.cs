namespace Lodestone.Data.Usgs;

/// <summary>One data row of a <see cref="UsgsTable"/>.</summary>
/// <param name="Line">1-based line number of the row in its file.</param>
/// <param name="Cells">Cells as published (untrimmed), as many as the header has columns.</param>
internal sealed record UsgsTableRow(int Line, IReadOnlyList<string> Cells)
{
    /// <summary>The cell at <paramref name="index"/>, trimmed of every kind of white space; empty when absent.</summary>
    public string Cell(int index) => index >= 0 && index < Cells.Count ? UsgsText.Clean(Cells[index]) : "";
}
