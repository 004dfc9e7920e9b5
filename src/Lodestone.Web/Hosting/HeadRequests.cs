using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Lodestone.Web.Hosting;

/// <summary>Answers HEAD for every GET route: the request is routed as GET and Kestrel sends the headers without the body.</summary>
/// <remarks>
/// Minimal APIs map GET only, so HEAD answered 405 (link checkers and caches use it). Kestrel decides whether a response
/// has a body from the method on the wire, not from <see cref="HttpRequest.Method"/>, so rewriting the method before
/// routing keeps status, Content-Type and Content-Length identical to GET while no body bytes are sent.
/// </remarks>
internal static class HeadRequests
{
    /// <summary>Adds the rewrite, then routing (which must come after it to match GET endpoints).</summary>
    public static IApplicationBuilder UseHeadAsGetThenRouting(this IApplicationBuilder app)
    {
        app.Use((context, next) =>
        {
            if (HttpMethods.IsHead(context.Request.Method))
            {
                context.Request.Method = HttpMethods.Get;
            }
            return next(context);
        });
        return app.UseRouting();
    }
}
