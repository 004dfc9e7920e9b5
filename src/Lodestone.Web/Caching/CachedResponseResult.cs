using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Lodestone.Web.Caching;

/// <summary>Writes a <see cref="CachedResponse"/>: 304 when <c>If-None-Match</c> names it, else its bytes in the encoding the client prefers.</summary>
/// <remarks><c>Cache-Control: no-cache</c> lets clients keep the copy but ask each time (a reload can change the data at any moment).</remarks>
internal sealed class CachedResponseResult(CachedResponse response) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        var request = httpContext.Request;
        var headers = httpContext.Response.Headers;
        var coding = ContentNegotiation.Choose(request.Headers.AcceptEncoding);
        headers.Vary = HeaderNames.AcceptEncoding;
        headers.CacheControl = "no-cache";
        foreach (var tag in ContentNegotiation.EntityTags(request.Headers.IfNoneMatch))
        {
            if (response.Matches(tag))
            {
                headers.ETag = response.In(coding).ETag;
                httpContext.Response.StatusCode = StatusCodes.Status304NotModified;
                return Task.CompletedTask;
            }
        }
        var (bytes, etag) = response.In(coding);
        headers.ETag = etag;
        if (coding != ContentCoding.Identity)
        {
            headers.ContentEncoding = coding == ContentCoding.Brotli ? "br" : "gzip";
        }
        httpContext.Response.StatusCode = StatusCodes.Status200OK;
        httpContext.Response.ContentType = response.ContentType;
        httpContext.Response.ContentLength = bytes.Length;
        return httpContext.Response.Body.WriteAsync(bytes, httpContext.RequestAborted).AsTask();
    }
}
