using Microsoft.AspNetCore.Http;

namespace Lodestone.Web.Dashboard;

/// <summary>303 See Other: after a form POST, the browser GETs the new resource (post/redirect/get).</summary>
internal sealed class SeeOther(string location) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = StatusCodes.Status303SeeOther;
        httpContext.Response.Headers.Location = location;
        return Task.CompletedTask;
    }
}
