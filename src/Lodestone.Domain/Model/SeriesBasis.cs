namespace Lodestone.Domain.Model;

/// <summary>Where a stage's shares come from, as a series rule states it (<see cref="StageSeriesRule"/>).</summary>
public enum SeriesBasis
{
    /// <summary>USGS production of one named series over the world total of the same series and year.</summary>
    Production,

    /// <summary>Published stage shares (<c>data/processing_shares.csv</c>) of one named product scope.</summary>
    Published,

    /// <summary>No world share can be computed from the data; the rule's reason says why.</summary>
    None,
}
