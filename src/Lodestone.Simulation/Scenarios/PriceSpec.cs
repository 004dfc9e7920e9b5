namespace Lodestone.Simulation.Scenarios;

/// <summary>The published price a market's price index starts from: a cell of a USGS salient file that
/// data/reference/usgs_salient_prices.csv maps (so its series, unit and source are known).</summary>
/// <param name="File">Salient file, e.g. "mcs2025-galli_salient.csv".</param>
/// <param name="Column">Price column, e.g. "Price_High-purity_dkg".</param>
public sealed record PriceSpec(string File, string Column, int Year, long Line);
