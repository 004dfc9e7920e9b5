// The public surface of Lodestone.Queries. Each type here is used by another project, or appears in the
// signature of a public member that is (the justification says which; users found by name when the list
// was written), so CA1515 (make it internal) is suppressed for it. A type only this project uses is internal;
// tests reach it through InternalsVisibleTo. Adding a public type means adding its line here.

using System.Diagnostics.CodeAnalysis;

[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Queries.Backtest.BacktestJson", Justification = "Used by Cli, Web")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Queries.Backtest.BacktestQuestion", Justification = "Used by Cli, Web")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Queries.Backtest.BacktestRequest", Justification = "Used by Web")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Queries.Brief.BriefQuestion", Justification = "Used by Cli, Web")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Queries.Claims.ClaimsJson", Justification = "Used by Web")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Queries.Claims.ClaimsQuestion", Justification = "Used by Cli, Web")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Queries.Claims.ClaimsRequest", Justification = "Used by Web")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Queries.Contracts.AgreementDto", Justification = "Used by Cli, Web")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Queries.Contracts.CountryDetailDto", Justification = "Used by Cli, Web")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Queries.Contracts.CountryShareDto",
    Justification = "In the signature of a public member other projects use")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Queries.Contracts.CountrySummaryDto", Justification = "Used by Web")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Queries.Contracts.DtoMapper", Justification = "Used by Web (its ToDto extension methods)")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Queries.Contracts.ExportControlDto", Justification = "Used by Cli, Web")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Queries.Contracts.ExportDto", Justification = "Used by Web")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Queries.Contracts.ImportSourceDto",
    Justification = "In the signature of a public member other projects use")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Queries.Contracts.MineralDetailDto", Justification = "Used by Cli, Web")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Queries.Contracts.MineralSummaryDto", Justification = "Used by Cli, Web")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Queries.Contracts.MissingStageDto",
    Justification = "In the signature of a public member other projects use")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Queries.Contracts.NetImportRelianceDto",
    Justification = "In the signature of a public member other projects use")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Queries.Contracts.PageDto`1", Justification = "Used by Cli, Web")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Queries.Contracts.PricePointDto", Justification = "Used by Cli")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Queries.Contracts.PriceSeriesDto", Justification = "Used by Cli, Web")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Queries.Contracts.ProductionDto",
    Justification = "In the signature of a public member other projects use")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Queries.Contracts.ProjectDto", Justification = "Used by Cli, Web")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Queries.Contracts.ReserveDto",
    Justification = "In the signature of a public member other projects use")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Queries.Contracts.ShareDto",
    Justification = "In the signature of a public member other projects use")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Queries.Contracts.SourceDto", Justification = "Used by Cli, Web")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Queries.Contracts.StageLeaderDto",
    Justification = "In the signature of a public member other projects use")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Queries.Contracts.StageShareFactDto",
    Justification = "In the signature of a public member other projects use")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Queries.Contracts.StageSharesDto", Justification = "Used by Web")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Queries.Contracts.UsTradeDto",
    Justification = "In the signature of a public member other projects use")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Queries.Countries.CountryQuestion", Justification = "Used by Cli, Web")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Queries.Countries.CountryRequest",
    Justification = "In the signature of a public member other projects use")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Queries.Export.ExportTables", Justification = "Used by Web")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Queries.Exposure.ExposureQuestion", Justification = "Used by Benchmarks, Cli, Web")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Queries.Exposure.ExposureRequest",
    Justification = "In the signature of a public member other projects use")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Queries.Minerals.MineralListQuestion", Justification = "Used by Cli, Web")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Queries.Minerals.MineralListRequest",
    Justification = "In the signature of a public member other projects use")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Queries.Minerals.MineralQuestion", Justification = "Used by Cli, Web")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Queries.Minerals.MineralRequest",
    Justification = "In the signature of a public member other projects use")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Queries.Paging", Justification = "Used by Cli, Web")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Queries.QueryInput", Justification = "Used by Cli, Web")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Queries.QueryJson", Justification = "Used by Cli, Web")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Queries.Risk.ImportPartnerJson",
    Justification = "In the signature of a public member other projects use")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Queries.Risk.ImportSharesJson",
    Justification = "In the signature of a public member other projects use")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Queries.Risk.InputJson",
    Justification = "In the signature of a public member other projects use")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Queries.Risk.MetricJson", Justification = "Used by Cli")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Queries.Risk.PublishedJson",
    Justification = "In the signature of a public member other projects use")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Queries.Risk.RiskAssessmentJson", Justification = "Used by Cli")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Queries.Risk.RiskJson", Justification = "Used by Cli, Web")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Queries.Risk.RiskQuestion", Justification = "Used by Cli, Web")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Queries.Risk.RiskRequest",
    Justification = "In the signature of a public member other projects use")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Queries.Shares.ShareRow",
    Justification = "In the signature of a public member other projects use")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Queries.Shares.StageShareTable",
    Justification = "In the signature of a public member other projects use")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Queries.Shares.SupplyShares", Justification = "Used by Web")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Queries.Sources.SourcesQuestion", Justification = "Used by Cli, Web")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Queries.Sources.SourcesRequest",
    Justification = "In the signature of a public member other projects use")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Queries.Trade.ExportShareJson", Justification = "Used by Web")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Queries.Trade.ExportSharePointJson",
    Justification = "In the signature of a public member other projects use")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Queries.Trade.TradeCodeJson", Justification = "Used by Web")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Queries.Trade.TradeJson", Justification = "Used by Cli, Web")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Queries.Trade.TradeMeasureJson", Justification = "Used by Cli, Web")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Queries.Trade.TradeMeasures", Justification = "Used by Cli, Data, Domain, News, Web")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Queries.Trade.TradePartnerJson", Justification = "Used by Cli, Web")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Queries.Trade.TradeQuestion", Justification = "Used by Cli, Web")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Queries.Trade.TradeRequest",
    Justification = "In the signature of a public member other projects use")]
