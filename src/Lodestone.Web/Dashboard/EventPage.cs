using System.Globalization;
using Lodestone.Domain.KnowledgeBase;
using Lodestone.Domain.Model;
using Lodestone.Web.Dashboard.Components;
using Lodestone.Web.Hosting;
using Microsoft.AspNetCore.Http;

namespace Lodestone.Web.Dashboard;

/// <summary>One event: its fields linked to the knowledge base, each source article with the evidence marked in its sentences, and its proposals.</summary>
/// <remarks>Everything from the news (titles, sentences, URLs) is untrusted: it is encoded, and article links are written only for http(s).</remarks>
internal static class EventPage
{
    public static IResult Render(DatasetHolder data, NewsAccess news, string id)
    {
        if (!long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var eventId))
        {
            return ErrorPage.NotFound($"No event with id “{id}”.");
        }
        if (!news.TryOpen(out var store, out var reason))
        {
            return Page.Render<NoticeView>(new { Title = "Event", Notice = reason }, StatusCodes.Status503ServiceUnavailable);
        }
        using (store)
        {
            if (store.Event(eventId) is not { } e)
            {
                return ErrorPage.NotFound($"No event with id “{id}”.");
            }
            var dataset = data.Current;
            return Page.Render<EventView>(new
            {
                E = e,
                Countries = e.Countries.Select(code => Country(dataset, code)).ToList(),
                Commodities = e.Commodities.Select(name => dataset.Commodities.Find(name) is { } c ? (true, c.Name) : (false, name)).ToList(),
                Sources = e.Sources.Select(source => (store.Article(source.ArticleId), source)).ToList(),
                Proposals = store.Proposals(null).Where(p => p.EventId == e.Id).ToList(),
            });
        }
    }

    /// <summary>A country as the knowledge base knows it (its page and "Name (CODE)"), else the code as read, unlinked.</summary>
    private static (string? Iso3, string Name) Country(Dataset dataset, string code)
    {
        var country = Iso3.TryParse(code, out var iso) ? dataset.Countries.Find(iso) : null;
        return country is null ? (null, code) : (country.Iso3.Code, country.Name + " (" + code + ")");
    }
}
