namespace Lodestone.Data.Usgs;

/// <summary>A CSV file of the USGS release as parsed: trimmed header names and the raw cells of each data row with its line.</summary>
/// <param name="File">Display name of the file, used in every issue.</param>
/// <param name="Header">Column names, trimmed ("PROD_EST_ 2024" keeps its inner space).</param>
/// <param name="Rows">Data rows that are not padding; cells are untrimmed, exactly as published.</param>
internal sealed record UsgsTable(string File, IReadOnlyList<string> Header, IReadOnlyList<UsgsTableRow> Rows)
{
    /// <summary>Index of the first column named <paramref name="name"/> (ordinal, case-insensitive), or -1.</summary>
    public int IndexOf(string name)
    {
        for (var i = 0; i < Header.Count; i++)
        {
            if (string.Equals(Header[i], name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }
        return -1;
    }
}
