using Lodestone.Web.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Lodestone.Web.Telemetry;

/// <summary>OpenTelemetry for <c>serve</c>: request spans and metrics, the job worker's spans and the "Lodestone" meter, exported over OTLP.</summary>
/// <remarks>
/// Off unless <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set (environment variable or configuration key) or the host adds its own
/// exporter (<see cref="LodestoneWebSettings.ExtraTracing"/>, <see cref="LodestoneWebSettings.ExtraMetrics"/>): with nothing
/// configured no tracer or meter provider exists, nothing listens, and nothing is sent anywhere. The OTLP exporter reads the
/// standard <c>OTEL_EXPORTER_OTLP_*</c> settings (protocol, headers, timeout) and <c>OTEL_METRIC_EXPORT_INTERVAL</c> itself.
/// </remarks>
internal static class TelemetryRegistration
{
    /// <summary>The standard variable that turns OTLP export on.</summary>
    public const string OtlpEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>The service name when <c>OTEL_SERVICE_NAME</c> does not set one.</summary>
    public const string DefaultServiceName = "lodestone";

    public static IServiceCollection AddLodestoneTelemetry(this IServiceCollection services, IConfiguration configuration, LodestoneWebSettings settings)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(settings);
        services.AddSingleton<JobMetrics>();
        var otlp = !string.IsNullOrWhiteSpace(configuration[OtlpEndpointKey]);
        if (!otlp && settings.ExtraTracing is null && settings.ExtraMetrics is null)
        {
            return services;
        }
        var telemetry = services.AddOpenTelemetry();
        // AddService also gives each process its own service.instance.id, so three instances on one host stay apart.
        var name = configuration["OTEL_SERVICE_NAME"];
        telemetry.ConfigureResource(r => r.AddService(string.IsNullOrWhiteSpace(name) ? DefaultServiceName : name));
        telemetry.WithTracing(t =>
        {
            // Probes every few seconds would drown the requests worth reading.
            t.AddAspNetCoreInstrumentation(o => o.Filter = context => !context.Request.Path.StartsWithSegments("/health", StringComparison.Ordinal))
                .AddSource(LodestoneTelemetry.Name);
            if (otlp)
            {
                t.AddOtlpExporter();
            }
            settings.ExtraTracing?.Invoke(t);
        });
        telemetry.WithMetrics(m =>
        {
            m.AddAspNetCoreInstrumentation().AddRuntimeInstrumentation().AddMeter(LodestoneTelemetry.Name);
            if (otlp)
            {
                m.AddOtlpExporter();
            }
            settings.ExtraMetrics?.Invoke(m);
        });
        return services;
    }
}
