namespace Lodestone.Queries.Contracts;

/// <summary>U.S. net import reliance and import sources for a commodity.</summary>
public sealed record UsTradeDto(IReadOnlyList<NetImportRelianceDto> NetImportReliance, IReadOnlyList<ImportSourceDto> ImportSources);
