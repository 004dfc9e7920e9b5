using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Lodestone.Data;
using Lodestone.Data.Jobs;
using Lodestone.Data.Storage;
using Lodestone.Testing;
using Lodestone.Web;
using Lodestone.Web.Simulations;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace Lodestone.Cli.Tests.Jobs;

/// <summary>Durable simulation jobs across real <c>lodestone serve</c> processes on one database: a shared queue, and a restart mid-job.</summary>
public sealed class SharedQueueTests(PostgresFixture postgres, ITestOutputHelper output) : IClassFixture<PostgresFixture>, IDisposable
{
    private const string Key = "jobs-test-key";
    private readonly TempDirectory _temp = new();

    public static TheoryData<string> Backends => new() { "sqlite", "postgres" };

    /// <summary>A seeded database of <paramref name="backend"/> (its <c>--db</c> value and target); skips the test where PostgreSQL is not available here.</summary>
    private async Task<(string Db, StoreTarget Target)> DatabaseAsync(string backend)
    {
        string db;
        if (backend == "sqlite")
        {
            db = _temp.File("lodestone.db");
        }
        else
        {
            db = await postgres.NewSchemaOrSkipAsync();
        }
        // Seeded before any server starts, so the servers do not race to seed it.
        await KnowledgeBaseOpener.OpenStoreAsync(db, seedIfEmpty: true, CancellationToken.None);
        return (db, StoreTarget.Resolve(db));
    }

    private static Dictionary<string, string> Environment(double leaseSeconds) => new()
    {
        ["Lodestone__ApiKey"] = Key,
        ["Lodestone__Jobs__LeaseSeconds"] = leaseSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Lodestone__Jobs__PollSeconds"] = "0.2",
    };

    private static string Request(int runs, ulong seed, int horizon) => JsonSerializer.Serialize(
        new SimulationJobRequest("baseline", null, runs, seed, horizon, "baseline", horizon), JsonOptions);

    private static readonly JsonSerializerOptions JsonOptions = CreateJsonOptions();

    private static JsonSerializerOptions CreateJsonOptions()
    {
        var options = new JsonSerializerOptions();
        LodestoneWebApp.Configure(options);
        return options;
    }

    private static async Task<IReadOnlyList<JobRecord>> WaitForAsync(JobStore store, IReadOnlyList<string> ids, TimeSpan limit)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            var jobs = ids.Select(id => store.Find(id)!).ToList();
            if (jobs.All(j => j.IsFinished))
            {
                return jobs;
            }
            Assert.True(watch.Elapsed < limit, $"jobs not finished after {limit}: " + string.Join(", ", jobs.Select(j => $"{j.Id} {j.Status} {j.Progress:0.00}")));
            await Task.Delay(200);
        }
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public async Task TwoServers_TwentyQueuedJobs_EachRunsExactlyOnceWithTheSameFiguresPerSeed(string backend)
    {
        // Given twenty queued jobs in the database (ten seeds, each twice) before either server starts
        var database = await DatabaseAsync(backend);
        var store = await JobStores.OpenAsync(database.Target, TimeProvider.System, CancellationToken.None);
        var limits = new JobLimits(SimulationJobs.Capacity, SimulationJobs.KeyedReserve, SimulationJobs.PerClientUnfinished);
        var ids = Enumerable.Range(0, 20).Select(i => $"job{i:00}").ToList();
        for (var i = 0; i < ids.Count; i++)
        {
            Assert.Equal(JobSubmitOutcome.Accepted, store.Submit(ids[i], SimulationJobs.Kind, "key", keyed: true, Request(500, (ulong)(1 + (i % 10)), 12), limits));
        }

        // When two servers on that database work through the queue
        await using (var first = await ServeProcess.StartAsync(database.Db, Environment(30)))
        await using (var second = await ServeProcess.StartAsync(database.Db, Environment(30)))
        {
            var jobs = await WaitForAsync(store, ids, TimeSpan.FromMinutes(8));

            // Then every job succeeded on its first and only claim, and the two jobs of a seed have the same figures
            Assert.All(jobs, j => Assert.Equal((JobStatus.Succeeded, 1), (j.Status, j.Attempts)));
            for (var i = 0; i < 10; i++)
            {
                Assert.Equal(jobs[i].Result, jobs[i + 10].Result);
            }
            Assert.Equal(10, jobs.Select(j => j.Result).Distinct().Count());
            output.WriteLine($"{backend}: jobs per worker: " + string.Join(", ", jobs.GroupBy(j => j.Worker).Select(g => $"{g.Key} {g.Count()}")));
        }
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public async Task Restart_ServerKilledMidJob_TheJobIsRunAgainAndGivesTheUninterruptedFigures(string backend)
    {
        // Given a server running a long job (50,000 runs over 240 months), killed with SIGKILL once the job has reported progress
        var database = await DatabaseAsync(backend);
        var store = await JobStores.OpenAsync(database.Target, TimeProvider.System, CancellationToken.None);
        string id;
        await using (var doomed = await ServeProcess.StartAsync(database.Db, Environment(2)))
        {
            using var submit = new HttpRequestMessage(HttpMethod.Post, "/api/simulations")
            {
                Content = JsonContent.Create(new { scenario = "baseline", runs = 50_000, seed = 7, horizon_months = 240 }),
            };
            submit.Headers.Add("X-Api-Key", Key);
            var accepted = await doomed.Client.SendAsync(submit);
            Assert.Equal(System.Net.HttpStatusCode.Accepted, accepted.StatusCode);
            id = (await accepted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
            var watch = Stopwatch.StartNew();
            while (store.Find(id) is not { Status: JobStatus.Running, Progress: > 0 })
            {
                Assert.True(watch.Elapsed < TimeSpan.FromMinutes(3), "the job never reported progress");
                Assert.False(store.Find(id)!.IsFinished, "the job finished before it could be interrupted: make it longer");
                await Task.Delay(50);
            }
            await doomed.KillAsync();
        }
        var interrupted = store.Find(id)!;
        Assert.Equal((JobStatus.Running, 1), (interrupted.Status, interrupted.Attempts));

        // When a new server starts on the database (after the dead server's lease of 2 s lapses, it claims the job)
        await using var restarted = await ServeProcess.StartAsync(database.Db, Environment(2));
        var rerun = (await WaitForAsync(store, [id], TimeSpan.FromMinutes(10)))[0];

        // Then the job succeeded on its second claim, with exactly the figures of the same job run without interruption
        Assert.Equal((JobStatus.Succeeded, 2), (rerun.Status, rerun.Attempts));
        var limits = new JobLimits(SimulationJobs.Capacity, SimulationJobs.KeyedReserve, SimulationJobs.PerClientUnfinished);
        store.Submit("uninterrupted", SimulationJobs.Kind, "key", keyed: true, Request(50_000, 7, 240), limits);
        var reference = (await WaitForAsync(store, ["uninterrupted"], TimeSpan.FromMinutes(10)))[0];
        Assert.Equal(1, reference.Attempts);
        Assert.NotNull(rerun.Result);
        Assert.Equal(reference.Result, rerun.Result);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _temp.Dispose();
    }
}
