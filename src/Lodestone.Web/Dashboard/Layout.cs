using Microsoft.AspNetCore.Http;

namespace Lodestone.Web.Dashboard;

/// <summary>The page frame: head, skip link, navigation, main, footer. Scripts are files from this origin only.</summary>
internal static class Layout
{
    public static IResult Page(string title, Html body, params string[] scripts) => Page(title, body, StatusCodes.Status200OK, scripts);

    public static IResult Page(string title, Html body, int status, params string[] scripts)
    {
        var h = new Html();
        h.Raw("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Element("title", title + " · Lodestone")
            .Raw("<link rel=\"stylesheet\" href=\"/css/site.css\"><link rel=\"icon\" href=\"data:,\">");
        foreach (var script in scripts)
        {
            h.Open("script", ("src", script), ("defer", "defer")).Close("script");
        }
        h.Raw("</head><body><a class=\"skip\" href=\"#main\">Skip to content</a>")
            .Raw("<header class=\"top\"><nav aria-label=\"Main\"><a class=\"brand\" href=\"/\">Lodestone</a>")
            .Raw("<a href=\"/\">Overview</a><a href=\"/brief\">Brief</a><a href=\"/map\">Map</a><a href=\"/exposure\">Exposure</a><a href=\"/events\">Events</a><a href=\"/simulations\">Simulations</a><a href=\"/claims\">Claims</a><a href=\"/sources\">Sources</a><a href=\"/scalar\">API</a></nav></header>")
            .Raw("<main id=\"main\" tabindex=\"-1\">")
            .Element("h1", title)
            .Raw(body.ToString())
            .Raw("</main><footer><p>Every figure links to its source. Missing data is shown as —. ")
            .Raw("Data: USGS Mineral Commodity Summaries 2025, IEA Critical Minerals Outlook, government notices (see <a href=\"/sources\">sources</a>).</p></footer>")
            .Raw("</body></html>");
        return Results.Content(h.ToString(), "text/html; charset=utf-8", System.Text.Encoding.UTF8, status);
    }
}
