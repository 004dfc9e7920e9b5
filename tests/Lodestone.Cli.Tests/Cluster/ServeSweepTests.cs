using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lodestone.Cli.Tests.Jobs;
using Lodestone.Data;
using Lodestone.Data.Jobs;
using Lodestone.Data.Storage;
using Lodestone.Testing;
using Microsoft.Data.Sqlite;

namespace Lodestone.Cli.Tests.Cluster;

/// <summary><c>lodestone serve</c> as a client of an Orleans cluster: a sweep submitted through the API runs on a local silo with PostgreSQL
/// membership and its stored result is the in-process <c>lodestone sweep --format json</c> document byte for byte.</summary>
public sealed class ServeSweepTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>, IDisposable
{
    private const string Key = "sweep-test-key";

    // 2 cells × 20,000 runs in work items of 1,024 runs: enough items that the silo does the work, small enough for a busy machine.
    private const string Yaml =
        "name: api-sweep\nscenarios: [china-2024-12-us-ban-ga-ge-sb]\ncommodities: [gallium, germanium]\nruns: 20000\nseeds: [11]\nblock_runs: 1024\nhorizon: 12\n";

    private readonly TempDirectory _temp = new();

    private static HttpRequestMessage Submit(string yaml, bool withKey = true)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/sweeps") { Content = JsonContent.Create(new { sweep_yaml = yaml }) };
        if (withKey)
        {
            request.Headers.Add("X-Api-Key", Key);
        }
        return request;
    }

    [Fact]
    public async Task ApiSweep_ServerIsAClientOfALocalSilo_ResultIsTheInProcessSweepJson()
    {
        // Given PostgreSQL membership, a seeded store, the sweep's in-process JSON, one silo on loopback and a server that is a client of its cluster
        var cluster = await postgres.NewSchemaOrSkipAsync();
        var db = _temp.File("lodestone.db");
        await KnowledgeBaseOpener.OpenStoreAsync(db, seedIfEmpty: true, CancellationToken.None);
        var file = _temp.File("sweep.yaml");
        await File.WriteAllTextAsync(file, Yaml);
        var inProcess = await CliRunner.RunOnStoreAsync("--db", db, "sweep", file, "--format", "json");
        Assert.True(inProcess.ExitCode == 0, inProcess.Error);
        await using var silo = await SiloProcess.StartAsync(db, cluster);
        var server = await ServeProcess.StartAsync(db, new Dictionary<string, string>
        {
            ["Lodestone__ApiKey"] = Key,
            ["Lodestone__Jobs__PollSeconds"] = "0.2",
            ["LODESTONE_CLUSTER"] = cluster,
        });
        var store = await JobStores.OpenAsync(StoreTarget.Resolve(db), TimeProvider.System, CancellationToken.None);
        JobRecord job;
        await using (server)
        {
            // When the sweep is submitted through the API (a write: without the key 401; a scenario path 404) and followed until it ends
            Assert.Equal(HttpStatusCode.Unauthorized, (await server.Client.SendAsync(Submit(Yaml, withKey: false))).StatusCode);
            using var path = await server.Client.SendAsync(Submit(Yaml.Replace("[china-2024-12-us-ban-ga-ge-sb]", "[/etc/hostname]", StringComparison.Ordinal)));
            Assert.Equal(HttpStatusCode.NotFound, path.StatusCode);
            using var accepted = await server.Client.SendAsync(Submit(Yaml));
            Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
            var id = (await accepted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
            Assert.Equal("/api/sweeps/" + id, accepted.Headers.Location?.OriginalString);
            var watch = Stopwatch.StartNew();
            while (!(job = store.Find(id)!).IsFinished)
            {
                Assert.True(watch.Elapsed < TimeSpan.FromMinutes(5), $"sweep job {job.Status} after 5 minutes, progress {job.Progress:0.00}");
                await Task.Delay(200);
            }
            var shown = await server.Client.GetFromJsonAsync<JsonElement>("/api/sweeps/" + id);
            Assert.Equal(("succeeded", 1.0), (shown.GetProperty("status").GetString(), shown.GetProperty("progress").GetDouble()));
        }

        // Then the job succeeded with exactly the in-process JSON, and the server ran it on the cluster (its standard error says how)
        Assert.True(job.Status == JobStatus.Succeeded, job.Error);
        Assert.Equal(inProcess.Out.TrimEnd('\n'), job.Result);
        Assert.Contains("sweep api-sweep: cluster lodestone (1 gateways at start)", await server.ErrorAsync(), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _temp.Dispose();
    }
}
