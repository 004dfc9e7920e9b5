using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Lodestone.Simulation.MonteCarlo;
using Lodestone.Web.Api;
using Lodestone.Web.Simulations;
using Lodestone.Web.Tests.Infrastructure;

namespace Lodestone.Web.Tests.Hardening;

/// <summary>Findings of the issue "Nothing lost, nothing crashes" on the web side, each checked on the real server or the type that fixes it.</summary>
public sealed class WebHardeningTests(DefaultServerFixture fixture) : IClassFixture<DefaultServerFixture>
{
    [Theory]
    [InlineData("/api/brief")]
    [InlineData("/")]
    [InlineData("/api/export?format=csv&table=agreements")]
    public async Task Head_AnyGetRoute_AnswersLikeGetWithoutABody(string path)
    {
        // Given: HEAD answered 405 before
        var get = await fixture.Client.GetAsync(path);

        // When
        using var head = await fixture.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path));

        // Then the same status and type, and no body
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal(get.StatusCode, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType?.MediaType, head.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    // Why: each starts a formula in Excel, LibreOffice or Sheets.
    [InlineData("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")")]
    [InlineData("+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    // Why: numbers are figures, not formulas: a negative value must stay a number.
    [InlineData("-0.25", "-0.25")]
    [InlineData("gallium", "gallium")]
    [InlineData("", "")]
    public void SpreadsheetSafeCell_Of_NeutralisesFormulasOnly(string cell, string expected)
    {
        Assert.Equal(expected, SpreadsheetSafeCell.Of(cell));
    }

    [Fact]
    public async Task PostForm_LargerThanTheLimit_Answers413NotA500()
    {
        using var request = SameOriginPost(new StringContent("scenario=baseline&runs=10&seed=1&pad=" + new string('x', 64 * 1024), Encoding.ASCII, "application/x-www-form-urlencoded"));

        using var response = await fixture.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task PostForm_MalformedMultipart_Answers400NotA500()
    {
        // Given a multipart body whose boundary never closes and whose part headers are garbage
        var content = new ByteArrayContent(Encoding.ASCII.GetBytes("--b\r\nContent-Disposition: form-data; name=\"scenario\"\r\n\r\nbaseline\r\n--b\r\nGARBAGE"));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=b");
        using var request = SameOriginPost(content);

        using var response = await fixture.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public void TrySubmit_AnonymousClientAtItsLimit_IsToldToWaitWhileOthersAreNot()
    {
        using var queue = new JobQueue();
        var jobs = queue.Jobs;
        var client = new JobClient("ip:192.0.2.1", IsKeyed: false);
        for (var i = 0; i < SimulationJobs.PerClientUnfinished; i++)
        {
            Assert.Equal(SubmitOutcome.Accepted, jobs.TrySubmit(JobQueue.Plan, client, out _));
        }

        Assert.Equal(SubmitOutcome.ClientLimit, jobs.TrySubmit(JobQueue.Plan, client, out _));
        Assert.Equal(SubmitOutcome.Accepted, jobs.TrySubmit(JobQueue.Plan, new JobClient("ip:192.0.2.2", false), out _));
    }

    [Fact]
    public void TrySubmit_AnonymousClientsFillTheirShare_KeyedCallersStillGetTheReserve()
    {
        // Given anonymous clients holding every slot open to them (28 of 30 keyed uploads got 503 before)
        using var queue = new JobQueue();
        var jobs = queue.Jobs;
        var anonymous = SimulationJobs.Capacity - SimulationJobs.KeyedReserve;
        for (var i = 0; i < anonymous; i++)
        {
            var client = new JobClient("ip:192.0.2." + (i / SimulationJobs.PerClientUnfinished), IsKeyed: false);
            Assert.Equal(SubmitOutcome.Accepted, jobs.TrySubmit(JobQueue.Plan, client, out _));
        }

        // When / Then: one more anonymous job is refused, and every reserved slot goes to keyed callers
        Assert.Equal(SubmitOutcome.Full, jobs.TrySubmit(JobQueue.Plan, new JobClient("ip:198.51.100.7", false), out _));
        var keyed = new JobClient("key", IsKeyed: true);
        for (var i = 0; i < SimulationJobs.KeyedReserve; i++)
        {
            Assert.Equal(SubmitOutcome.Accepted, jobs.TrySubmit(JobQueue.Plan, keyed, out _));
        }
        Assert.Equal(SubmitOutcome.Full, jobs.TrySubmit(JobQueue.Plan, keyed, out _));
    }

    [Fact]
    public void FiniteReport_ReportHoldingInfinity_GivesTheReasonInsteadOfThrowingLater()
    {
        var report = new SimulationReport("t", 1, 1, "2026-01", 1, "USA", "CHN",
            [new MonthQuantiles(1, "2026-01", "gallium", "refining", "price_index", 1, double.PositiveInfinity, double.PositiveInfinity, double.PositiveInfinity)],
            [], [], []);

        Assert.Contains("not a finite number", FiniteReport.Problem(report), StringComparison.Ordinal);
        Assert.Null(FiniteReport.Problem(report with { Months = [] }));
    }

    private HttpRequestMessage SameOriginPost(HttpContent content)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/simulations") { Content = content };
        request.Headers.Add("Origin", fixture.Server.Address.GetLeftPart(UriPartial.Authority));
        return request;
    }

    [Theory]
    [InlineData("evil.example", HttpStatusCode.BadRequest)]
    [InlineData("lodestone.example.org", HttpStatusCode.OK)]
    [InlineData("LODESTONE.example.org:8443", HttpStatusCode.OK)]
    public async Task Get_HostOutsideTheAllowedList_Answers400BeforeAnyEndpoint(string host, HttpStatusCode expected)
    {
        // Given a server told to answer only lodestone.example.org (serve --allowed-hosts; host names match case-insensitively, any port)
        await using var server = await RunningServer.StartAsync(KnowledgeBases.Default, allowedHosts: ["lodestone.example.org"]);

        // When a request names another site in its Host header
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/sources");
        request.Headers.Host = host;
        using var response = await server.Client.SendAsync(request);

        // Then it is refused (or served when the name is allowed)
        Assert.Equal(expected, response.StatusCode);
    }
}
