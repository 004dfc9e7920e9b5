namespace Lodestone.Domain.Metrics;

/// <summary>Where a stage distribution's shares come from.</summary>
public enum ShareBasis
{
    /// <summary>Country value ÷ the WLD world-total row of the same commodity, stage, series and year (USGS production).</summary>
    ProductionOverWorldTotal,
    /// <summary>Published stage shares (processing_shares facts: IEA, USGS estimates, secondary citations).</summary>
    PublishedStageShares,
}
