using System.Text.Json.Nodes;

namespace Lodestone.Cli.Tests.Queries;

/// <summary>A simulation run by the CLI and the same request run as a server job give the identical document, sensitivity
/// included: both resolve the headline with <c>SensitivityHeadline</c> and rank with one <c>OneAtATime.Analyse</c>.</summary>
public sealed class SimulationIdentityTests(ApiServer api) : IClassFixture<ApiServer>
{
    [Theory]
    // The default headline (the effective share in the last month), and one named metric and month on a shorter horizon.
    [InlineData(new[] { "simulate", "baseline", "--runs", "30", "--seed", "5", "--sensitivity", "--format", "json" },
        """{"scenario":"baseline","runs":30,"seed":5,"sensitivity":true}""")]
    [InlineData(new[] { "simulate", "china-2024-12-us-ban-ga-ge-sb", "--runs", "30", "--seed", "2", "--horizon", "12", "--sensitivity",
            "--sensitivity-metric", "shortfall", "--sensitivity-month", "4", "--format", "json" },
        """{"scenario":"china-2024-12-us-ban-ga-ge-sb","runs":30,"seed":2,"horizon_months":12,"sensitivity":true,"sensitivity_metric":"shortfall","sensitivity_month":4}""")]
    public async Task Simulate_CliJsonAndServerJob_IdenticalDocumentsAndRanking(string[] cli, string body)
    {
        // Given / When: the same run through the CLI and as a job on the server
        var run = await CliRunner.RunAsync(cli);
        var response = await api.Client.PostAsync("/api/simulations", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        var job = await PollAsync(response.Headers.Location!.OriginalString);

        // Then: the job's result is the CLI's document, byte for byte as JSON, so the drivers come in the same order
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal("succeeded", job["status"]!.GetValue<string>());
        var fromCli = JsonNode.Parse(run.Out)!;
        var fromApi = job["result"]!;
        Assert.NotNull(fromCli["sensitivity"]);
        Assert.True(JsonNode.DeepEquals(fromCli, fromApi), $"`lodestone {string.Join(' ', cli)}` and the job of {body} differ");
    }

    private async Task<JsonNode> PollAsync(string url)
    {
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (true)
        {
            var doc = JsonNode.Parse(await api.Client.GetStringAsync(url))!;
            if (doc["status"]!.GetValue<string>() is "succeeded" or "failed" || DateTime.UtcNow > deadline)
            {
                return doc;
            }
            await Task.Delay(100);
        }
    }
}
