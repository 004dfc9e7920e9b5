namespace Lodestone.Data.Storage;

/// <summary>A trade flow whose key (hs6, nomenclature, year, exporter, importer) is already stored or repeated in one write; the write was rolled back.</summary>
/// <param name="key">The key in words, as <see cref="TradeFlowTable.Describe(Domain.Trade.TradeFlow)"/> writes it.</param>
internal sealed class DuplicateTradeFlowException(string key)
    : Exception($"duplicate trade flow {key}: already in the store's trade_flows table or twice in the input")
{
    /// <summary>"(811292, HS17, 2024, CHN, USA)".</summary>
    public string Key { get; } = key;
}
