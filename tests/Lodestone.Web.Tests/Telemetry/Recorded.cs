using System.Diagnostics;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Lodestone.Web.Tests.Telemetry;

/// <summary>What the in-memory exporters received from one server, with waits for what is recorded after the response is sent.</summary>
internal sealed class Recorded
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly List<Activity> _spans = [];
    private readonly List<MetricSnapshot> _metrics = [];
    private MeterProvider? _provider;

    public void Tracing(TracerProviderBuilder builder) => builder.AddInMemoryExporter(_spans);

    public void Metrics(MeterProviderBuilder builder) => builder.AddInMemoryExporter(_metrics);

    /// <summary>Call once the server runs: its meter provider, flushed to read the metrics.</summary>
    public void Attach(IServiceProvider services) => _provider = (MeterProvider)services.GetService(typeof(MeterProvider))!;

    /// <summary>The first ended span that <paramref name="match"/> accepts (ASP.NET Core ends a request's span after the response is sent).</summary>
    public async Task<Activity> SpanAsync(Func<Activity, bool> match)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            lock (_spans)
            {
                var found = _spans.FirstOrDefault(match);
                if (found is not null)
                {
                    return found;
                }
            }
            Assert.True(DateTime.UtcNow < deadline, "no matching span was exported");
            await Task.Delay(50);
        }
    }

    /// <summary>The points of metric <paramref name="name"/> at a fresh collection, once <paramref name="ready"/> accepts them.</summary>
    public async Task<MetricSnapshot> MetricAsync(string name, Func<MetricSnapshot, bool> ready)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            MetricSnapshot? latest;
            lock (_metrics)
            {
                _metrics.Clear();
            }
            _provider!.ForceFlush();
            lock (_metrics)
            {
                latest = _metrics.LastOrDefault(m => m.Name == name);
            }
            if (latest is not null && ready(latest))
            {
                return latest;
            }
            Assert.True(DateTime.UtcNow < deadline, $"metric {name} was not exported as expected");
            await Task.Delay(50);
        }
    }
}
