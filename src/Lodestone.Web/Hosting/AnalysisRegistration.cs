using Lodestone.Simulation.Scenarios;
using Lodestone.Web.Api;
using Lodestone.Web.Claims;
using Lodestone.Web.Dashboard;
using Lodestone.Web.Plans;
using Lodestone.Web.Simulations;
using Lodestone.Web.Sweeps;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Lodestone.Web.Hosting;

/// <summary>The analysis area in two calls: exposure, claims, the backtest, simulations, plan-robustness and sweep jobs (services, the job worker, API routes and pages).</summary>
internal static class AnalysisRegistration
{
    public static IServiceCollection AddAnalysis(this IServiceCollection services, LodestoneWebSettings settings)
    {
        services.AddSingleton(new ScenarioLibrary(settings.ScenariosDirectory, settings.DataDirectory));
        services.AddSingleton<ClaimsCache>();
        services.AddSingleton<BacktestCache>();
        services.AddSingleton<SimulationJobs>();
        services.AddSingleton(sp => JobSettings.From(sp.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>().GetSection("Lodestone")));
        services.AddHostedService<SimulationWorker>();
        services.AddSingleton<ClaimsJobs>();
        services.AddHostedService<ClaimsWorker>();
        services.AddSingleton<PlanJobs>();
        services.AddSingleton(new PlanRunnerAccess(settings.PlanRunner));
        if (settings.PlanRunner is { } runner)
        {
            // Only a server that carries the planner claims plan jobs; the others queue them for it.
            services.AddSingleton(runner);
            services.AddHostedService<PlanWorker>();
        }
        services.AddSingleton<SweepJobs>();
        services.AddSingleton(new SweepRunnerAccess(settings.SweepRunner));
        if (settings.SweepRunner is { } sweeps)
        {
            services.AddSingleton(sweeps);
            services.AddHostedService<SweepWorker>();
        }
        return services;
    }

    public static IEndpointRouteBuilder MapAnalysisEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapExposureEndpoints();
        routes.MapClaimsEndpoints();
        routes.MapBacktestEndpoints();
        routes.MapSimulationEndpoints();
        routes.MapPlanEndpoints();
        routes.MapSweepEndpoints();
        routes.MapAnalysisPages();
        return routes;
    }
}
