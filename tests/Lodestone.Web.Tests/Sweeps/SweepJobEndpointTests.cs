using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lodestone.Data.Jobs;
using Lodestone.Domain.KnowledgeBase;
using Lodestone.Testing;
using Lodestone.Web.Contracts;
using Lodestone.Web.Sweeps;
using Lodestone.Web.Tests.Infrastructure;

namespace Lodestone.Web.Tests.Sweeps;

/// <summary>The sweep-job routes and worker of the web app, with a stand-in runner (the real one, an Orleans client, lives in the CLI's
/// process and is tested there: tests/Lodestone.Cli.Tests/Cluster/ServeSweepTests).</summary>
public sealed class SweepJobEndpointTests
{
    private const string Key = "sweep-key";

    /// <summary>Reports half the runs done, then "runs" to a document holding the file's text, so a test can tell the stored request reached it.</summary>
    private sealed class StandInRunner : ISweepRunner
    {
        public void Check(Dataset dataset, SweepJobRequestDto request)
        {
        }

        public Task<string> RunAsync(Dataset dataset, SweepJobRequestDto request, Action<double> progress, CancellationToken cancellationToken)
        {
            progress(0.5);
            return Task.FromResult(JsonSerializer.Serialize(new { yaml = request.SweepYaml }));
        }
    }

    private static HttpRequestMessage Submit(string yaml) => new(HttpMethod.Post, "/api/sweeps")
    {
        Content = JsonContent.Create(new { sweep_yaml = yaml }),
        Headers = { { "X-Api-Key", Key } },
    };

    [Fact]
    public async Task Submit_WithoutARunner_Is503AndQueuesNothing()
    {
        await using var server = await RunningServer.StartAsync(_ => Task.FromResult(DefaultData.Dataset), apiKey: Key);

        var problem = await Problems.AssertProblemAsync(await server.Client.SendAsync(Submit("runs: 10\n")), HttpStatusCode.ServiceUnavailable);

        Assert.Contains("without a sweep runner", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Empty(((JobStore)server.Services.GetService(typeof(JobStore))!).Recent(SweepJobs.Kind));
    }

    [Fact]
    public async Task Submit_WithARunner_RunsTheStoredTextOnceToItsDocument()
    {
        // Given a server with a sweep runner
        await using var server = await RunningServer.StartAsync(_ => Task.FromResult(DefaultData.Dataset), apiKey: Key, sweepRunner: new StandInRunner());

        // When a sweep is submitted (and, without the key, refused) and followed until it ends
        using var anonymous = new HttpRequestMessage(HttpMethod.Post, "/api/sweeps") { Content = JsonContent.Create(new { sweep_yaml = "runs: 10\n" }) };
        Assert.Equal(HttpStatusCode.Unauthorized, (await server.Client.SendAsync(anonymous)).StatusCode);
        var response = await server.Client.SendAsync(Submit("name: s\nruns: 10\n"));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        JsonElement job;
        var deadline = DateTime.UtcNow.AddMinutes(2);
        do
        {
            await Task.Delay(100);
            job = await Problems.JsonAsync(await server.Client.GetAsync(response.Headers.Location!.ToString()));
        }
        while (job.GetProperty("status").GetString() is "queued" or "running" && DateTime.UtcNow < deadline);

        // Then it succeeded on its first claim with the runner's document for the stored text, progress 1
        Assert.Equal(("succeeded", 1, 1.0), (job.GetProperty("status").GetString(), job.GetProperty("attempts").GetInt32(), job.GetProperty("progress").GetDouble()));
        Assert.Equal("name: s\nruns: 10\n", job.GetProperty("result").GetProperty("yaml").GetString());
    }

    [Fact]
    public async Task Submit_NoText_Is400()
    {
        await using var server = await RunningServer.StartAsync(_ => Task.FromResult(DefaultData.Dataset), apiKey: Key, sweepRunner: new StandInRunner());

        await Problems.AssertProblemAsync(await server.Client.SendAsync(Submit(" ")), HttpStatusCode.BadRequest);
    }
}
