// The public surface of Lodestone.Domain. Each type here is used by another project, or appears in the
// signature of a public member that is (the justification says which; users found by name when the list
// was written), so CA1515 (make it internal) is suppressed for it. A type only this project uses is internal;
// tests reach it through InternalsVisibleTo. Adding a public type means adding its line here.

using System.Diagnostics.CodeAnalysis;

[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Domain.Brief.BriefCalculator", Justification = "Used by Data, Queries, Web")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Domain.Brief.BriefFigure", Justification = "Used by Data")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Domain.Brief.BriefFigureChange", Justification = "Used by Data")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Domain.Brief.BriefFigures", Justification = "Used by Data")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Domain.Brief.BriefRequest", Justification = "Used by Data, Queries, Web")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Domain.Brief.BriefRow", Justification = "Used by Cli")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Domain.Brief.ControlSummary", Justification = "Used by Exposure, Queries")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Domain.Brief.DependencyBrief", Justification = "Used by Cli, Data, Queries, Web")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Domain.Brief.GroupShare", Justification = "Used by Cli")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Domain.Brief.ImportShare", Justification = "Used by Cli, Exposure, Web")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Domain.Brief.MeasureSummary", Justification = "Used by Cli")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Domain.Brief.NirSummary", Justification = "Used by Cli")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Domain.Brief.SourceRef",
    Justification = "In the signature of a public member other projects use")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Domain.Brief.StageSummary", Justification = "Used by Cli")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Domain.Brief.TopProducer",
    Justification = "In the signature of a public member other projects use")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Domain.Controls.ControlCoverage", Justification = "Used by Queries")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Domain.Errors.DataIssue", Justification = "Used by Data, News, Simulation")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Domain.Errors.DataValidationException",
    Justification = "Used by Cli, Data, Fuzz, News, Queries, Simulation")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Domain.Errors.ErrorCode",
    Justification = "Used by Cli, Data, News, Optimization, Queries, Web")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Domain.Errors.ErrorCodes", Justification = "Used by Web")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Domain.Errors.LodestoneException", Justification = "Used by Cli, Data, News, Queries, Web")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Domain.Exposure.DirectImportShare", Justification = "Used by Exposure, Queries")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Domain.Exposure.ExposureCalculator", Justification = "Used by Queries")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Domain.Exposure.ExposureReport", Justification = "Used by Exposure, Queries")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Domain.Exposure.ExposureStageRow", Justification = "Used by Exposure")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Domain.Exposure.ImportPartnerShare",
    Justification = "In the signature of a public member other projects use")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Domain.Exposure.ImportPartnerShares", Justification = "Used by Queries")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Domain.Exposure.Tracing.CodeImports",
    Justification = "In the signature of a public member other projects use")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Domain.Exposure.Tracing.ImporterTrace", Justification = "Used by Simulation")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Domain.Exposure.Tracing.ImporterTracer", Justification = "Used by Simulation")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Domain.Exposure.Tracing.PartnerTrace", Justification = "Used by Exposure")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Domain.Exposure.Tracing.ShareBounds", Justification = "Used by Optimization, Simulation")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Domain.Exposure.Tracing.StageImports",
    Justification = "In the signature of a public member other projects use")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Domain.Exposure.Tracing.StageProduction",
    Justification = "In the signature of a public member other projects use")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Domain.Exposure.Tracing.StageTrace", Justification = "Used by Exposure, Simulation")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Domain.Exposure.Tracing.TraceNode",
    Justification = "In the signature of a public member other projects use")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Domain.Exposure.Tracing.TradeTrace", Justification = "Used by Optimization, Simulation")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Domain.Exposure.Tracing.TradeTracer", Justification = "Used by Optimization, Simulation")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Domain.Exposure.TransitExposure",
    Justification = "In the signature of a public member other projects use")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Domain.Facts.Agreement", Justification = "Used by Data, News, Queries")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Domain.Facts.ExportControl",
    Justification = "Used by Cli, Data, News, Optimization, Queries")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Domain.Facts.GovernanceFact", Justification = "Used by Data")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Domain.Facts.ImportCategoryRule", Justification = "Used by Data, Simulation")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Domain.Facts.ImportCategoryRules", Justification = "Used by Data")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Domain.Facts.ImportCategoryUse", Justification = "Used by Data")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Domain.Facts.ImportSourceFact", Justification = "Used by Data, Queries, Simulation")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Domain.Facts.NetImportReliance", Justification = "Used by 8 projects")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Domain.Facts.NetImportRelianceFact", Justification = "Used by Data, Queries, Simulation")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Domain.Facts.NirKind", Justification = "Used by Data, Optimization, Simulation")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Domain.Facts.OutputKind", Justification = "Used by Cli, Data, Queries")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Domain.Facts.OwnershipFact", Justification = "Used by Data, Exposure")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Domain.Facts.OwnershipScope", Justification = "Used by Data")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Domain.Facts.ProductionFact", Justification = "Used by Data, Queries, Simulation")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Domain.Facts.Project",
    Justification = "Used by Benchmarks, Cli, Data, Optimization, Queries, Simulation")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Domain.Facts.PublishedRiskFact", Justification = "Used by Data")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Domain.Facts.ReserveFact", Justification = "Used by Data, Queries")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Domain.Facts.RouteShareKind", Justification = "Used by Data")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Domain.Facts.SalientFigure", Justification = "Used by Data")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Domain.Facts.SalientFigureKind", Justification = "Used by Data, Simulation")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Domain.Facts.SalientFigureKinds", Justification = "Used by Data")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Domain.Facts.SalientFigureTable", Justification = "Used by Data")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Domain.Facts.StageShareFact", Justification = "Used by Data, Queries")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Domain.Facts.TransitRoute", Justification = "Used by Data")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Domain.KnowledgeBase.Dataset", Justification = "Used by 8 projects")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Domain.KnowledgeBase.ReserveVintage", Justification = "Used by Queries")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Domain.KnowledgeBase.Vintages",
    Justification = "Used by Exposure, Optimization, Queries, Simulation, Web")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Domain.Metrics.CountryShare",
    Justification = "In the signature of a public member other projects use")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Domain.Metrics.GeoPolRisk", Justification = "Used by Cli, Queries")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Domain.Metrics.GeoPolRiskPartner",
    Justification = "In the signature of a public member other projects use")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Domain.Metrics.ImportSourceChoice",
    Justification = "In the signature of a public member other projects use")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Domain.Metrics.ImportSourceSelector", Justification = "Used by Optimization, Simulation")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Domain.Metrics.MetricInput",
    Justification = "In the signature of a public member other projects use")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Domain.Metrics.MetricResult", Justification = "Used by Queries")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Domain.Metrics.MetricStatus", Justification = "Used by Queries")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Domain.Metrics.RiskAssessment", Justification = "Used by Queries")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Domain.Metrics.RiskAssessor", Justification = "Used by Queries")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Domain.Metrics.RiskMethod", Justification = "Used by Queries")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Domain.Metrics.ShareBasis", Justification = "Used by Queries")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Domain.Metrics.StageDistribution",
    Justification = "In the signature of a public member other projects use")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Domain.Metrics.StageDistributions", Justification = "Used by tests/Cli.Tests")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Domain.Metrics.StageSeriesChoice", Justification = "Used by Queries")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Domain.Metrics.StageSeriesSelector", Justification = "Used by Queries")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Domain.Metrics.SupplierShare", Justification = "Used by Cli, Queries, Web")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Domain.Model.AgreementTie", Justification = "Used by Data")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Domain.Model.AgreementTypeBook", Justification = "Used by Data")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Domain.Model.AgreementTypeRule", Justification = "Used by Data")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Domain.Model.Commodity", Justification = "Used by 11 projects")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Domain.Model.CommodityCatalog", Justification = "Used by Data, News, Simulation")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Domain.Model.CommodityKind", Justification = "Used by Data, News, Queries")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Domain.Model.Country", Justification = "Used by 10 projects")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Domain.Model.CountryCatalog", Justification = "Used by Data, News, Queries")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Domain.Model.CountryGroups", Justification = "Used by News, Optimization")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Domain.Model.Iso3", Justification = "Used by 10 projects")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Domain.Model.PartialDate",
    Justification = "Used by Cli, Data, News, Optimization, Queries, Robustness, Simulation")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Domain.Model.SeriesBasis", Justification = "Used by Data")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Domain.Model.SeriesRuleBook", Justification = "Used by Data")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Domain.Model.Share",
    Justification = "Used by Cli, Data, Exposure, Optimization, Queries, Simulation, Web")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Domain.Model.Source", Justification = "Used by 8 projects")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Domain.Model.Stage", Justification = "Used by 9 projects")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Domain.Model.StageSeriesRule", Justification = "Used by Data")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Domain.Model.Stages",
    Justification = "Used by Cli, Data, Exposure, Optimization, Queries, Simulation, Web")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Domain.Trade.ExportSeries", Justification = "Used by Data, Queries, Simulation")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Domain.Trade.HsCode", Justification = "Used by Data, Queries")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Domain.Trade.TradeFlow", Justification = "Used by Data, Queries")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Domain.Trade.TradeMatrix",
    Justification = "In the signature of a public member other projects use")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Domain.Trade.TradeMeasure", Justification = "Used by Data, News, Queries")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Domain.Trade.TradeMeasureTable", Justification = "Used by Queries")]
