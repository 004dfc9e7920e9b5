using Lodestone.Web.Security;
using Microsoft.AspNetCore.Http;

namespace Lodestone.Web.Simulations;

/// <summary>Who submits a simulation job: a caller with the API key, or an anonymous client known by its address.</summary>
/// <param name="Partition">"key" for keyed callers, else "ip:" and the remote address: the unit of the per-client limits.</param>
internal readonly record struct JobClient(string Partition, bool IsKeyed)
{
    public static JobClient Of(HttpContext http, AccessPolicy policy) =>
        policy.IsAuthorized(http.Request)
            ? new JobClient("key", IsKeyed: true)
            : new JobClient("ip:" + (http.Connection.RemoteIpAddress?.ToString() ?? "unknown"), IsKeyed: false);
}
