using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Lodestone.Data.Jobs;
using Lodestone.Web.Claims;
using Lodestone.Web.Plans;
using Lodestone.Web.Simulations;
using Lodestone.Web.Sweeps;
using Lodestone.Web.Telemetry;
using Lodestone.Web.Tests.Api;
using Lodestone.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Lodestone.Web.Tests.Telemetry;

[Collection(TelemetryCollection.Name)]
public sealed class TelemetryTests
{
    [Fact]
    public async Task Serve_NothingConfigured_RunsNoTelemetry()
    {
        // Given: no OTLP endpoint and no exporter of the host's
        Assert.Null(Environment.GetEnvironmentVariable(TelemetryRegistration.OtlpEndpointKey));
        await using var server = await RunningServer.StartAsync(KnowledgeBases.Default);

        // When
        var tracer = server.Services.GetService<TracerProvider>();
        var meter = server.Services.GetService<MeterProvider>();

        // Then: no provider exists, so nothing listens to Lodestone's spans and nothing is exported anywhere
        Assert.Null(tracer);
        Assert.Null(meter);
        Assert.False(LodestoneTelemetry.Source.HasListeners());
    }

    [Fact]
    public async Task Request_WithExporter_RecordsAServerSpanAndItsDuration()
    {
        // Given
        var recorded = new Recorded();
        await using var server = await RunningServer.StartAsync(KnowledgeBases.Default, tracing: recorded.Tracing, metrics: recorded.Metrics);
        recorded.Attach(server.Services);

        // When
        using var response = await server.Client.GetAsync("/api/minerals/antimony");

        // Then: one server span for the route template, and one request in the route's duration histogram (semantic conventions:
        // http.server.request.duration in seconds, attributes http.route and http.response.status_code)
        Assert.Equal(200, (int)response.StatusCode);
        var span = await recorded.SpanAsync(a => a.Kind == ActivityKind.Server && (string?)a.GetTagItem("http.route") == "/api/minerals/{name}");
        Assert.Equal(200, span.GetTagItem("http.response.status_code"));
        var duration = await recorded.MetricAsync("http.server.request.duration", m => Points(m, "http.route", "/api/minerals/{name}").Any());
        Assert.Equal("s", duration.Unit);
        var point = Assert.Single(Points(duration, "http.route", "/api/minerals/{name}"));
        Assert.Equal(1, point.GetHistogramCount());
        Assert.Equal(200, Tag(point, "http.response.status_code"));
    }

    [Fact]
    public async Task ClaimsJob_WithExporter_CountedStartedAndSucceededUnderItsKind()
    {
        // Given
        var recorded = new Recorded();
        await using var server = await RunningServer.StartAsync(KnowledgeBases.Default, tracing: recorded.Tracing,
            metrics: recorded.Metrics);
        recorded.Attach(server.Services);

        // When one claims job is submitted and runs to the end
        using var submitted = await server.Client.PostAsync("/api/claims/jobs?runs=100&seed=3", null);
        var location = submitted.Headers.Location!.ToString();
        var deadline = DateTime.UtcNow.AddMinutes(5);
        string? status;
        while ((status = JsonDocument.Parse(await server.Client.GetStringAsync(location)).RootElement
            .GetProperty("status").GetString()) is not ("succeeded" or "failed") && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
        }

        // Then the jobs counters count it as every kind is counted: one started, one succeeded, both of kind "claims"
        Assert.Equal("succeeded", status);
        var started = await recorded.MetricAsync("lodestone.jobs.started",
            m => Points(m, JobMetrics.KindAttribute, ClaimsJobs.Kind).Any());
        Assert.Equal(1, Assert.Single(Points(started, JobMetrics.KindAttribute, ClaimsJobs.Kind)).GetSumLong());
        var finished = await recorded.MetricAsync("lodestone.jobs.finished",
            m => Points(m, JobMetrics.KindAttribute, ClaimsJobs.Kind).Any());
        var point = Assert.Single(Points(finished, JobMetrics.KindAttribute, ClaimsJobs.Kind));
        Assert.Equal((1L, JobOutcome.Succeeded), (point.GetSumLong(), Tag(point, JobMetrics.OutcomeAttribute)));
    }

