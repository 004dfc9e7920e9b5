using Lodestone.Domain.Errors;
using Lodestone.Web.Dashboard;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace Lodestone.Web.Hosting;

/// <summary>The web app's one catch: a <see cref="LodestoneException"/> from any endpoint or query becomes the problem details of
/// its <see cref="ErrorCode"/> (status, type and title from <see cref="ErrorCodes"/>) under <c>/api</c>, and the dashboard's error
/// page with the same status elsewhere; anything else is left to the default 500.</summary>
internal sealed class LodestoneExceptionHandler : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not LodestoneException e)
        {
            return false;
        }
        var result = httpContext.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
            ? ApiProblems.Of(e.Code, e.Message, e.Field)
            : ErrorPage.Of(e);
        await result.ExecuteAsync(httpContext);
        return true;
    }
}
