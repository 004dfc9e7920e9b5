using Lodestone.Queries.Contracts;

namespace Lodestone.Web.Dashboard;

/// <summary>The world choropleth: a container that <c>/js/map.js</c> fills from <c>/api/minerals/{name}/shares</c>, with the same figures as a table beside it.</summary>
internal static class MapFragment
{
    public static readonly string[] Scripts = ["/lib/d3-array.min.js", "/lib/d3-geo.min.js", "/lib/topojson-client.min.js", "/js/map.js"];

    /// <param name="year">The page's data year: the map asks the API for the same vintage (null: the API's default).</param>
    public static Html Map(this Html h, string mineral, StageSharesDto table, int? year)
    {
        h.Open("figure", ("class", "map"))
            .Open("div", ("id", "map"), ("class", "mapbox"), ("data-mineral", mineral), ("data-stage", table.Stage),
                ("data-year", year?.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .Element("p", "Loading map…", ("class", "maploading")).Close("div")
            .Open("figcaption")
            .Text($"{Fragments.Capitalize(table.Stage)} share by country, {mineral}, {(table.YearNote is null ? table.Year : "† " + table.YearNote)}. The largest supplier is outlined.").Close("figcaption")
            .Raw("<ul class=\"legend\" aria-label=\"Legend\"><li><span class=\"sw b5\"></span>≥ 50 %</li><li><span class=\"sw b4\"></span>30–50 %</li>")
            .Raw("<li><span class=\"sw b3\"></span>15–30 %</li><li><span class=\"sw b2\"></span>5–15 %</li><li><span class=\"sw b1\"></span>&lt; 5 %</li><li><span class=\"sw b0\"></span>no figure</li></ul>")
            .Close("figure");
        return h;
    }
}
