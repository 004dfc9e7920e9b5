using Lodestone.Web.Hosting;
using Microsoft.AspNetCore.Http;

namespace Lodestone.Web.Tests.Hosting;

/// <summary>The job routes (simulations, claims, plans, sweeps) answer a full queue and a busy client with these
/// problems; clients read the status, the Retry-After header and the detail, so they are pinned here once.</summary>
public sealed class ApiProblemsTests
{
    [Fact]
    public void JobQueueFull_WithAKeyedReserve_Is503AndSaysHowManySlotsAreKept()
    {
        var problem = ApiProblems.JobQueueFull("claims", 16, 4);

        Assert.Equal(StatusCodes.Status503ServiceUnavailable, problem.StatusCode);
        Assert.Equal("Busy", problem.ProblemDetails.Title);
        Assert.Equal(
            "the claims queue is full (16 jobs, 4 of them kept for API-key callers); try again when one has finished",
            problem.ProblemDetails.Detail);
    }

    [Fact]
    public void JobQueueFull_WithoutAReserve_CountsUnfinishedJobs()
    {
        var problem = ApiProblems.JobQueueFull("sweep", 16);

        Assert.Equal("the sweep queue is full (16 unfinished jobs); try again when one has finished",
            problem.ProblemDetails.Detail);
    }

    [Fact]
    public void TooManyJobs_Is429_AndAsksTheClientToRetryIn30Seconds()
    {
        var http = new DefaultHttpContext();

        var problem = ApiProblems.TooManyJobs(http, "plan", 2);

        Assert.Equal(StatusCodes.Status429TooManyRequests, problem.StatusCode);
        Assert.Equal("30", http.Response.Headers.RetryAfter.ToString());
        Assert.Equal("this client already has 2 plan jobs queued or running; try again when one has finished",
            problem.ProblemDetails.Detail);
    }
}
