using Lodestone.Simulation.Scenarios;
using Lodestone.Web.Api;
using Lodestone.Web.Claims;
using Lodestone.Web.Dashboard;
using Lodestone.Web.Simulations;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Lodestone.Web.Hosting;

/// <summary>The analysis area in two calls: exposure, claims, the backtest and simulations (services, the job worker, API routes and pages).</summary>
public static class AnalysisRegistration
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
        return services;
    }

    public static IEndpointRouteBuilder MapAnalysisEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapExposureEndpoints();
        routes.MapClaimsEndpoints();
        routes.MapBacktestEndpoints();
        routes.MapSimulationEndpoints();
        routes.MapAnalysisPages();
        return routes;
    }
}
