using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Lodestone.Domain.Model;
using Lodestone.News.Model;

namespace Lodestone.News.Storage;

public abstract partial class SqlNewsStore
{
    private const string EventColumns = "id, type, date, countries, commodities, topics, organizations, amount_value, amount_currency, summary, kb_ids";

    public IReadOnlyList<StoredEvent> Events(EventQuery query)
    {
        var events = new List<StoredEvent>();
        using (var select = Command($"SELECT {EventColumns} FROM news_events ORDER BY COALESCE(date, '9999'), id"))
        using (var reader = select.ExecuteReader())
        {
            while (reader.Read())
            {
                events.Add(ReadEvent(reader));
            }
        }
        var proposals = Proposals(null).ToLookup(p => p.EventId);
        return events
            .Select(e => e with { Status = EventStatuses.Of(e.KnowledgeBaseIds, proposals[e.Id]) })
            .Where(e => query.Since is not { } since || (e.Date is { } d && d.Latest >= since))
            .Where(e => query.Until is not { } until || (e.Date is { } d && d.Earliest <= until))
            .Where(e => query.Commodity is null || e.Commodities.Contains(query.Commodity, StringComparer.OrdinalIgnoreCase))
            .Where(e => query.Country is not { } c || e.Countries.Contains(c.Code, StringComparer.Ordinal))
            .Where(e => query.Type is not { } t || e.Type == t)
            .Where(e => query.Status is not { } s || e.Status == s)
            .Select(e => e with { Sources = SourcesOf(e.Id) })
            .ToList();
    }

    public StoredEvent? Event(long id)
    {
        StoredEvent e;
        using (var select = Command($"SELECT {EventColumns} FROM news_events WHERE id = @id"))
        {
            Add(select, "@id", id);
            using var reader = select.ExecuteReader();
            if (!reader.Read())
            {
                return null;
            }
            e = ReadEvent(reader);
        }
        return e with { Status = EventStatuses.Of(e.KnowledgeBaseIds, ProposalsOf(id)), Sources = SourcesOf(id) };
    }

    public long AddEvent(ExtractedEvent extracted, long articleId, IReadOnlyList<string> knowledgeBaseIds) => InTransaction(() =>
    {
        using var insert = Command("""
            INSERT INTO news_events (type, date, countries, commodities, topics, organizations, amount_value, amount_currency, summary, kb_ids)
            VALUES (@type, @date, @c, @m, @t, @o, @av, @ac, @s, @kb) RETURNING id
            """);
        Add(insert, "@type", extracted.Type.Slug());
        Add(insert, "@date", extracted.Date?.ToString());
        Add(insert, "@c", Join(extracted.Countries));
        Add(insert, "@m", Join(extracted.CommodityNames));
        Add(insert, "@t", Join(extracted.Topics.Select(t => t.Value).Distinct(StringComparer.Ordinal)));
        Add(insert, "@o", Join(extracted.Organizations.Select(t => t.Value).Distinct(StringComparer.Ordinal)));
        Add(insert, "@av", extracted.Amount?.Value.ToString(CultureInfo.InvariantCulture));
        Add(insert, "@ac", extracted.Amount?.Currency);
        Add(insert, "@s", extracted.Summary);
        Add(insert, "@kb", Join(knowledgeBaseIds));
        var id = Convert.ToInt64(insert.ExecuteScalar(), CultureInfo.InvariantCulture);
        AddSource(id, articleId, extracted);
        return id;
    });

    public void MergeInto(long eventId, ExtractedEvent extracted, long articleId) => InTransaction(() =>
    {
        var existing = Event(eventId) ?? throw new InvalidOperationException($"no event {eventId}");
        using var update = Command("UPDATE news_events SET date = @date, countries = @c, commodities = @m, topics = @t, organizations = @o, amount_value = @av, amount_currency = @ac WHERE id = @id");
        Add(update, "@id", eventId);
        Add(update, "@date", (existing.Date ?? extracted.Date)?.ToString());
        Add(update, "@c", Join(existing.Countries.Union(extracted.Countries, StringComparer.Ordinal)));
        Add(update, "@m", Join(existing.Commodities.Union(extracted.CommodityNames, StringComparer.Ordinal)));
        Add(update, "@t", Join(existing.Topics.Union(extracted.Topics.Select(t => t.Value), StringComparer.Ordinal)));
        Add(update, "@o", Join(existing.Organizations.Union(extracted.Organizations.Select(o => o.Value), StringComparer.Ordinal)));
        var value = existing.AmountValue ?? extracted.Amount?.Value;
        Add(update, "@av", value?.ToString(CultureInfo.InvariantCulture));
        Add(update, "@ac", existing.AmountCurrency ?? extracted.Amount?.Currency);
        update.ExecuteNonQuery();
        AddSource(eventId, articleId, extracted);
        return 0;
    });

