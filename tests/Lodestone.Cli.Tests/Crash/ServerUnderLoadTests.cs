using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Lodestone.Data;
using Lodestone.News.Storage;
using Lodestone.Testing;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace Lodestone.Cli.Tests.Crash;

/// <summary>
/// <c>lodestone serve</c> answering reads while <c>data import</c>, <c>news ingest</c> and <c>events review --accept</c> run at
/// once from the CLI on the same database, SQLite and PostgreSQL, and two instances on one PostgreSQL: no "database is locked",
/// no serialization failure, no 5xx, no lost write, and every instance sees the writes by itself (it polls the store's revision
/// every 2 s and reloads when another process has written; no manual reload is sent).
/// </summary>
[Collection(CrashCollection.Name)]
public sealed class ServerUnderLoadTests(PostgresFixture postgres, ITestOutputHelper output) : IClassFixture<PostgresFixture>
{
    private const string Key = "load-test-key";

    private const int Readers = 4;

    /// <summary>Articles of the dev set the ingest writes (a third of it: the run stays within seconds on a loaded machine).</summary>
    private const int Articles = 8;

    /// <summary>Reads that open the database on every request (readiness, events, proposals, the events page) and reads of the
    /// snapshot the reloads swap (a mineral, sources).</summary>
    private static readonly string[] Urls =
    [
        "/health/ready", "/api/events", "/api/events/proposals?status=all", "/events", "/api/minerals/lithium", "/api/sources?page_size=5",
    ];

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task CliWriters_WhileServeAnswersReads_EveryWriteLandsEveryReadIs2xx(string backend)
    {
        using var dir = new TempDirectory();
        var db = backend == "sqlite" ? dir.File("lodestone.db") : await postgres.NewSchemaOrSkipAsync();
        await RunAsync(backend, db, dir, servers: 1);
    }

    [Fact]
    public async Task CliWriters_WhileTwoServesOnOnePostgresAnswerReads_EveryWriteLandsBothServersSeeIt()
    {
        // Two instances behind one proxy (docs/deploy.md): each holds its own snapshot and reloads it when the store's revision moves.
        using var dir = new TempDirectory();
        var db = await postgres.NewSchemaOrSkipAsync();
        await RunAsync("postgres, two servers", db, dir, servers: 2);
    }

