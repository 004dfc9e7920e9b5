using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Html.Parser;
using Lodestone.Domain.KnowledgeBase;
using Lodestone.Testing;
using Lodestone.Web.Caching;
using Lodestone.Web.Hosting;
using Lodestone.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Lodestone.Web.Tests.Caching;

public sealed class SnapshotCacheTests(DefaultServerFixture fixture) : IClassFixture<DefaultServerFixture>
{
    public static TheoryData<string> CachedPaths => new()
    {
        // The brief document, the minerals list and the map data, and the overview and map pages: the hot paths the cache covers.
        "/api/brief?as_of=2026-11-23",
        "/api/minerals",
        "/api/minerals/gallium/shares?stage=refining",
        "/",
        "/map?mineral=gallium&stage=refining",
        // Exposure, API and page: ~2 s of CPU each uncached, they starved every other request in the soak (docs/reliability.md).
        "/api/exposure?importer=USA&supplier=CHN&as_of=2026-11-23",
        "/exposure?importer=USA&supplier=CHN",
        // The country page: 4-5 MB of allocation per CHN request uncached (one BACI query per commodity, docs/reliability.md).
        "/countries/CHN",
        "/countries/CHN?trade=antimony&year=2024&as_of=2026-11-23",
    };

    [Theory]
    [MemberData(nameof(CachedPaths))]
    public async Task Get_IfNoneMatchWithTheETag_304WithoutBody(string path)
    {
        // Given the ETag of a first response
        using var first = await fixture.Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.False(etag.IsWeak);

        // When the client revalidates with it
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.IfNoneMatch.Add(etag);
        using var second = await fixture.Client.SendAsync(request);

        // Then 304, the same ETag, no body
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Equal(etag, second.Headers.ETag);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [MemberData(nameof(CachedPaths))]
    public async Task Get_IfNoneMatchWithAnotherETag_200(string path)
    {
        // Given an ETag of some other document
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"0123456789abcdef0123456789abcdef\""));

        // When
        using var response = await fixture.Client.SendAsync(request);

        // Then the full document
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task Get_AcceptEncoding_CompressedBodyDecodesToTheSameBytes(string coding)
    {
        // Given the uncompressed brief (HttpClient asks for no encoding by default)
        const string path = "/api/brief?as_of=2026-11-23";
        var identity = await fixture.Client.GetByteArrayAsync(path);

        // When a client that accepts the coding asks
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(coding));
        using var response = await fixture.Client.SendAsync(request);
        var body = await response.Content.ReadAsByteArrayAsync();

        // Then it gets that coding, smaller, and decoding it gives the uncompressed bytes exactly
        Assert.Equal([coding], response.Content.Headers.ContentEncoding);
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        Assert.True(body.Length < identity.Length / 3, $"{coding}: {body.Length} bytes of {identity.Length}");
        Assert.Equal(identity, Decode(coding, body));
    }

    [Fact]
    public async Task Get_CodingRefusedWithQZero_Identity()
    {
        // Given a client that accepts gzip but refuses Brotli (q=0 means "not acceptable", RFC 9110 §12.5.3)
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/minerals");
        request.Headers.TryAddWithoutValidation("Accept-Encoding", "br;q=0, gzip");

        // When
        using var response = await fixture.Client.SendAsync(request);

        // Then gzip
        Assert.Equal(["gzip"], response.Content.Headers.ContentEncoding);
    }

    [Fact]
    public async Task CountryPage_SecondRequest_ServedFromTheCacheEntryOfItsQuery()
    {
        // Given a first request for China's page with one trade commodity
        var cache = fixture.Server.Services.GetRequiredService<SnapshotResponseCache>();
        var holder = fixture.Server.Services.GetRequiredService<DatasetHolder>();
        const string antimony = "/countries/CHN?trade=antimony";
        using var first = await fixture.Client.GetAsync(antimony);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);

        // When the same page is asked again
        using var second = await fixture.Client.GetAsync(antimony);

        // Then the cache holds the entry under path and query, and both answers are its bytes (same ETag, same body)
        var entry = cache.Find(holder.Current, holder.Today, antimony);
        Assert.NotNull(entry);
        Assert.Equal(entry.ETag, first.Headers.ETag!.Tag);
        Assert.Equal(entry.ETag, second.Headers.ETag!.Tag);
        Assert.Equal(entry.Body, await second.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task CountryPage_OtherQueryString_OtherEntry()
    {
        // Given China's page cached with trade=antimony
        var cache = fixture.Server.Services.GetRequiredService<SnapshotResponseCache>();
        var holder = fixture.Server.Services.GetRequiredService<DatasetHolder>();
        using var antimony = await fixture.Client.GetAsync("/countries/CHN?trade=antimony");

        // When the page is asked with another trade commodity
        using var tungsten = await fixture.Client.GetAsync("/countries/CHN?trade=tungsten");

        // Then a separate entry with its own ETag, whose detailed trade view is tungsten's, not antimony's cached page
        var entry = cache.Find(holder.Current, holder.Today, "/countries/CHN?trade=tungsten");
        Assert.NotNull(entry);
        Assert.Equal(entry.ETag, tungsten.Headers.ETag!.Tag);
        Assert.NotEqual(antimony.Headers.ETag, tungsten.Headers.ETag);
        var detail = await TradeDetailHeading(tungsten);
        Assert.Contains("Tungsten", detail, StringComparison.Ordinal);
        Assert.Contains("Antimony", await TradeDetailHeading(antimony), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_BadQuery_ProblemNotCached()
    {
        // When a query the endpoint rejects is asked twice
        using var first = await fixture.Client.GetAsync("/api/brief?as_of=not-a-date");
        using var second = await fixture.Client.GetAsync("/api/brief?as_of=not-a-date");

        // Then both are the 400 problem, without an ETag
        Assert.Equal(HttpStatusCode.BadRequest, first.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        Assert.Null(second.Headers.ETag);
    }

    [Fact]
    public async Task Reload_SnapshotChanged_NewETagAndOldOneNoLongerMatches()
    {
        // Given a server whose second load returns another snapshot (the hostile one, whose China is renamed)
        var loads = 0;
        Task<Dataset> Load(CancellationToken _) => Task.FromResult(Interlocked.Increment(ref loads) == 1 ? DefaultData.Dataset : HostileData.Create());
        await using var server = await RunningServer.StartAsync(Load);
        const string path = "/api/brief?as_of=2026-11-23";
        using var before = await server.Client.GetAsync(path);
        var etag = before.Headers.ETag!;

        // When the snapshot is reloaded (as after POST /api/admin/reload or an accepted news proposal)
        await server.Services.GetRequiredService<DatasetHolder>().ReloadAsync(CancellationToken.None);
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.IfNoneMatch.Add(etag);
        using var after = await server.Client.SendAsync(request);

        // Then the client's copy is stale: a full 200 with the new document and a different ETag
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(etag, after.Headers.ETag);
        Assert.Contains("window.__xss", await after.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<string> TradeDetailHeading(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var doc = await new HtmlParser().ParseDocumentAsync(html);
        return doc.QuerySelector("section#trade-detail h3")?.TextContent ?? "";
    }

    private static byte[] Decode(string coding, byte[] body)
    {
        using var input = new MemoryStream(body);
        using Stream decoder = coding == "br" ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        decoder.CopyTo(output);
        return output.ToArray();
    }
}
