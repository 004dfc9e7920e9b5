namespace Lodestone.Web.Dashboard;

/// <summary>The query string of <c>/events</c>, as typed: checked by <see cref="Queries.EventFilter"/>, echoed back into the form and the pager.</summary>
public sealed record EventsPageQuery(string? Commodity, string? Country, string? Type, string? Since, string? Until, string? Status, int? Page)
{
    /// <summary>The address of page <paramref name="page"/> with the same filters (values percent-encoded).</summary>
    public string Url(int page)
    {
        var parts = new List<string>();
        foreach (var (name, value) in new[] { ("type", Type), ("status", Status), ("commodity", Commodity), ("country", Country), ("since", Since), ("until", Until) })
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                parts.Add(name + "=" + Uri.EscapeDataString(value));
            }
        }
        parts.Add("page=" + page.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return "/events?" + string.Join('&', parts);
    }
}