    private async Task RunAsync(string label, string db, TempDirectory dir, int servers)
    {
        // Given a seeded database with the Ukraine–EU memorandum pending review, served by one or more instances with an API key
        var id = await CrashInputs.SeededWithPendingProposalAsync(db);
        var additions = CrashInputs.Additions(dir.File("additions"));
        var articles = CopyFirstArticles(dir.File("articles"));
        var instances = new List<ServeProcess>();
        try
        {
            for (var i = 0; i < servers; i++)
            {
                instances.Add(await ServeProcess.StartAsync(db, Key));
            }

            // When four readers loop over the read URLs (spread over the instances) while the three CLI writers run at the same time
            // (each write advances the store's revision, so every instance reloads its snapshot, a full read, while under load)
            var tally = new ReadTally();
            using var stop = new CancellationTokenSource();
            var load = Enumerable.Range(0, Readers).Select(i => ReadAsync(instances[i % servers].Client, i, tally, stop.Token)).ToList();
            await Task.Delay(TimeSpan.FromSeconds(1));
            tally.WritersRunning = true;
            var writers = await Task.WhenAll(
                CliProcess.RunAsync("--db", db, "data", "import", additions),
                CliProcess.RunAsync("--db", db, "news", "ingest", articles),
                CliProcess.RunAsync("--db", db, "events", "review", "--accept", id));
            tally.WritersRunning = false;
            await Task.Delay(TimeSpan.FromSeconds(1));
            await stop.CancelAsync();
            await Task.WhenAll(load);

            // Then every writer succeeded, every read answered 2xx, and no server logged a failure
            output.WriteLine($"{label}: reads by status {string.Join(", ", tally.Statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}: {s.Value}"))}, " +
                $"{tally.DuringWriters} of them begun and answered while the writers ran; writers (import, ingest, accept) took " +
                string.Join(", ", writers.Select(w => $"{w.Took.TotalSeconds:0.0} s")));
            foreach (var writer in writers)
            {
                Assert.True(writer.ExitCode == 0, $"a writer failed: {writer.Error}");
                Assert.DoesNotContain("locked", writer.Error, StringComparison.OrdinalIgnoreCase);
            }
            Assert.Empty(tally.Failures);
            Assert.All(tally.Statuses.Keys, s => Assert.InRange(s, 200, 299));
            Assert.True(tally.DuringWriters >= Urls.Length, $"only {tally.DuringWriters} reads while the writers ran: the load did not overlap them");
            foreach (var server in instances)
            {
                Assert.DoesNotContain("fail:", server.Log, StringComparison.Ordinal);
                Assert.DoesNotContain("locked", server.Log, StringComparison.OrdinalIgnoreCase);
            }

            // And no write was lost: the 40 imported rows, all 24 dev-set articles, the accepted record; every server sees them
            await AssertNoWriteLostAsync(db, id, instances);
        }
        finally
        {
            foreach (var server in instances)
            {
                await server.DisposeAsync();
            }
        }
    }

    /// <summary>The first <see cref="Articles"/> dev-set articles, in name order, copied to
    /// <paramref name="folder"/>.</summary>
    private static string CopyFirstArticles(string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(CrashInputs.DevSetArticles).Order(StringComparer.Ordinal).Take(Articles))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }
        return folder;
    }

    private static async Task AssertNoWriteLostAsync(string db, string id, List<ServeProcess> instances)
    {
        var facts = await (await KnowledgeBaseOpener.OpenStoreAsync(db, seedIfEmpty: false, CancellationToken.None)).LoadFactsAsync();
        Assert.Equal(CrashInputs.AddedRows, facts.Production.Count(p => p.Year == CrashInputs.AddedYear));
        Assert.Single(facts.Agreements, a => a.Id == "NEWS-" + id);
        Assert.Equal(Articles + 1, StoreStates.Count(db, "news_articles")); // the memorandum is not among the first eight
        using (var news = NewsStores.Open(db))
        {
            Assert.Equal("accepted", news.Proposal(long.Parse(id, CultureInfo.InvariantCulture))!.Status);
        }
        SqliteConnection.ClearAllPools();
        foreach (var server in instances)
        {
            await AssertSeesTheWritesAsync(server.Client, id);
        }
    }

    /// <summary>Without a manual reload, the instance's snapshot gets the accepted agreement (within 30 s: its check runs every
    /// 2 s) and its news store has the accepted proposal.</summary>
    private static async Task AssertSeesTheWritesAsync(HttpClient client, string id)
    {
        var agreements = new List<string?>();
        for (var attempt = 0; attempt < 60 && !agreements.Contains("NEWS-" + id); attempt++)
        {
            await Task.Delay(500);
            using var lithium = JsonDocument.Parse(await client.GetStringAsync("/api/minerals/lithium"));
            agreements = lithium.RootElement.GetProperty("agreements").EnumerateArray().Select(a => a.GetProperty("id").GetString()).ToList();
        }
        Assert.Contains("NEWS-" + id, agreements);
        using var accepted = JsonDocument.Parse(await client.GetStringAsync("/api/events/proposals?status=accepted"));
        Assert.Contains(accepted.RootElement.EnumerateArray(), p => p.GetProperty("id").ToString() == id);
    }

    private static async Task ReadAsync(HttpClient client, int reader, ReadTally tally, CancellationToken stop)
    {
        for (var i = reader; !stop.IsCancellationRequested; i++)
        {
            await SendAsync(client, new HttpRequestMessage(HttpMethod.Get, Urls[i % Urls.Length]), tally, stop);
        }
    }

    /// <summary>Sends one request and counts its status; a request cut by <paramref name="stop"/> is not counted, any other exception is a failure.</summary>
    private static async Task SendAsync(HttpClient client, HttpRequestMessage request, ReadTally tally, CancellationToken stop)
    {
        using (request)
        {
            var during = tally.WritersRunning;
            try
            {
                using var response = await client.SendAsync(request, stop);
                await response.Content.ReadAsByteArrayAsync(stop);
                tally.Statuses.AddOrUpdate((int)response.StatusCode, 1, (_, n) => n + 1);
                if (during && tally.WritersRunning)
                {
                    Interlocked.Increment(ref tally.DuringWriters);
                }
                if (!response.IsSuccessStatusCode)
                {
                    tally.Failures.Enqueue($"{request.Method} {request.RequestUri}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(CancellationToken.None)}");
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
            {
                tally.Failures.Enqueue($"{request.Method} {request.RequestUri}: {e.GetType().Name}: {e.Message}");
            }
        }
    }

    /// <summary>Answers per status, failures, and how many requests were begun and answered while the writers ran.</summary>
    private sealed class ReadTally
    {
        public readonly ConcurrentDictionary<int, int> Statuses = new();
        public readonly ConcurrentQueue<string> Failures = new();
        public int DuringWriters;
        public volatile bool WritersRunning;
    }
}