    [Fact]
    public async Task SimulationJob_WithExporter_RecordsItsSpanAndCountsExactlyItsRuns()
    {
        // Given: 300 runs, more than one block of runs, so the count adds several progress reports
        var recorded = new Recorded();
        await using var server = await RunningServer.StartAsync(KnowledgeBases.Default, tracing: recorded.Tracing, metrics: recorded.Metrics);
        recorded.Attach(server.Services);

        // When
        var response = await server.Client.PostAsJsonAsync("/api/simulations", new { scenario = "baseline", runs = 300, seed = 7, horizon_months = 6 });
        var id = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;
        var done = await SimulationEndpointsTests.PollAsync(server.Client, "/api/simulations/" + id);

        // Then: one span for the job carrying its id, runs and outcome (it ends after the job's counters are written)
        Assert.Equal("succeeded", done.GetProperty("status").GetString());
        var span = await recorded.SpanAsync(a => a.Source.Name == LodestoneTelemetry.Name && (string?)a.GetTagItem("lodestone.job.id") == id);
        Assert.Equal("simulation job", span.DisplayName);
        Assert.Equal(300, span.GetTagItem("lodestone.job.runs"));
        Assert.Equal(JobOutcome.Succeeded, span.GetTagItem(JobMetrics.OutcomeAttribute));
        Assert.Equal(ActivityStatusCode.Unset, span.Status);
        // ... the runs counter rose by exactly the job's 300 runs, one job started and one succeeded
        var runs = await recorded.MetricAsync("lodestone.simulation.runs", m => m.MetricPoints.Count > 0);
        Assert.Equal(300, Assert.Single(runs.MetricPoints).GetSumLong());
        var started = await recorded.MetricAsync("lodestone.jobs.started", m => m.MetricPoints.Count > 0);
        Assert.Equal(1, Assert.Single(Points(started, JobMetrics.KindAttribute, SimulationJobs.Kind)).GetSumLong());
        var finished = await recorded.MetricAsync("lodestone.jobs.finished", m => m.MetricPoints.Count > 0);
        var succeeded = Assert.Single(finished.MetricPoints);
        Assert.Equal(1, succeeded.GetSumLong());
        Assert.Equal(JobOutcome.Succeeded, Tag(succeeded, JobMetrics.OutcomeAttribute));
    }

    [Fact]
    public void QueueDepth_HandMadeQueue_ReportsTheQueuedJobsOfEveryKind()
    {
        // Given: five simulation jobs submitted, two claimed, one of those finished: 5 - 2 = 3 still queued (no worker runs here);
        // one claims job and one plan job queued; no sweep job
        using var queue = new JobQueue();
        for (var i = 0; i < 5; i++)
        {
            Assert.NotNull(queue.Jobs.TrySubmit(JobQueue.Plan));
        }
        var first = queue.Store.Claim(SimulationJobs.Kind, "w", TimeSpan.FromMinutes(1))!;
        Assert.NotNull(queue.Store.Claim(SimulationJobs.Kind, "w", TimeSpan.FromMinutes(1)));
        Assert.True(queue.Store.Finish(first.Id, "w", "{}", null));
        var limits = new JobLimits(16, 4, 2);
        Assert.Equal(JobSubmitOutcome.Accepted, queue.Store.Submit("c1", ClaimsJobs.Kind, "key", keyed: true, "{}", limits));
        Assert.Equal(JobSubmitOutcome.Accepted, queue.Store.Submit("p1", PlanJobs.Kind, "key", keyed: true, "{}", limits));
        using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var snapshots = new List<MetricSnapshot>();
        using var provider = Sdk.CreateMeterProviderBuilder().AddMeter(LodestoneTelemetry.Name).AddInMemoryExporter(snapshots).Build();
        _ = new JobMetrics(services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>(), queue.Store);

        // When
        provider.ForceFlush();

        // Then: one point per kind, the sweep's a real 0
        var gauge = Assert.Single(snapshots, m => m.Name == "lodestone.jobs.queued");
        Assert.Equal("{job}", gauge.Unit);
        var depths = gauge.MetricPoints.ToDictionary(p => (string)Tag(p, JobMetrics.KindAttribute)!, p => p.GetGaugeLastValueLong());
        Assert.Equal(new Dictionary<string, long> { [SimulationJobs.Kind] = 3, [ClaimsJobs.Kind] = 1, [PlanJobs.Kind] = 1, [SweepJobs.Kind] = 0 }, depths);
    }

    private static IEnumerable<MetricPoint> Points(MetricSnapshot metric, string attribute, object value) =>
        metric.MetricPoints.Where(p => Equals(Tag(p, attribute), value));

    private static object? Tag(MetricPoint point, string attribute)
    {
        foreach (var tag in point.Tags)
        {
            if (tag.Key == attribute)
            {
                return tag.Value;
            }
        }
        return null;
    }
}