    public void AddClaim(ExtractedClaim claim, long articleId) => InTransaction(() =>
    {
        using var insert = Command("INSERT INTO news_claims (article_id, speaker, text, horizon_months, due_date, start_offset, end_offset) VALUES (@a, @s, @t, @h, @d, @b, @e)");
        Add(insert, "@a", articleId);
        Add(insert, "@s", claim.Speaker);
        Add(insert, "@t", claim.Text);
        Add(insert, "@h", claim.HorizonMonths);
        Add(insert, "@d", claim.DueDate?.ToString());
        Add(insert, "@b", (int?)claim.Span.Start);
        Add(insert, "@e", (int?)claim.Span.End);
        return insert.ExecuteNonQuery();
    });

    public IReadOnlyList<StoredClaim> Claims()
    {
        var result = new List<StoredClaim>();
        using var select = Command("SELECT c.id, c.article_id, a.location, c.speaker, c.text, c.horizon_months, c.due_date, c.start_offset, c.end_offset FROM news_claims c JOIN news_articles a ON a.id = c.article_id ORDER BY COALESCE(c.due_date, '9999'), c.id");
        using var reader = select.ExecuteReader();
        while (reader.Read())
        {
            result.Add(new StoredClaim(reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2), NullableString(reader, 3), reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetInt32(5), Date(NullableString(reader, 6)), reader.GetInt32(7), reader.GetInt32(8)));
        }
        return result;
    }

    private void AddSource(long eventId, long articleId, ExtractedEvent extracted)
    {
        var evidence = JsonSerializer.Serialize(extracted.Evidence.Select(s => new[] { s.Start, s.End }));
        using var insert = Command("INSERT INTO news_event_sources (event_id, article_id, evidence, fields) VALUES (@e, @a, @ev, @f) ON CONFLICT (event_id, article_id) DO NOTHING");
        Add(insert, "@e", eventId);
        Add(insert, "@a", articleId);
        Add(insert, "@ev", evidence);
        Add(insert, "@f", JsonSerializer.Serialize(FieldSpans(extracted)));
        insert.ExecuteNonQuery();
    }

    private List<EventSource> SourcesOf(long eventId)
    {
        var result = new List<EventSource>();
        using var select = Command("SELECT s.article_id, a.location, a.url, a.published, s.evidence, s.fields FROM news_event_sources s JOIN news_articles a ON a.id = s.article_id WHERE s.event_id = @e ORDER BY s.article_id");
        Add(select, "@e", eventId);
        using var reader = select.ExecuteReader();
        while (reader.Read())
        {
            var evidence = JsonSerializer.Deserialize<List<int[]>>(reader.GetString(4)) ?? [];
            var fields = NullableString(reader, 5) is { } f ? JsonSerializer.Deserialize<List<FieldSpan>>(f) ?? [] : [];
            result.Add(new EventSource(reader.GetInt64(0), reader.GetString(1), NullableString(reader, 2), NullableString(reader, 3), evidence, fields));
        }
        return result;
    }

    /// <summary>Every field value of <paramref name="e"/> with the span it was read from, in text order.</summary>
    private static List<FieldSpan> FieldSpans(ExtractedEvent e)
    {
        var spans = new List<FieldSpan>();
        spans.AddRange(e.Parties.Select(m => new FieldSpan("country", m.Value, m.Span.Start, m.Span.End)));
        spans.AddRange(e.Commodities.Select(m => new FieldSpan("commodity", m.Value, m.Span.Start, m.Span.End)));
        spans.AddRange(e.Organizations.Select(m => new FieldSpan("organization", m.Value, m.Span.Start, m.Span.End)));
        if (e.Date is { } date && e.DateSpan is { } ds)
        {
            spans.Add(new FieldSpan("date", date.ToString(), ds.Start, ds.End));
        }
        if (e.Amount is { } amount)
        {
            spans.Add(new FieldSpan("amount", amount.Value.ToString(CultureInfo.InvariantCulture) + " " + amount.Currency, amount.Span.Start, amount.Span.End));
        }
        return spans.OrderBy(s => s.Start).ThenBy(s => s.End).ToList();
    }

    private static StoredEvent ReadEvent(DbDataReader reader) => new(
        reader.GetInt64(0),
        EventTypes.TryParse(reader.GetString(1), out var type) ? type : EventType.Other,
        Date(NullableString(reader, 2)),
        Split(reader.GetString(3)),
        Split(reader.GetString(4)),
        Split(reader.GetString(5)),
        Split(reader.GetString(6)),
        NullableString(reader, 7) is { } v ? decimal.Parse(v, CultureInfo.InvariantCulture) : null,
        NullableString(reader, 8),
        reader.GetString(9),
        [],
        Split(reader.GetString(10)));

    private static PartialDate? Date(string? text) => PartialDate.TryParse(text, out var d) ? d : null;

    private static string Join(IEnumerable<string> values) => string.Join(';', values);

    private static IReadOnlyList<string> Split(string text) => text.Split(';', StringSplitOptions.RemoveEmptyEntries);
}
