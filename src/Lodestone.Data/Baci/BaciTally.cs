namespace Lodestone.Data.Baci;

/// <summary>What an import read, counted as it streams: the figures of the import report. Small whatever the file's size.</summary>
public sealed class BaciTally
{
    /// <summary>Data rows read (header excluded), over every file.</summary>
    public long Rows { get; internal set; }

    /// <summary>Flows handed to the store.</summary>
    public long Flows { get; internal set; }

    /// <summary>Valid rows of codes the import does not keep (unmapped codes, unless <c>--all-codes</c>): read,
    /// checked, counted per code in <see cref="Codes"/>, not written.</summary>
    public long Skipped { get; internal set; }

    /// <summary>Flows whose quantity is blank or "NA": stored as missing, never zero.</summary>
    public long MissingTonnes { get; internal set; }

    /// <summary>Raw rows whose product code had lost its leading zero ("81310" read as 081310).</summary>
    public long PaddedCodes { get; internal set; }

    /// <summary>Rows of a product code that is not six digits (BACI's legacy "9999AA"), not imported.</summary>
    public long NonHsProducts { get; internal set; }

    /// <summary>Rows to or from a BACI aggregate that is no country, not imported: code → (name, rows).</summary>
    public SortedDictionary<int, (string Name, long Rows)> Aggregates { get; } = [];

    /// <summary>Codes read through BACI's own table (490 Taiwan, 842 USA …): code → (ISO3, rows).</summary>
    public SortedDictionary<int, (string Iso3, long Rows)> Renamed { get; } = [];

    /// <summary>Valid rows per HS6 code, kept (written) or skipped.</summary>
    public Dictionary<string, long> Codes { get; } = new(StringComparer.Ordinal);

    /// <summary>Years of the valid rows read (kept or skipped).</summary>
    public SortedSet<int> Years { get; } = [];

    /// <summary>The file and line being read (where a duplicate found by the store is).</summary>
    internal (string File, int Line) Position { get; set; }

    internal void Count(Domain.Trade.TradeFlow flow)
    {
        Flows++;
        if (flow.Tonnes is null)
        {
            MissingTonnes++;
        }
    }
}
