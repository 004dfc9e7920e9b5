using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Lodestone.Web.Security;

/// <summary>Endpoint filter that lets a write through only with the configured API key.</summary>
internal sealed class ApiKeyFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var policy = context.HttpContext.RequestServices.GetRequiredService<AccessPolicy>();
        if (!policy.IsAuthorized(context.HttpContext.Request))
        {
            context.HttpContext.Response.Headers.WWWAuthenticate = "ApiKey header=\"" + AccessPolicy.HeaderName + "\"";
            return Unauthorized.Problem(policy, "Writes");
        }
        return await next(context);
    }
}
