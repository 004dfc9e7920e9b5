namespace Lodestone.Simulation.Backtest;

/// <summary>An annual outcome the backtest compares: what was recorded, and the model quantity that forecasts it.</summary>
public enum Measure
{
    /// <summary>USGS annual price in the year over the base year's; forecast: the mean monthly price index of the year (1 = base).</summary>
    PriceRatio,
    /// <summary>USGS U.S. imports in the year over the base year's; forecast: simulated imports of the year over 12 base-year
    /// months of imports (importer units: NIR per month).</summary>
    ImportRatio,
    /// <summary>BACI value of the concern's exports to the importer over the importer's recorded imports of the HS code; forecast:
    /// the concern's share of the simulated imports of the year (0–1).</summary>
    ConcernImportShare,
    /// <summary>The same share in tonnes, from the BACI world matrix (2024 only in the shipped data; flows without a tonnage are left
    /// out and counted); forecast as <see cref="ConcernImportShare"/> (the model's flows are quantities). No base-year tonnes exist,
    /// so the record has no direction.</summary>
    ConcernImportTonnageShare,
    /// <summary>BACI value of the concern's exports of the HS code to every partner (what the partners recorded importing from it:
    /// BACI reconciles the two sides into one flow) in the year over the base year's; forecast: the value of the concern's simulated
    /// supply to the importer and to the rest of the world (quantity × price index) over its base-year rate.</summary>
    ConcernExportRatio,
    /// <summary>BACI value of the importer's imports of the HS code from the concern in the year over the base year's; forecast: the value
    /// of the concern's simulated supply to the importer (quantity × price index) over its base-year rate.</summary>
    ConcernToImporterRatio,
}
