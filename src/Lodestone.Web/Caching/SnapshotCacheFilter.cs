using Lodestone.Web.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Lodestone.Web.Caching;

/// <summary>Serves a GET endpoint's 200 responses from <see cref="SnapshotResponseCache"/>: rendered to UTF-8 bytes once per snapshot, day and request.</summary>
/// <remarks>
/// The endpoint's result is executed once against a private context whose body is a buffer; the bytes and content
/// type are kept, and every request (the first included) is answered by <see cref="CachedResponseResult"/>, which adds
/// the ETag, answers <c>If-None-Match</c> with 304 and compresses for clients that ask. Anything but a 200 (a bad query's
/// problem details) is passed through untouched and not cached.
/// </remarks>
internal sealed class SnapshotCacheFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (http.Response.StatusCode != StatusCodes.Status200OK)
        {
            // A parameter that failed to bind (page=abc) has already made this a 400: the framework answers it.
            return await next(context);
        }
        var services = http.RequestServices;
        var data = services.GetRequiredService<DatasetHolder>();
        var cache = services.GetRequiredService<SnapshotResponseCache>();
        var dataset = data.Current;
        var today = data.Today;
        var key = http.Request.Path.Value + http.Request.QueryString.Value;
        if (cache.Find(dataset, today, key) is { } hit)
        {
            return new CachedResponseResult(hit);
        }
        var outcome = await next(context);
        var result = outcome as IResult;
        while (result is INestedHttpResult nested)
        {
            result = nested.Result;
        }
        if (result is null || http.Response.StatusCode != StatusCodes.Status200OK || (result is IStatusCodeHttpResult { StatusCode: { } status } && status != StatusCodes.Status200OK))
        {
            return outcome;
        }
        var rendered = await RenderAsync(result, http);
        if (rendered is null)
        {
            return outcome;
        }
        return new CachedResponseResult(cache.Keep(dataset, today, key, rendered));
    }

    /// <summary>Executes <paramref name="result"/> into a buffer; null when it did not produce a 200.</summary>
    private static async Task<CachedResponse?> RenderAsync(IResult result, HttpContext http)
    {
        using var buffer = new MemoryStream();
        var scratch = new DefaultHttpContext { RequestServices = http.RequestServices };
        scratch.Request.Method = http.Request.Method;
        scratch.Request.Scheme = http.Request.Scheme;
        scratch.Request.Host = http.Request.Host;
        scratch.Request.PathBase = http.Request.PathBase;
        scratch.Request.Path = http.Request.Path;
        scratch.Request.QueryString = http.Request.QueryString;
        scratch.Response.Body = buffer;
        await result.ExecuteAsync(scratch);
        if (scratch.Response.StatusCode != StatusCodes.Status200OK)
        {
            return null;
        }
        return new CachedResponse(buffer.ToArray(), scratch.Response.ContentType ?? "application/octet-stream");
    }
}
