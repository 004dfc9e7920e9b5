namespace Lodestone.Queries.Contracts;

/// <summary>A country: its role in each commodity's stages, reserves, controls it imposes or faces, agreements and projects.</summary>
/// <param name="Iso2">ISO 3166-1 alpha-2 code.</param>
/// <param name="Groups">Group codes: C5, G7, EU27, MSP, US_FTA, FEOC, LANDLOCKED.</param>
/// <param name="AsOf">The date control statuses are judged on, YYYY-MM-DD.</param>
/// <param name="Year">The data year (vintage) the shares are read for; a share of another year carries a <c>year_note</c>.</param>
/// <param name="Shares">Its share of every stage table it appears in.</param>
/// <param name="ControlsImposed">Export controls the country imposes.</param>
/// <param name="ControlsFaced">Export controls naming the country as a target.</param>
/// <param name="TradeMeasures">U.S. trade measures the country imposes or is targeted by (data/us_trade_measures.csv), oldest first, each with its source.</param>
public sealed record CountryDetailDto(
    string Iso3,
    string Name,
    string IsoName,
    string? Iso2,
    IReadOnlyList<string> Groups,
    bool Landlocked,
    string AsOf,
    int? Year,
    IReadOnlyList<CountryShareDto> Shares,
    IReadOnlyList<ReserveDto> Reserves,
    IReadOnlyList<ExportControlDto> ControlsImposed,
    IReadOnlyList<ExportControlDto> ControlsFaced,
    IReadOnlyList<AgreementDto> Agreements,
    IReadOnlyList<ProjectDto> Projects,
    IReadOnlyList<Trade.TradeMeasureJson> TradeMeasures,
    IReadOnlyList<SourceDto> Sources);
