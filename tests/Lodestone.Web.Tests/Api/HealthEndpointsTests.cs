using System.Net;
using Lodestone.Data.Jobs;
using Lodestone.Web.Tests.Infrastructure;

namespace Lodestone.Web.Tests.Api;

/// <summary><c>/health</c> (liveness) and <c>/health/ready</c> (readiness: the database answers).</summary>
public sealed class HealthEndpointsTests
{
    [Fact]
    public async Task Ready_DatabaseAnswers_Is200WithTheQueueDepth()
    {
        // Given a server whose job queue (a SQLite file) and news store answer
        using var news = NewsStoreFile.Ingest(FixtureArticles.All);
        await using var server = await RunningServer.StartAsync(KnowledgeBases.Default, openNewsStore: news.Opener);

        // When
        var ready = await server.Client.GetAsync("/health/ready");

        // Then: ready, nothing queued, and the time the snapshot was loaded
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var body = await Problems.JsonAsync(ready);
        Assert.Equal("ready", body.GetProperty("status").GetString());
        Assert.Equal("ok", body.GetProperty("database").GetString());
        Assert.Equal(0, body.GetProperty("queued_jobs").GetInt64());
        Assert.True(DateTimeOffset.TryParse(body.GetProperty("dataset_loaded_at").GetString(), System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.None, out _));
    }

    [Fact]
    public async Task Ready_DatabaseUnreachable_Is503WithTheReasonWhileLivenessStaysOk()
    {
        // Given a server whose job queue is a PostgreSQL server that is not there (port 1 on loopback refuses)
        var gone = new PostgresJobStore("Host=127.0.0.1;Port=1;Timeout=2;Username=nobody;Database=none", TimeProvider.System);
        await using var server = await RunningServer.StartAsync(KnowledgeBases.Default, openJobStore: _ => Task.FromResult<JobStore>(gone));

        // When
        var ready = await server.Client.GetAsync("/health/ready");
        var live = await server.Client.GetAsync("/health");

        // Then the load balancer is told to stop sending requests here, and why; the process itself is alive
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        var body = System.Text.Json.JsonDocument.Parse(await ready.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("not_ready", body.GetProperty("status").GetString());
        Assert.StartsWith("the job queue did not answer", body.GetProperty("database").GetString(), StringComparison.Ordinal);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, body.GetProperty("queued_jobs").ValueKind);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }
}
