namespace Lodestone.Data.Exchange;

/// <summary>The file formats <c>data export</c> writes and <c>data import</c> reads back: one file per table in each.</summary>
public enum ExportFormat
{
    /// <summary>RFC 4180 CSV, UTF-8, a header of column names; text cells made safe for spreadsheets (<see cref="SpreadsheetSafety"/>).</summary>
    Csv,
    /// <summary>A JSON array with one object per row (one row per line), typed values, null for missing.</summary>
    Json,
    /// <summary>Apache Parquet (Parquet.Net), one optional typed column per column.</summary>
    Parquet,
}
