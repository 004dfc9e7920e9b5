namespace Lodestone.Domain.Facts;

/// <summary>What a <see cref="SalientFigure"/> measures.</summary>
public enum SalientFigureKind
{
    /// <summary>An annual average price as USGS publishes it.</summary>
    Price,
    /// <summary>Stocks held at year end (industry, consumer, exchange or government, as the series says).</summary>
    Stocks,
    /// <summary>Shipments from the U.S. government stockpile (the National Defense Stockpile) in the year, as USGS prints them
    /// (including the few negative figures, which the data release does not explain).</summary>
    GovernmentShipments,
    /// <summary>U.S. secondary production in the year: metal recovered from old and new scrap (recycling), as the series says.</summary>
    SecondaryProduction,
}
