using Lodestone.News.Model;
using Lodestone.News.Storage;
using Lodestone.Queries;
using Lodestone.Web.Dashboard.Components;
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
            return Page.Render<EventsView>(new { Query = q, Errors = errors.Values.Concat(pagingErrors.Values).SelectMany(m => m).ToList() },
                StatusCodes.Status400BadRequest);
        }
        if (!news.TryOpen(out var store, out var reason))
        {
            return Page.Render<NoticeView>(new { Title = "Events", Notice = reason }, StatusCodes.Status503ServiceUnavailable);
        }
        IReadOnlyList<StoredEvent> events;
        using (store)
        {
            events = EventFilter.NewestFirst(store.Events(query));
        }
        var page = paging.Apply(events);
        return Page.Render<EventsView>(new
        {
            Query = q,
            Total = events.Count,
            Items = page.Items,
            PageNumber = page.Page,
            Pages = (events.Count + PageSize - 1) / PageSize,
        });
    }

    /// <summary>"export_control_relaxation" → "Export control relaxation".</summary>
    public static string Label(EventType type)
    {
        var words = type.Slug().Replace('_', ' ');
        return char.ToUpperInvariant(words[0]) + words[1..];
    }
}
