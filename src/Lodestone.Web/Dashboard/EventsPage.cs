using System.Globalization;
using Lodestone.News.Model;
using Lodestone.News.Storage;
using Lodestone.Queries;
using Lodestone.Web.Hosting;
using Lodestone.Web.Queries;
using Microsoft.AspNetCore.Http;

namespace Lodestone.Web.Dashboard;

/// <summary>The event feed: events from ingested news, newest first, filtered with a plain GET form and paged.</summary>
internal static class EventsPage
{
    public const int PageSize = 25;

    public static IResult Render(DatasetHolder data, NewsAccess news, EventsPageQuery q)
    {
        if (!EventFilter.TryCreate(data.Current, q.Commodity, q.Country, q.Type, q.Since, q.Until, q.Status, out var query, out var errors)
            | !Paging.TryCreate(q.Page, PageSize, out var paging, out var pagingErrors))
        {
            var bad = new Html();
            Form(bad, q);
            bad.Raw("<ul class=\"errors\" role=\"alert\">");
            foreach (var message in errors.Values.Concat(pagingErrors.Values).SelectMany(m => m))
            {
                bad.Element("li", message);
            }
            bad.Raw("</ul>");
            return Layout.Page("Events", bad, StatusCodes.Status400BadRequest);
        }
        var h = new Html();
        if (!news.TryOpen(out var store, out var reason))
        {
            h.Element("p", reason, ("class", "notice"), ("role", "status"));
            return Layout.Page("Events", h, StatusCodes.Status503ServiceUnavailable);
        }
        IReadOnlyList<StoredEvent> events;
        using (store)
        {
            events = EventFilter.NewestFirst(store.Events(query));
        }
        Form(h, q);
        var page = paging.Apply(events);
        h.Element("p", events.Count == 0
            ? "No events match. Add news with `lodestone news ingest PATH|URL`."
            : $"{events.Count} events from ingested news, newest first. Each links to its evidence.", ("class", "lead"));
        h.Raw("<ol class=\"events\">");
        foreach (var e in page.Items)
        {
            Item(h, e);
        }
        h.Raw("</ol>");
        Pager(h, q, page.Page, (events.Count + PageSize - 1) / PageSize);
        return Layout.Page("Events", h);
    }

    private static void Item(Html h, StoredEvent e)
    {
        h.Raw("<li class=\"card event\"><p class=\"meta\">").Element("span", e.Date?.ToString() ?? "undated", ("class", "date"))
            .Raw(" ").Element("span", Label(e.Type), ("class", "badge"))
            .Raw(" ").Element("span", e.Status.Slug(), ("class", "badge status-" + e.Status.Slug()))
            .Raw("</p><p>").Link("/events/" + e.Id.ToString(CultureInfo.InvariantCulture), e.Summary).Raw("</p><p class=\"meta\">")
            .Text(e.Countries.Count == 0 ? "no country" : string.Join(", ", e.Countries))
            .Raw(" · ").Text(e.Commodities.Count == 0 ? "no commodity" : string.Join(", ", e.Commodities))
            .Raw(" · ").Text(e.Sources.Count == 1 ? "1 source" : $"{e.Sources.Count} sources")
            .Raw("</p></li>");
    }

    private static void Form(Html h, EventsPageQuery q)
    {
        h.Raw("<form class=\"picker filters\" method=\"get\" action=\"/events\">");
        h.Raw("<span class=\"pick\"><label for=\"type\">Type</label><select id=\"type\" name=\"type\">").Element("option", "any", ("value", ""));
        foreach (var t in Enum.GetValues<EventType>())
        {
            h.Open("option", ("value", t.Slug()), ("selected", t.Slug() == q.Type ? "selected" : null)).Text(Label(t)).Close("option");
        }
        h.Raw("</select></span><span class=\"pick\"><label for=\"status\">Status</label><select id=\"status\" name=\"status\">").Element("option", "any", ("value", ""));
        foreach (var s in Enum.GetValues<EventStatus>())
        {
            h.Open("option", ("value", s.Slug()), ("selected", s.Slug() == q.Status ? "selected" : null)).Text(s.Slug()).Close("option");
        }
        h.Raw("</select></span>");
        Input(h, "commodity", "Commodity", "text", q.Commodity);
        Input(h, "country", "Country", "text", q.Country);
        Input(h, "since", "Since", "date", q.Since);
        Input(h, "until", "Until", "date", q.Until);
        h.Raw("<button type=\"submit\">Filter</button></form>");
    }

    private static void Input(Html h, string name, string label, string type, string? value) =>
        h.Raw("<span class=\"pick\">").Element("label", label, ("for", name))
            .Open("input", ("type", type), ("id", name), ("name", name), ("value", value ?? "")).Raw("</span>");

    private static void Pager(Html h, EventsPageQuery q, int page, int pages)
    {
        if (pages <= 1)
        {
            return;
        }
        h.Raw("<nav class=\"pager\" aria-label=\"Pages\">");
        if (page > 1)
        {
            h.Link(q.Url(page - 1), "← Newer", "prev");
        }
        h.Element("span", $"Page {page} of {pages}");
        if (page < pages)
        {
            h.Link(q.Url(page + 1), "Older →", "next");
        }
        h.Raw("</nav>");
    }

    /// <summary>"export_control_relaxation" → "Export control relaxation".</summary>
    public static string Label(EventType type)
    {
        var words = type.Slug().Replace('_', ' ');
        return char.ToUpperInvariant(words[0]) + words[1..];
    }
}
