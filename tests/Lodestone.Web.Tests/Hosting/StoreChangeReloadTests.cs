using System.Net;
using Lodestone.Data;
using Lodestone.Data.Loading;
using Lodestone.Domain.Model;
using Lodestone.Testing;
using Lodestone.Web.Hosting;
using Lodestone.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Lodestone.Web.Tests.Hosting;

/// <summary>A running server picks up writes made to its store by another process (here: another store object, as a CLI would).</summary>
/// <remarks>Before, the snapshot changed only at start-up, <c>POST /api/admin/reload</c> or the server's own accept: after a
/// <c>data import</c> the CLI and the API answered the same question differently until someone reloaded by hand.</remarks>
public sealed class StoreChangeReloadTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    /// <summary>A store seeded from the shipped data (a copy of the run's template) on <paramref name="kind"/>'s
    /// backend.</summary>
    private async Task<string> SeededAsync(string kind, TempDirectory dir) =>
        (await SeededStoreTemplates.Shared.CopyAsync(kind, dir, postgres)).Db;

    private static Task<RunningServer> WatchingServer(string db) =>
        RunningServer.StartAsync(KnowledgeBases.Opener(db),
            storeRevision: async ct => await (await KnowledgeBaseOpener.OpenStoreAsync(db, seedIfEmpty: false, ct)).RevisionAsync(ct),
            reloadCheckInterval: Interval);

    [Theory]
    [MemberData(nameof(KnowledgeBases.All), MemberType = typeof(KnowledgeBases))]
    public async Task WriteByAnotherProcess_ReachesTheApi_WithoutAManualReload(string kind)
    {
        // Given a server on a seeded store, which does not know the source about to be imported
        using var dir = new TempDirectory();
        var db = await SeededAsync(kind, dir);
        await using var server = await WatchingServer(db);
        var source = new Source("src-written-elsewhere", "A source imported while the server runs", null, "https://example.org/elsewhere", null);
        Assert.Equal(HttpStatusCode.NotFound, (await server.Client.GetAsync($"/api/sources/{source.Id}")).StatusCode);

        // When another writer imports it into the same store
        var writer = await KnowledgeBaseOpener.OpenStoreAsync(db, seedIfEmpty: false, CancellationToken.None);
        await writer.ImportAsync(FactSet.Empty with { Sources = [source] });

        // Then the server serves it once its next check has run (bounded wait: 100 checks)
        var status = HttpStatusCode.NotFound;
        for (var attempt = 0; attempt < 100 && status == HttpStatusCode.NotFound; attempt++)
        {
            await Task.Delay(Interval);
            status = (await server.Client.GetAsync($"/api/sources/{source.Id}")).StatusCode;
        }
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(await writer.RevisionAsync(), server.Services.GetRequiredService<DatasetHolder>().LoadedRevision);
    }

    [Fact]
    public async Task NoWrite_KeepsTheSnapshot_AcrossManyChecks()
    {
        // Given a server on a store seeded before it started (a server that seeds its own store reloads once more, harmlessly:
        // the revision it read before loading is the one before its seed)
        using var dir = new TempDirectory();
        var db = await SeededAsync(KnowledgeBases.Sqlite, dir);
        await using var server = await WatchingServer(db);
        var data = server.Services.GetRequiredService<DatasetHolder>();
        var snapshot = data.Current;

        // When ten checks pass with nothing written
        await Task.Delay(Interval * 10);

        // Then the snapshot is the one loaded at start (a check that finds the same revision reloads nothing)
        Assert.True(ReferenceEquals(snapshot, data.Current), "the snapshot was reloaded though nothing was written");
        Assert.Equal(1, data.LoadedRevision);
    }
}
