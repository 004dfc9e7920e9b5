using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lodestone.Data;
using Lodestone.Data.Jobs;
using Lodestone.Data.Storage;
using Lodestone.Testing;
using Lodestone.Web;
using Lodestone.Web.Contracts;
using Lodestone.Web.Plans;
using Microsoft.Data.Sqlite;

namespace Lodestone.Cli.Tests.Jobs;

/// <summary>Plan-robustness jobs run by a real <c>lodestone serve</c> (the process that carries the planner) from the shared job table.</summary>
public sealed class PlanJobTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>, IDisposable
{
    private const string Key = "plan-jobs-test-key";

    // CliRunner's fixed day: the jobs are made on it so that they and the CLI plan on the same date.
    private const string AsOf = "2026-11-23";

    private readonly TempDirectory _temp = new();

    public static TheoryData<string> Backends => new() { "sqlite", "postgres" };

    private static readonly JsonSerializerOptions JsonOptions = CreateJsonOptions();

    private static JsonSerializerOptions CreateJsonOptions()
    {
        var options = new JsonSerializerOptions();
        LodestoneWebApp.Configure(options);
        return options;
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public async Task PlanJobs_OneLeftByADeadWorkerAndOneSubmitted_BothSucceedWithTheCliDocument(string backend)
    {
        // Given a seeded database holding a plan job that a worker claimed and then died holding (its 1 s lease lapses)
        var db = backend == "sqlite" ? _temp.File("lodestone.db") : await postgres.NewSchemaOrSkipAsync();
        await KnowledgeBaseOpener.OpenStoreAsync(db, seedIfEmpty: true, CancellationToken.None);
        var store = await JobStores.OpenAsync(StoreTarget.Resolve(db), TimeProvider.System, CancellationToken.None);
        var orphan = new PlanJobRequestDto(Commodity: "rare earths", Cap: 0.5, By: "2028", Content: "direct", Robustness: 1000, RobustnessSeed: 7,
            RobustnessScenario: "china-2025-04-ree-licensing", AsOf: AsOf);
        var limits = new JobLimits(PlanJobs.Capacity, PlanJobs.KeyedReserve, PlanJobs.PerClientUnfinished);
        Assert.Equal(JobSubmitOutcome.Accepted, store.Submit("orphan", PlanJobs.Kind, "key", keyed: true, JsonSerializer.Serialize(orphan, JsonOptions), limits));
        Assert.Equal((JobStatus.Queued, 0), (store.Find("orphan")!.Status, store.Find("orphan")!.Attempts));
        var dead = store.Claim(PlanJobs.Kind, "dead-worker", TimeSpan.FromSeconds(1));
        Assert.Equal(("orphan", JobStatus.Running, 1), (dead?.Id, dead?.Status, dead?.Attempts));

        // When a server starts on the database and a second plan job is submitted through its API
        await using var server = await ServeProcess.StartAsync(db, new Dictionary<string, string>
        {
            ["Lodestone__ApiKey"] = Key,
            ["Lodestone__Jobs__LeaseSeconds"] = "2",
            ["Lodestone__Jobs__PollSeconds"] = "0.2",
        });
        var id = await SubmitAsync(server.Client, new
        {
            commodity = "rare earths",
            cap = 0.7,
            by = "2028",
            content = "direct",
            robustness = 500,
            robustness_seed = 3,
            robustness_scenario = "china-2025-10-ree-expansion",
            as_of = AsOf,
        });
        await WaitUntilFinishedAsync(store, "orphan", id);

        // Then the dead worker's job succeeded on its second claim, by the server's worker, and the submitted one on its first; each
        // result is, byte for byte, what `lodestone plan ... --robustness N --format json` prints for the same options on the same day
        var rerun = store.Find("orphan")!;
        Assert.Equal((JobStatus.Succeeded, 2), (rerun.Status, rerun.Attempts));
        Assert.NotEqual("dead-worker", rerun.Worker);
        var cliOrphan = await CliRunner.RunOnStoreAsync("--db", db, "plan", "--commodity", "rare earths", "--cap", "0.5", "--by", "2028", "--content", "direct",
            "--robustness", "1000", "--robustness-seed", "7", "--robustness-scenario", "china-2025-04-ree-licensing", "--format", "json");
        Assert.Equal(0, cliOrphan.ExitCode);
        Assert.Equal(cliOrphan.Out.TrimEnd('\n'), rerun.Result);

        var job = await server.Client.GetFromJsonAsync<JsonElement>("/api/plans/jobs/" + id);
        Assert.Equal(("succeeded", 1), (job.GetProperty("status").GetString(), job.GetProperty("attempts").GetInt32()));
        var cli = await CliRunner.RunOnStoreAsync("--db", db, "plan", "--commodity", "rare earths", "--cap", "0.7", "--by", "2028", "--content", "direct",
            "--robustness", "500", "--robustness-seed", "3", "--robustness-scenario", "china-2025-10-ree-expansion", "--format", "json");
        Assert.Equal(cli.Out.TrimEnd('\n'), store.Find(id)!.Result);

        // and the figures are a real replay: the scenario's events cut supply in some runs (a plan the CLI finds feasible, a shortfall above zero)
        var robustness = job.GetProperty("result").GetProperty("robustness");
        Assert.Equal((500, 3), (robustness.GetProperty("runs").GetInt32(), robustness.GetProperty("seed").GetInt32()));
        Assert.True(robustness.GetProperty("expected_shortfall_units").GetProperty("rare earths (refining)").GetDouble() > 0);
    }

    /// <summary>Posts a plan job with the API key; it must be accepted, with its address in Location.</summary>
    private static async Task<string> SubmitAsync(HttpClient client, object body)
    {
        using var submit = new HttpRequestMessage(HttpMethod.Post, "/api/plans/jobs")
        {
            Content = JsonContent.Create(body),
        };
        submit.Headers.Add("X-Api-Key", Key);
        var accepted = await client.SendAsync(submit);
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var submitted = await accepted.Content.ReadFromJsonAsync<JsonElement>();
        var id = submitted.GetProperty("id").GetString()!;
        Assert.Equal("/api/plans/jobs/" + id, accepted.Headers.Location?.OriginalString);
        return id;
    }

    /// <summary>Waits (at most five minutes) until both jobs are finished, whatever their outcome.</summary>
    private static async Task WaitUntilFinishedAsync(JobStore store, string first, string second)
    {
        var watch = Stopwatch.StartNew();
        while (!store.Find(first)!.IsFinished || !store.Find(second)!.IsFinished)
        {
            Assert.True(watch.Elapsed < TimeSpan.FromMinutes(5),
                $"plan jobs not finished: {first} {store.Find(first)!.Status}, {second} {store.Find(second)!.Status}");
            await Task.Delay(200);
        }
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _temp.Dispose();
    }
}
