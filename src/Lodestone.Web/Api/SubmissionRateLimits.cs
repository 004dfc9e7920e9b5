using System.Globalization;
using System.Threading.RateLimiting;
using Lodestone.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Lodestone.Web.Api;

/// <summary>The rate limit on simulation submissions: per anonymous client (by address) a token bucket; keyed callers unlimited.</summary>
/// <remarks>
/// The job list already bounds what runs (<see cref="Simulations.SimulationJobs"/>: a reserve for keyed callers, a cap per
/// client); this bounds how fast one client may ask, so a flood of submissions is refused at the door with 429 problem
/// details and a Retry-After, before any scenario is compiled. <see cref="BurstPerClient"/> submissions at once, then one
/// every <see cref="RefillSeconds"/> seconds.
/// </remarks>
internal static class SubmissionRateLimits
{
    public const string Policy = "simulation-submissions";

    public const int BurstPerClient = 20;

    public const int RefillSeconds = 3;

    public static IServiceCollection AddSubmissionRateLimits(this IServiceCollection services) =>
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = async (context, cancellationToken) =>
            {
                var http = context.HttpContext;
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry))
                {
                    http.Response.Headers.RetryAfter = ((int)Math.Ceiling(retry.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }
                await TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests",
                    type: "https://tools.ietf.org/html/rfc6585#section-4",
                    detail: $"at most {BurstPerClient} simulation submissions at once and one every {RefillSeconds} s per client without the API key")
                    .ExecuteAsync(http);
            };
            options.AddPolicy(Policy, http =>
            {
                var policy = http.RequestServices.GetRequiredService<AccessPolicy>();
                if (policy.IsAuthorized(http.Request))
                {
                    return RateLimitPartition.GetNoLimiter("key");
                }
                return RateLimitPartition.GetTokenBucketLimiter("ip:" + (http.Connection.RemoteIpAddress?.ToString() ?? "unknown"), _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = BurstPerClient,
                    TokensPerPeriod = 1,
                    ReplenishmentPeriod = TimeSpan.FromSeconds(RefillSeconds),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                });
            });
        });
}
