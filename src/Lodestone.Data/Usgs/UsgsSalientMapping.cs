namespace Lodestone.Data.Usgs;

/// <summary>What a salient-file column becomes.</summary>
internal enum SalientMeasure
{
    /// <summary>U.S. net import reliance, percent of apparent consumption.</summary>
    NetImportReliance,
    /// <summary>U.S. production: fills the U.S. row of the world file where that row is blank.</summary>
    UsProduction,
}

/// <summary>One row of <c>data/reference/usgs_salient.csv</c>: a column of a salient file (<c>mcs2025-&lt;file&gt;_salient.csv</c>).</summary>
/// <param name="File">The file code between the edition and "_salient" ("antim", "rareee").</param>
/// <param name="Column">Column name as published.</param>
/// <param name="Skip">True when the column is deliberately not imported.</param>
/// <param name="Measure">What the column holds.</param>
/// <param name="Commodity">Canonical commodity.</param>
/// <param name="Series">NIR series name, or the world-file series the U.S. production belongs to.</param>
/// <param name="Reason">Why, or what the column means when its name misleads (an NIR column suffixed _t).</param>
internal sealed record UsgsSalientMapping(string File, string Column, bool Skip, SalientMeasure Measure, string Commodity, string Series, string? Reason);
