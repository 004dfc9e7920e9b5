using System.Globalization;
using Lodestone.Domain.KnowledgeBase;
using Lodestone.Domain.Model;
using Lodestone.News.Storage;
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
            var unavailable = new Html();
            unavailable.Element("p", reason, ("class", "notice"), ("role", "status"));
            return Layout.Page("Event", unavailable, StatusCodes.Status503ServiceUnavailable);
        }
        using (store)
        {
            if (store.Event(eventId) is not { } e)
            {
                return ErrorPage.NotFound($"No event with id “{id}”.");
            }
            var h = new Html();
            h.Element("p", e.Summary, ("class", "lead summary"));
            Facts(h, data.Current, e);
            h.Raw("<section id=\"evidence\"><h2>Evidence</h2>");
            h.Element("p", "Each source's supporting sentences, in the article's words; what was read for each field is marked.", ("class", "lead"));
            foreach (var source in e.Sources)
            {
                Source(h, store.Article(source.ArticleId), source);
            }
            h.Raw("</section>");
            Proposals(h, store.Proposals(null).Where(p => p.EventId == e.Id).ToList());
            return Layout.Page(EventsPage.Label(e.Type) + " · " + (e.Date?.ToString() ?? "undated"), h);
        }
    }

    private static void Facts(Html h, Dataset dataset, StoredEvent e)
    {
        h.Raw("<dl class=\"facts\" id=\"fields\"><dt>Type</dt><dd>").Text(EventsPage.Label(e.Type))
            .Raw("</dd><dt>Date</dt><dd>").Text(e.Date?.ToString() ?? "undated (the news does not fix it)")
            .Raw("</dd><dt>Status</dt><dd>").Element("span", e.Status.Slug(), ("class", "badge status-" + e.Status.Slug()))
            .Raw("</dd><dt>Countries</dt><dd>");
        List(h, e.Countries, (x, code) =>
        {
            var country = Iso3.TryParse(code, out var iso) ? dataset.Countries.Find(iso) : null;
            x.CountryLink(country?.Iso3.Code, country is null ? code : country.Name + " (" + code + ")");
        });
        h.Raw("</dd><dt>Commodities</dt><dd>");
        List(h, e.Commodities, (x, name) =>
        {
            if (dataset.Commodities.Find(name) is { } commodity)
            {
                x.MineralLink(commodity.Name);
            }
            else
            {
                x.Text(name);
            }
        });
        h.Raw("</dd><dt>Topics</dt><dd>");
        List(h, e.Topics, (x, t) => x.Text(t));
        h.Raw("</dd><dt>Organizations</dt><dd>");
        List(h, e.Organizations, (x, o) => x.Text(o));
        h.Raw("</dd><dt>Amount</dt><dd>").Text(e.AmountValue is { } v ? Html.Number((double)v, 2) + " " + e.AmountCurrency : null)
            .Raw("</dd><dt>Knowledge base</dt><dd>");
        List(h, e.KnowledgeBaseIds, (x, k) => x.Element("code", k));
        h.Raw("</dd></dl>");
    }

    private static void List(Html h, IReadOnlyList<string> values, Action<Html, string> item)
    {
        if (values.Count == 0)
        {
            h.Text(null);
            return;
        }
        for (var i = 0; i < values.Count; i++)
        {
            h.Raw(i == 0 ? "" : ", ");
            item(h, values[i]);
        }
    }

    private static void Source(Html h, StoredArticle? article, EventSource source)
    {
        h.Raw("<article class=\"card source\">").Element("h3", article?.Title ?? source.Location);
        h.Raw("<p class=\"meta\">Published ").Text(source.Published ?? "—").Raw(" · ");
        if (source.Url is { } url && IsWeb(url))
        {
            h.ExternalLink(url, "Read the article");
        }
        else
        {
            h.Raw("read from ").Element("code", source.Url ?? source.Location);
        }
        h.Raw("</p>");
        if (article is null)
        {
            h.Element("p", "The article text is no longer in the store.", ("class", "empty"));
        }
        foreach (var span in source.Evidence.Where(s => s.Length == 2))
        {
            if (article is null)
            {
                break;
            }
            h.Raw("<blockquote class=\"evidence\"><p>").Highlighted(article.Text, span[0], span[1], source.Fields).Raw("</p>");
            var fields = Evidence.Inside(source.Fields, span[0], span[1]);
            if (fields.Count > 0)
            {
                h.Raw("<ul class=\"fields\">");
                foreach (var f in fields)
                {
                    h.Raw("<li>").Element("span", f.Field, ("class", "field f-" + f.Field)).Raw(" ").Text(f.Value).Raw("</li>");
                }
                h.Raw("</ul>");
            }
            h.Raw("</blockquote>");
        }
        h.Raw("</article>");
    }

    private static void Proposals(Html h, IReadOnlyList<Proposal> proposals)
    {
        h.Raw("<section id=\"proposals\"><h2>Proposals</h2>");
        if (proposals.Count == 0)
        {
            h.Element("p", "None: the event matched the knowledge base, or is not a kind of record the knowledge base keeps.", ("class", "empty"));
            h.Raw("</section>");
            return;
        }
        h.Element("p", "Decide with `lodestone events review --accept ID` (or --reject), or POST /api/events/proposals/{id}/accept with the API key.", ("class", "lead"));
        h.Raw("<div class=\"scroll\"><table><thead><tr><th scope=\"col\">Id</th><th scope=\"col\">Kind</th><th scope=\"col\">Status</th><th scope=\"col\">Proposed</th><th scope=\"col\">Decided</th><th scope=\"col\">Record</th></tr></thead><tbody>");
        foreach (var p in proposals)
        {
            h.Raw("<tr><td class=\"n\">").Text(p.Id.ToString(CultureInfo.InvariantCulture)).Raw("</td><td>").Text(p.Kind).Raw("</td><td>")
                .Element("span", p.Status, ("class", "badge status-" + p.Status)).Raw("</td><td>").Text(p.CreatedAt[..Math.Min(10, p.CreatedAt.Length)])
                .Raw("</td><td>").Text(p.DecidedAt?[..Math.Min(10, p.DecidedAt.Length)]).Raw("</td><td><code class=\"payload\">").Text(p.Payload).Raw("</code></td></tr>");
        }
        h.Raw("</tbody></table></div></section>");
    }

    private static bool IsWeb(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
