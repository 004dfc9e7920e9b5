namespace Lodestone.Domain.Facts;

/// <summary>What a <see cref="SalientFigure"/> measures.</summary>
public enum SalientFigureKind
{
    /// <summary>An annual average price as USGS publishes it.</summary>
    Price,
    /// <summary>Stocks held at year end (industry, consumer, exchange or government, as the series says).</summary>
    Stocks,
}
