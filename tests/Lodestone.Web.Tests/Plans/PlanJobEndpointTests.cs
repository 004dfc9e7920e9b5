using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lodestone.Data.Jobs;
using Lodestone.Domain.Errors;
using Lodestone.Domain.KnowledgeBase;
using Lodestone.Testing;
using Lodestone.Web.Contracts;
using Lodestone.Web.Plans;
using Lodestone.Web.Tests.Infrastructure;

namespace Lodestone.Web.Tests.Plans;

/// <summary>The plan-job routes and worker of the web app, with a stand-in for the planner (the real one lives in the CLI's process and is
/// tested there, tests/Lodestone.Cli.Tests/Jobs/PlanJobTests, against <c>lodestone plan</c>).</summary>
public sealed class PlanJobEndpointTests
{
    /// <summary>Refuses commodity "atlantis" at the check, stores the day 2026-01-02 when none is given, and "solves" to a document
    /// naming the request's seed and date, so a test can tell the stored request reached the worker.</summary>
    private sealed class StandInRunner : IPlanRunner
    {
        public PlanJobRequestDto Check(Dataset dataset, PlanJobRequestDto request) =>
            request.Commodity == "atlantis"
                ? throw new LodestoneException(ErrorCode.NotFound, "unknown commodity 'atlantis'")
                : request with { AsOf = request.AsOf ?? "2026-01-02", RobustnessSeed = request.RobustnessSeed ?? 1 };

        public string Run(Dataset dataset, PlanJobRequestDto request, CancellationToken cancellationToken) =>
            $$"""{"seed":{{request.RobustnessSeed}},"as_of":"{{request.AsOf}}"}""";
    }

    [Fact]
    public async Task Submit_WithoutAPlanner_Is503AndQueuesNothing()
    {
        // Given a server started without the planner (the web app alone)
        await using var server = await RunningServer.StartAsync(_ => Task.FromResult(DefaultData.Dataset));

        // When a plan job is submitted
        var response = await server.Client.PostAsJsonAsync("/api/plans/jobs", new { commodity = "rare earths" });

        // Then it is refused with the reason, and nothing waits in the queue for a worker that does not exist
        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.ServiceUnavailable);
        Assert.Contains("without the planner", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Empty(((JobStore)server.Services.GetService(typeof(JobStore))!).Recent(PlanJobs.Kind));
    }

    [Fact]
    public async Task Submit_WithAPlanner_RunsTheStoredRequestOnceToItsDocument()
    {
        // Given a server with a planner
        await using var server = await RunningServer.StartAsync(_ => Task.FromResult(DefaultData.Dataset), planRunner: new StandInRunner());

        // When a job with seed 9 and no date is submitted and polled until it ends
        var response = await server.Client.PostAsJsonAsync("/api/plans/jobs", new { commodity = "rare earths", robustness_seed = 9 });
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var location = response.Headers.Location!.ToString();
        JsonElement job;
        var deadline = DateTime.UtcNow.AddMinutes(2);
        do
        {
            await Task.Delay(100);
            job = await Problems.JsonAsync(await server.Client.GetAsync(location));
        }
        while (job.GetProperty("status").GetString() is "queued" or "running" && DateTime.UtcNow < deadline);

        // Then it succeeded on its first claim with the checked request as stored (the filled-in date) and the runner's document as its result
        Assert.Equal(("succeeded", 1), (job.GetProperty("status").GetString(), job.GetProperty("attempts").GetInt32()));
        Assert.Equal("2026-01-02", job.GetProperty("request").GetProperty("as_of").GetString());
        Assert.Equal("""{"seed":9,"as_of":"2026-01-02"}""", job.GetProperty("result").GetRawText());
    }

    [Fact]
    public async Task Submit_RefusedByTheCheck_IsItsProblemAndQueuesNothing()
    {
        await using var server = await RunningServer.StartAsync(_ => Task.FromResult(DefaultData.Dataset), planRunner: new StandInRunner());

        var response = await server.Client.PostAsJsonAsync("/api/plans/jobs", new { commodity = "atlantis" });

        await Problems.AssertProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Empty(((JobStore)server.Services.GetService(typeof(JobStore))!).Recent(PlanJobs.Kind));
    }

    [Fact]
    public async Task GetJob_UnknownId_Is404()
    {
        await using var server = await RunningServer.StartAsync(_ => Task.FromResult(DefaultData.Dataset));

        await Problems.AssertProblemAsync(await server.Client.GetAsync("/api/plans/jobs/0000000000000000"), HttpStatusCode.NotFound);
    }
}
