using Microsoft.AspNetCore.Http;

namespace Lodestone.Web.Dashboard;

/// <summary>Whether a form POST came from this site's own pages, judged by the headers browsers set and pages cannot forge.</summary>
/// <remarks>
/// The dashboard has no cookies and no login, so there is no ambient credential for a cross-site request to abuse; this check
/// only stops other sites from making their visitors' browsers queue runs here. Browsers send <c>Sec-Fetch-Site</c> (and older ones
/// <c>Origin</c>) on form POSTs; a request with neither (curl, scripts) is not a browser acting for someone else and is let through.
/// </remarks>
internal static class SameOrigin
{
    public static bool IsSameOrigin(HttpRequest request)
    {
        // Sec-Fetch-Site is the browser's own verdict. Origin alone is not enough: under our Referrer-Policy no-referrer,
        // browsers send "Origin: null" on same-origin form posts.
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0)
        {
            return site is "same-origin" or "none";
        }
        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0)
        {
            return true;
        }
        return Uri.TryCreate(origin, UriKind.Absolute, out var uri)
            && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);
    }
}
