// The public surface of Lodestone.Data. Each type here is used by another project, or appears in the
// signature of a public member that is (the justification says which; users found by name when the list
// was written), so CA1515 (make it internal) is suppressed for it. A type only this project uses is internal;
// tests reach it through InternalsVisibleTo. Adding a public type means adding its line here.

using System.Diagnostics.CodeAnalysis;

[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Data.Alerts.AlertDelivery", Justification = "Used by Web")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Data.Alerts.AlertRecord", Justification = "Used by News, Web")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Data.Alerts.AlertStore", Justification = "Used by Cli, News, Web, tests/Web.Tests")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Data.Alerts.BriefAlerts", Justification = "Used by Cli, Web")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Data.Alerts.BriefBaseline", Justification = "Used by tests/Web.Tests")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Data.Baci.BaciImportReport", Justification = "Used by Cli")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Data.Baci.ConcordedCode", Justification = "In BaciImportReport's signature; used by Cli")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Data.Loading.HsLink", Justification = "In ReferenceData's and ConcordedCode's signatures")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Data.Baci.BaciImporter", Justification = "Used by Cli")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Data.Baci.BaciRelease", Justification = "Used by Cli")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Data.Baci.BaciTally",
    Justification = "In the signature of a public member other projects use")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Data.DataPaths",
    Justification = "Used by Cli, News, Web, tests/Testing and four test projects")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Data.Exchange.ExportFormat", Justification = "Used by Cli")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Data.Exchange.ExportManifest", Justification = "Used by Cli")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Data.Exchange.ExportedTable",
    Justification = "In the signature of a public member other projects use")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Data.Exchange.FactImporter", Justification = "Used by Cli")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Data.Exchange.StoreExporter", Justification = "Used by Cli")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Data.Exchange.StoreImporter", Justification = "Used by Cli")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Data.Jobs.JobLimits", Justification = "Used by tests/Cli.Tests, Web, tests/Web.Tests")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Data.Jobs.JobRecord", Justification = "Used by tests/Cli.Tests, Web")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Data.Jobs.JobStatus", Justification = "Used by tests/Cli.Tests, Web")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Data.Jobs.JobStore", Justification = "Used by tests/Cli.Tests, Web, tests/Web.Tests")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Data.Jobs.JobStores", Justification = "Used by Cli, tests/Cli.Tests, Web, tests/Web.Tests")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Data.Jobs.JobSubmitOutcome",
    Justification = "Used by tests/Cli.Tests, Web, tests/Web.Tests")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Data.Jobs.PostgresJobStore", Justification = "Used by tests/Web.Tests")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Data.KnowledgeBaseOpener",
    Justification = "Used by Cli, tests/Cli.Tests, tests/News.Tests, tests/Web.Tests")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Data.Loading.CsvFile", Justification = "Used by News")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Data.Loading.CsvRow", Justification = "Used by News")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Data.Loading.DatasetLoader", Justification = "Used by tests/Testing, Web")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Data.Loading.FactSet", Justification = "Used by News, tests/Web.Tests")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Data.Loading.IssueLog", Justification = "Used by News")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Data.Loading.ReferenceData",
    Justification = "In the signature of a public member other projects use")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Data.Loading.ReferenceLoader", Justification = "Used by News")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Data.Loading.SourceRegistry",
    Justification = "In the signature of a public member other projects use")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Data.Loading.TradeMeasureReader", Justification = "Used by News")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Data.Storage.Column", Justification = "Used by tests/Testing")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Data.Storage.ColumnType", Justification = "Used by tests/Testing")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Data.Storage.DuplicateKey",
    Justification = "In the signature of a public member other projects use")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Data.Storage.DuplicateKeyException", Justification = "Used by News")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Data.Storage.FactStream",
    Justification = "In the signature of a public member other projects use")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Data.Storage.IKnowledgeStore", Justification = "Used by News, Web, tests/Web.Tests")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Data.Storage.KillPoints", Justification = "Used by tests/Cli.Tests, News")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Data.Storage.ReplacedTradeFlows",
    Justification = "In the signature of a public member other projects use")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Data.Storage.SharedTables", Justification = "Used by tests/Web.Tests")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Data.Storage.SqlKnowledgeStore", Justification = "Used by Cli, tests/News.Tests, Web")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Data.Storage.SqliteSettings", Justification = "Used by News, tests/News.Tests")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Data.Storage.StoreBackend",
    Justification = "Used by Cli, tests/Cli.Tests, News, tests/News.Tests, tests/Web.Tests")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Data.Storage.StoreConnections", Justification = "Used by News")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Data.Storage.StoreMigration", Justification = "Used by News")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Data.Storage.StoreTable",
    Justification = "In the signature of a public member other projects use")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Data.Storage.StoreTarget",
    Justification = "Used by Cli, tests/Cli.Tests, News, tests/News.Tests, tests/Testing, Web, tests/Web.Tests")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Data.Storage.StoreUnavailableException", Justification = "Used by Cli, News")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Data.Storage.WriteTransaction", Justification = "Used by News, tests/News.Tests")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Data.Usgs.UsgsFileSummary",
    Justification = "In the signature of a public member other projects use")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Data.Usgs.UsgsImportResult", Justification = "Used by Cli")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Data.Usgs.UsgsImporter", Justification = "Used by Cli")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Data.Usgs.UsgsRelease",
    Justification = "In the signature of a public member other projects use")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Data.Usgs.UsgsReleaseMerge", Justification = "Used by Cli")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Data.Usgs.UsgsReserveFact",
    Justification = "In the signature of a public member other projects use")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Data.Usgs.UsgsSkippedSeries",
    Justification = "In the signature of a public member other projects use")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Data.Watch.FeedLeaseStore", Justification = "Used by Cli, News, Web, tests/Web.Tests")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Data.Watch.WatchedFeed",
    Justification = "In the signature of a public member other projects use")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Data.Usgs.SalientValueKind", Justification = "A parameter of a theory in tests/Data.Tests")]
