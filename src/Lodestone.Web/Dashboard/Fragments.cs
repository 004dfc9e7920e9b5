namespace Lodestone.Web.Dashboard;

/// <summary>Links the pages not yet on Razor components share: sourced numbers, country and mineral links.</summary>
internal static class Fragments
{
    /// <summary>A number that links to its source, the habit of every figure on the dashboard.</summary>
    public static Html Sourced(this Html h, string text, string sourceId, string? title = null) =>
        h.Open("a", ("href", "/sources/" + Html.Segment(sourceId)), ("class", "num"), ("title", title ?? "source: " + sourceId))
            .Text(text).Close("a");

    public static Html CountryLink(this Html h, string? iso3, string name)
    {
        if (iso3 is null or "ROW" or "OTH" or "WLD")
        {
            return h.Text(name);
        }
        return h.Link("/countries/" + Html.Segment(iso3), name);
    }

    public static Html MineralLink(this Html h, string name) => h.Link("/minerals/" + Html.Segment(name), name);
}
