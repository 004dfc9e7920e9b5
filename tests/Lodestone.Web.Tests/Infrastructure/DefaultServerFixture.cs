namespace Lodestone.Web.Tests.Infrastructure;

/// <summary>One server over the default dataset shared by a test class, with API key "test-key" and the fixture articles' news store.</summary>
public sealed class DefaultServerFixture : IAsyncLifetime
{
    public const string ApiKey = "test-key";

    private RunningServer? _server;
    private Task<string>? _finishedRun;

    /// <summary>The news store behind <c>/events</c>: <see cref="FixtureArticles.All"/>, ingested.</summary>
    public NewsStoreFile News { get; } = NewsStoreFile.Ingest(FixtureArticles.All);

    internal RunningServer Server => _server ?? throw new InvalidOperationException("fixture not started");

    public HttpClient Client => Server.Client;

    /// <summary>The dashboard address of a finished small run (baseline, 40 runs, seed 1), started through the API on
    /// first use and shared by every later caller of this fixture: its pages only read it.</summary>
    public Task<string> FinishedRunPageAsync() => _finishedRun ??= StartFinishedRunAsync();

    private async Task<string> StartFinishedRunAsync()
    {
        var body = new StringContent("""{"scenario":"baseline","runs":40,"seed":1}""", System.Text.Encoding.UTF8,
            "application/json");
        var response = await Client.PostAsync("/api/simulations", body);
        var url = response.Headers.Location!.OriginalString;
        await Api.SimulationEndpointsTests.PollAsync(Client, url);
        return url.Replace("/api/", "/", StringComparison.Ordinal);
    }

    public async Task InitializeAsync() => _server = await RunningServer.StartAsync(KnowledgeBases.Default, ApiKey, openNewsStore: News.Opener);

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
        News.Dispose();
    }
}
