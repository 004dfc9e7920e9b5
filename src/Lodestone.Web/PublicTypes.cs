// The public surface of Lodestone.Web. Each type here is used by another project, or appears in the
// signature of a public member that is, or in a parameter of a Razor component (the generator makes every
// component public; the justification says which; users found by name when the list was written), so CA1515
// (make it internal) is suppressed for it. A type only this project uses is internal; Web.Tests reaches it
// through InternalsVisibleTo. Adding a public type means adding its line here.

using System.Diagnostics.CodeAnalysis;

[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Web.LodestoneWebApp", Justification = "Used by Cli, Benchmarks")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Web.Hosting.LodestoneWebSettings", Justification = "Used by Cli, Benchmarks")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Web.Plans.IPlanRunner", Justification = "Used by Cli")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Web.Sweeps.ISweepRunner", Justification = "Used by Cli")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Web.Contracts.PlanJobRequestDto", Justification = "Used by Cli")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Web.Contracts.SweepJobRequestDto", Justification = "Used by Cli")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Web.Watching.AlertDeliveryService", Justification = "Used by Cli")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Web.Watching.FeedPollingService", Justification = "Used by Cli")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Web.Dashboard.Components.SvgText",
    Justification = "A Razor component; components are generated public")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Web.Dashboard.CountryTradeRow",
    Justification = "A parameter of a Razor component (components are generated public)")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Web.Dashboard.EventsPageQuery",
    Justification = "A parameter of a Razor component (components are generated public)")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Web.Simulations.SimulationJob",
    Justification = "A parameter of a Razor component (components are generated public)")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Web.Simulations.SimulationJobStatus",
    Justification = "A parameter of a Razor component (components are generated public)")]
