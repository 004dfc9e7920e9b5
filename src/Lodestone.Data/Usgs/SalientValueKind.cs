namespace Lodestone.Data.Usgs;

/// <summary>How a cell of a USGS salient-statistics file was published.</summary>
public enum SalientValueKind
{
    /// <summary>Empty cell: no figure printed (not zero).</summary>
    Blank,
    /// <summary>A number, possibly negative (government stock shipments "−88").</summary>
    Number,
    /// <summary>"&gt;50": more than the number.</summary>
    GreaterThan,
    /// <summary>"&lt;25" or "&lt;100,000": less than the number.</summary>
    LessThan,
    /// <summary>"W": withheld to avoid disclosing company proprietary data.</summary>
    Withheld,
    /// <summary>"NA": not available.</summary>
    NotAvailable,
    /// <summary>"E": net exporter (net import reliance columns).</summary>
    NetExporter,
    /// <summary>"Less than ½ unit.": a positive amount below half the column's unit.</summary>
    LessThanHalfUnit,
}
