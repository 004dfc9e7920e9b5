using System.Globalization;
using Lodestone.Domain.KnowledgeBase;
using Lodestone.News.Model;
using Lodestone.News.Storage;

namespace Lodestone.Web.Queries;

/// <summary>The event filters of <c>/api/events</c> and <c>/events</c>, checked against the knowledge base.</summary>
/// <remarks>
/// Empty values do not filter (an HTML form sends every field). A commodity is a name, alias or symbol and a country an
/// ISO3 code or name, resolved the way <c>lodestone events</c> resolves them; unknown values are bad input, not empty results.
/// </remarks>
internal static class EventFilter
{
    public static bool TryCreate(
        Dataset dataset, string? commodity, string? country, string? type, string? since, string? until, string? status,
        out EventQuery query, out Dictionary<string, string[]> errors)
    {
        errors = [];
        string? commodityName = null;
        if (Given(commodity) is { } c)
        {
            commodityName = dataset.Commodities.Find(c)?.Name;
            if (commodityName is null)
            {
                errors["commodity"] = [$"unknown commodity '{c}' (a name, alias or symbol, e.g. rare earths, Ga)"];
            }
        }
        Domain.Model.Iso3? iso3 = null;
        if (Given(country) is { } k)
        {
            iso3 = dataset.Countries.FindByName(k)?.Iso3;
            if (iso3 is null)
            {
                errors["country"] = [$"unknown country '{k}' (an ISO3 code or name, e.g. KAZ)"];
            }
        }
        EventType? eventType = null;
        if (Given(type) is { } t)
        {
            if (EventTypes.TryParse(t, out var parsed))
            {
                eventType = parsed;
            }
            else
            {
                errors["type"] = [$"unknown event type '{t}' (one of {string.Join(", ", Enum.GetValues<EventType>().Select(e => e.Slug()))})"];
            }
        }
        EventStatus? eventStatus = null;
        if (Given(status) is { } s)
        {
            if (EventStatuses.TryParse(s, out var parsed))
            {
                eventStatus = parsed;
            }
            else
            {
                errors["status"] = [$"unknown status '{s}' (one of {string.Join(", ", Enum.GetValues<EventStatus>().Select(e => e.Slug()))})"];
            }
        }
        var sinceDate = Date("since", since, errors);
        var untilDate = Date("until", until, errors);
        if (sinceDate > untilDate)
        {
            errors["until"] = ["until must not be before since"];
        }
        query = new EventQuery(sinceDate, commodityName, iso3, untilDate, eventType, eventStatus);
        return errors.Count == 0;
    }

    /// <summary>Newest first: by the earliest day the date allows, then the most recently stored; undated events last.</summary>
    public static IReadOnlyList<StoredEvent> NewestFirst(IEnumerable<StoredEvent> events) =>
        events.OrderBy(e => e.Date is null)
            .ThenByDescending(e => e.Date?.Earliest)
            .ThenByDescending(e => e.Id)
            .ToList();

    private static string? Given(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static DateOnly? Date(string name, string? value, Dictionary<string, string[]> errors)
    {
        if (Given(value) is not { } text)
        {
            return null;
        }
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        errors[name] = [$"{name} must be a date YYYY-MM-DD, got '{text}'"];
        return null;
    }
}
