using System.Net;
using Lodestone.Web.Hosting;
using Lodestone.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Lodestone.Web.Tests.Api;

public sealed class ClaimsEndpointsTests(DefaultServerFixture fixture) : IClassFixture<DefaultServerFixture>
{
    [Fact]
    public async Task Get_SmallRun_EvaluatesTheTrackedClaimWithProbabilities()
    {
        // When
        var doc = await Problems.JsonAsync(await fixture.Client.GetAsync("/api/claims?runs=200"));

        // Then: data/claims.csv tracks one claim, said 2025-11-06 and due 2027-05; counting the claim month as month 1,
        // May 2027 is month (2027 - 2025) * 12 + 5 - 11 + 1 = 19 of the simulation
        Assert.Equal(200, doc.GetProperty("runs").GetInt32());
        Assert.Equal(1UL, doc.GetProperty("seed").GetUInt64());
        var claim = Assert.Single(doc.GetProperty("claims").EnumerateArray());
        Assert.Equal("trump-2025-11-06-reliance-18m", claim.GetProperty("claim").GetProperty("id").GetString());
        Assert.Equal(18, claim.GetProperty("claim").GetProperty("horizon_months").GetInt32());
        Assert.Equal(19, claim.GetProperty("due_month").GetInt32());
        Assert.Equal("announced-partnerships", claim.GetProperty("scenario").GetString());
        Assert.Equal(200, claim.GetProperty("runs").GetInt32());
        var commodities = claim.GetProperty("commodities").EnumerateArray().ToList();
        Assert.NotEmpty(commodities);
        foreach (var c in commodities)
        {
            foreach (var p in new[] { "share_below_half", "share_below_fifth", "no_shortfall_under_ban", "share_now", "share_at_due" })
            {
                Assert.InRange(c.GetProperty(p).GetDouble(), 0, 1);
            }
            // share below 20 % implies share below 50 %, so its probability cannot be larger
            Assert.True(c.GetProperty("share_below_fifth").GetDouble() <= c.GetProperty("share_below_half").GetDouble());
            Assert.True(c.GetProperty("share_at_due_p5").GetDouble() <= c.GetProperty("share_at_due").GetDouble());
            Assert.True(c.GetProperty("share_at_due").GetDouble() <= c.GetProperty("share_at_due_p95").GetDouble());
        }
        Assert.NotEmpty(claim.GetProperty("assumptions").EnumerateArray());
    }

    [Fact]
    public async Task Get_SameRunsAndSeedTwice_ComputesOnceAndAnswersTheSame()
    {
        // Given
        var cache = fixture.Server.Services.GetRequiredService<ClaimsCache>();
        var before = cache.Computed;

        // When
        var first = await fixture.Client.GetStringAsync("/api/claims?runs=150&seed=5");
        var second = await fixture.Client.GetStringAsync("/api/claims?runs=150&seed=5");

        // Then
        Assert.Equal(first, second);
        Assert.Equal(before + 1, cache.Computed);
    }

    [Theory]
    // Just below the floor and far above the cap.
    [InlineData(99)]
    [InlineData(1_000_000)]
    public async Task Get_RunsOutOfRange_Returns400NamingRunsAndTheRange(int runs)
    {
        // When
        var response = await fixture.Client.GetAsync($"/api/claims?runs={runs}");

        // Then
        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        var message = problem.GetProperty("errors").GetProperty("runs")[0].GetString();
        Assert.Contains("between 100 and 20000", message);
    }
}
