namespace Lodestone.Web.Tests.Infrastructure;

/// <summary>One server over the default dataset shared by a test class, with API key "test-key" and the fixture articles' news store.</summary>
public sealed class DefaultServerFixture : IAsyncLifetime
{
    public const string ApiKey = "test-key";

    private RunningServer? _server;

    /// <summary>The news store behind <c>/events</c>: <see cref="FixtureArticles.All"/>, ingested.</summary>
    public NewsStoreFile News { get; } = NewsStoreFile.Ingest(FixtureArticles.All);

    internal RunningServer Server => _server ?? throw new InvalidOperationException("fixture not started");

    public HttpClient Client => Server.Client;

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
