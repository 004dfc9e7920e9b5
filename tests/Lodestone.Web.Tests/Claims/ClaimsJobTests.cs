using System.Net;
using System.Text.Json;
using Lodestone.Data.Jobs;
using Lodestone.Data.Storage;
using Lodestone.Queries.Claims;
using Lodestone.Simulation.Scenarios;
using Lodestone.Testing;
using Lodestone.Web.Claims;
using Lodestone.Web.Simulations;
using Lodestone.Web.Tests.Infrastructure;

namespace Lodestone.Web.Tests.Claims;

/// <summary>Claims evaluations as durable jobs: the answer of the GET route, kept in the database, finished by the next server after a restart.</summary>
public sealed class ClaimsJobTests
{
    private static async Task<JsonElement> PollUntilFinishedAsync(HttpClient client, string location)
    {
        var deadline = DateTime.UtcNow.AddMinutes(5);
        while (true)
        {
            var job = await Problems.JsonAsync(await client.GetAsync(location));
            if (job.GetProperty("status").GetString() is "succeeded" or "failed" || DateTime.UtcNow > deadline)
            {
                return job;
            }
            await Task.Delay(200);
        }
    }

    [Fact]
    public async Task Submit_RunsToTheSameDocumentAsTheGetRoute()
    {
        // Given a server
        await using var server = await RunningServer.StartAsync(_ => Task.FromResult(DefaultData.Dataset));

        // When the claims are queued as a job (200 runs, seed 5) and the same question is asked directly
        var submitted = await server.Client.PostAsync("/api/claims/jobs?runs=200&seed=5", null);
        var job = await PollUntilFinishedAsync(server.Client, submitted.Headers.Location!.ToString());
        var direct = await server.Client.GetStringAsync("/api/claims?runs=200&seed=5");

        // Then the job succeeded once with exactly that document
        Assert.Equal(HttpStatusCode.Accepted, submitted.StatusCode);
        Assert.Equal(("succeeded", 1, 200, 5UL), (job.GetProperty("status").GetString(), job.GetProperty("attempts").GetInt32(), job.GetProperty("runs").GetInt32(),
            job.GetProperty("seed").GetUInt64()));
        Assert.Equal(JsonDocument.Parse(direct).RootElement.GetRawText(), job.GetProperty("result").GetRawText());
    }

    [Fact]
    public async Task Submit_BadRuns_Is400AndQueuesNothing()
    {
        await using var server = await RunningServer.StartAsync(_ => Task.FromResult(DefaultData.Dataset));

        var response = await server.Client.PostAsync("/api/claims/jobs?runs=5", null);

        await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Empty(server.Services.GetService(typeof(JobStore)) is JobStore store ? store.Recent(ClaimsJobs.Kind) : []);
    }

    [Fact]
    public async Task JobLeftRunningByADeadServer_IsFinishedByTheNextServerWithTheSameAnswer()
    {
        // Given a job store (a SQLite file) holding a claims job that a server claimed and then died with (its lease lapsed)
        using var dir = new TempDirectory();
        var target = StoreTarget.Resolve(dir.File("jobs.db"));
        var store = await JobStores.OpenAsync(target, TimeProvider.System, CancellationToken.None);
        // (checked as a submission is: the data year resolved to the newest complete one)
        var library = new ScenarioLibrary(ScenarioPaths.DefaultDirectory, Lodestone.Data.DataPaths.DefaultDataDirectory);
        var request = ClaimsQuestion.Request(library, DefaultData.Dataset, null, 150, 7);
        Assert.Equal(SubmitOutcome.Accepted, new ClaimsJobs(store).TrySubmit(request, new JobClient("key", true), out var queued));
        Assert.Equal(queued!.Id, store.Claim(ClaimsJobs.Kind, "dead-server", TimeSpan.FromMilliseconds(1))!.Id);
        await Task.Delay(20);

        // When a new server starts on that database
        await using var server = await RunningServer.StartAsync(_ => Task.FromResult(DefaultData.Dataset),
            openJobStore: ct => JobStores.OpenAsync(target, TimeProvider.System, ct));
        var job = await PollUntilFinishedAsync(server.Client, "/api/claims/jobs/" + queued.Id);
        var direct = await server.Client.GetStringAsync("/api/claims?runs=150&seed=7");

        // Then it runs the job on its second claim and writes the document the GET route answers for the same request
        Assert.Equal(("succeeded", 2), (job.GetProperty("status").GetString(), job.GetProperty("attempts").GetInt32()));
        Assert.Equal(JsonDocument.Parse(direct).RootElement.GetRawText(), job.GetProperty("result").GetRawText());
    }
}
