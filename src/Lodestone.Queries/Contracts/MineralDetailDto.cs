namespace Lodestone.Queries.Contracts;

/// <summary>Everything the knowledge base holds on one commodity, each figure with its source id.</summary>
/// <param name="AsOf">The date control statuses are judged on, YYYY-MM-DD.</param>
/// <param name="Year">The vintage the stage shares and top producers are read for (<c>--year</c>, default the newest complete year);
/// a stage table of another year carries a <c>year_note</c>.</param>
/// <param name="MissingStages">Stages whose series rule says no world share exists, each with its reason (boron mining).</param>
/// <param name="TopProducers">Mining (else refining) output by country in the newest year with a world total.</param>
/// <param name="Prices">Annual prices and stocks from the USGS salient files (2020–2024 in MCS 2025), one series per published column.</param>
/// <param name="TradeMeasures">U.S. trade measures covering the commodity (data/us_trade_measures.csv), oldest first, each with its source.</param>
public sealed record MineralDetailDto(
    string Name,
    string AsOf,
    int? Year,
    string Kind,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Symbols,
    string? MemberOf,
    IReadOnlyList<string> HsCodes,
    bool OnUsList2025,
    bool OnEuList2023,
    bool EuStrategic2023,
    IReadOnlyList<StageSharesDto> Stages,
    IReadOnlyList<MissingStageDto> MissingStages,
    IReadOnlyList<ProductionDto> TopProducers,
    IReadOnlyList<ReserveDto> Reserves,
    UsTradeDto UsTrade,
    IReadOnlyList<ExportControlDto> Controls,
    IReadOnlyList<AgreementDto> Agreements,
    IReadOnlyList<ProjectDto> Projects,
    IReadOnlyList<PriceSeriesDto> Prices,
    IReadOnlyList<Trade.TradeMeasureJson> TradeMeasures,
    IReadOnlyList<SourceDto> Sources);
