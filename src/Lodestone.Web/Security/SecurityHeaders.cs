using Microsoft.AspNetCore.Builder;

namespace Lodestone.Web.Security;

/// <summary>Response headers for every answer: a strict Content-Security-Policy (no inline script, nothing off-site), no sniffing, no framing.</summary>
internal static class SecurityHeaders
{
    /// <summary>The dashboard's policy: scripts, styles, data and images only from this origin; no inline script or style.</summary>
    public const string StrictPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; " +
        "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    /// <summary>The Scalar API reference page configures itself with one inline script; it still loads nothing off-site.</summary>
    public const string ReferencePolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; " +
        "font-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            var isReference = context.Request.Path.StartsWithSegments("/scalar", StringComparison.OrdinalIgnoreCase);
            headers.ContentSecurityPolicy = isReference ? ReferencePolicy : StrictPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            await next(context);
        });

    /// <summary>When reads are closed, every request but <c>/health</c> needs the API key.</summary>
    public static IApplicationBuilder UseReadAccess(this IApplicationBuilder app, AccessPolicy policy) =>
        !policy.RequireKeyForReads
            ? app
            : app.Use(async (context, next) =>
            {
                if (context.Request.Path.StartsWithSegments("/health") || policy.IsAuthorized(context.Request))
                {
                    await next(context);
                    return;
                }
                await Unauthorized.Problem(policy, "Reads on this server").ExecuteAsync(context);
            });
}
