using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Lodestone.Web.Caching;

/// <summary>Marks GET endpoints whose responses depend only on the dataset snapshot, the request and today's date.</summary>
internal static class SnapshotCacheExtensions
{
    /// <summary>Serves the endpoint's 200 responses as cached bytes with ETag, 304 and Brotli/gzip (see <see cref="SnapshotResponseCache"/>).</summary>
    public static RouteHandlerBuilder CachedPerSnapshot(this RouteHandlerBuilder builder) =>
        builder.AddEndpointFilter<SnapshotCacheFilter>();
}
