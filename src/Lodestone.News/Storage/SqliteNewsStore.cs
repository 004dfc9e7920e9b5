using System.Globalization;
using System.Text.Json;
using Lodestone.Domain.Model;
using Lodestone.News.Ingestion;
using Lodestone.News.Model;
using Lodestone.Data.Storage;
using Microsoft.Data.Sqlite;

namespace Lodestone.News.Storage;

/// <summary>The news store in a SQLite file, on its own <c>news_*</c> tables (created if missing) beside the knowledge base.</summary>
/// <remarks>Opened with <see cref="SqliteSettings"/> (WAL, busy timeout), so it shares the file with a running server.</remarks>
public sealed class SqliteNewsStore : INewsStore
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS news_articles (
            id INTEGER PRIMARY KEY AUTOINCREMENT, location TEXT NOT NULL, url TEXT, canonical_url TEXT UNIQUE,
            content_hash TEXT NOT NULL UNIQUE, title TEXT, published TEXT, body TEXT NOT NULL, ingested_at TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS news_events (
            id INTEGER PRIMARY KEY AUTOINCREMENT, type TEXT NOT NULL, date TEXT, countries TEXT NOT NULL, commodities TEXT NOT NULL,
            topics TEXT NOT NULL, organizations TEXT NOT NULL, amount_value TEXT, amount_currency TEXT, summary TEXT NOT NULL,
            kb_ids TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS news_event_sources (
            event_id INTEGER NOT NULL REFERENCES news_events(id), article_id INTEGER NOT NULL REFERENCES news_articles(id),
            evidence TEXT NOT NULL, fields TEXT, PRIMARY KEY (event_id, article_id));
        CREATE TABLE IF NOT EXISTS news_claims (
            id INTEGER PRIMARY KEY AUTOINCREMENT, article_id INTEGER NOT NULL REFERENCES news_articles(id), speaker TEXT,
            text TEXT NOT NULL, horizon_months INTEGER, due_date TEXT, start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS news_proposals (
            id INTEGER PRIMARY KEY AUTOINCREMENT, event_id INTEGER NOT NULL REFERENCES news_events(id), kind TEXT NOT NULL,
            status TEXT NOT NULL, payload TEXT NOT NULL, created_at TEXT NOT NULL, decided_at TEXT);
        CREATE TABLE IF NOT EXISTS news_change_log (
            id INTEGER PRIMARY KEY AUTOINCREMENT, proposal_id INTEGER NOT NULL REFERENCES news_proposals(id),
            event_id INTEGER NOT NULL, kind TEXT NOT NULL, payload TEXT NOT NULL, sources TEXT NOT NULL, at TEXT NOT NULL);
        """;

    private readonly SqliteConnection _connection;
    private SqliteTransaction? _transaction;
    private long _dataVersion;

    public SqliteNewsStore(string path)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }
        _connection = new SqliteConnection(SqliteSettings.ConnectionString(path));
        _connection.Open();
        SqliteSettings.Configure(_connection);
        InTransaction(() =>
        {
            Execute(Schema);
            AddMissingColumns();
            return 0;
        });
        _dataVersion = DataVersion();
    }

    /// <remarks>
    /// BEGIN IMMEDIATE: the write lock is held from the first read, so a duplicate check and the insert it allows cannot
    /// interleave with another process's ingest. Nested calls join the outer transaction.
    /// </remarks>
    public T InTransaction<T>(Func<T> work)
    {
        if (_transaction is not null)
        {
            return work();
        }
        _transaction = _connection.BeginTransaction(deferred: false);
        try
        {
            var result = work();
            _transaction.Commit();
            return result;
        }
        finally
        {
            _transaction.Dispose();
            _transaction = null;
        }
    }

    public bool ChangedElsewhere()
    {
        var version = DataVersion();
        var changed = version != _dataVersion;
        _dataVersion = version;
        return changed;
    }

    private long DataVersion()
    {
        using var command = Command("PRAGMA data_version");
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    public long? TryAddArticle(ArticleDocument document, DateTimeOffset ingestedAt)
    {
        // Credentials in a URL served their fetch; they are never stored (and so never served).
        document = UrlCredentials.Strip(document);
        var canonical = document.CanonicalUrl;
        var hash = document.ContentHash;
        using (var check = Command("SELECT COUNT(*) FROM news_articles WHERE content_hash = $h OR (canonical_url IS NOT NULL AND canonical_url = $u)"))
        {
            check.Parameters.AddWithValue("$h", hash);
            check.Parameters.AddWithValue("$u", (object?)canonical ?? DBNull.Value);
            if (Convert.ToInt64(check.ExecuteScalar(), CultureInfo.InvariantCulture) > 0)
            {
                return null;
            }
        }
        using var insert = Command("""
            INSERT INTO news_articles (location, url, canonical_url, content_hash, title, published, body, ingested_at)
            VALUES ($l, $url, $u, $h, $t, $p, $b, $at) RETURNING id
            """);
        insert.Parameters.AddWithValue("$l", document.Location);
        insert.Parameters.AddWithValue("$url", (object?)document.Url ?? DBNull.Value);
        insert.Parameters.AddWithValue("$u", (object?)canonical ?? DBNull.Value);
        insert.Parameters.AddWithValue("$h", hash);
        insert.Parameters.AddWithValue("$t", (object?)document.Title ?? DBNull.Value);
        insert.Parameters.AddWithValue("$p", (object?)document.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? DBNull.Value);
        insert.Parameters.AddWithValue("$b", document.Text);
        insert.Parameters.AddWithValue("$at", ingestedAt.ToString("O", CultureInfo.InvariantCulture));
        return Convert.ToInt64(insert.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    public IReadOnlyList<StoredEvent> Events(EventQuery query)
    {
        var events = new List<StoredEvent>();
        using (var select = Command("SELECT id, type, date, countries, commodities, topics, organizations, amount_value, amount_currency, summary, kb_ids FROM news_events ORDER BY COALESCE(date, '9999'), id"))
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
        using (var select = Command("SELECT id, type, date, countries, commodities, topics, organizations, amount_value, amount_currency, summary, kb_ids FROM news_events WHERE id = $id"))
        {
            select.Parameters.AddWithValue("$id", id);
            using var reader = select.ExecuteReader();
            if (!reader.Read())
            {
                return null;
            }
            e = ReadEvent(reader);
        }
        return e with { Status = EventStatuses.Of(e.KnowledgeBaseIds, ProposalsOf(id)), Sources = SourcesOf(id) };
    }

    public StoredArticle? Article(long id)
    {
        using var select = Command("SELECT id, location, url, title, published, content_hash, body FROM news_articles WHERE id = $id");
        select.Parameters.AddWithValue("$id", id);
        using var reader = select.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }
        var published = NullableString(reader, 4) is { } p && DateOnly.TryParseExact(p, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : (DateOnly?)null;
        return new StoredArticle(reader.GetInt64(0), reader.GetString(1), NullableString(reader, 2), NullableString(reader, 3), published, reader.GetString(5), reader.GetString(6));
    }

    public long AddEvent(ExtractedEvent extracted, long articleId, IReadOnlyList<string> knowledgeBaseIds)
    {
        using var insert = Command("""
            INSERT INTO news_events (type, date, countries, commodities, topics, organizations, amount_value, amount_currency, summary, kb_ids)
            VALUES ($type, $date, $c, $m, $t, $o, $av, $ac, $s, $kb) RETURNING id
            """);
        insert.Parameters.AddWithValue("$type", extracted.Type.Slug());
        insert.Parameters.AddWithValue("$date", (object?)extracted.Date?.ToString() ?? DBNull.Value);
        insert.Parameters.AddWithValue("$c", Join(extracted.Countries));
        insert.Parameters.AddWithValue("$m", Join(extracted.CommodityNames));
        insert.Parameters.AddWithValue("$t", Join(extracted.Topics.Select(t => t.Value).Distinct(StringComparer.Ordinal)));
        insert.Parameters.AddWithValue("$o", Join(extracted.Organizations.Select(t => t.Value).Distinct(StringComparer.Ordinal)));
        insert.Parameters.AddWithValue("$av", (object?)extracted.Amount?.Value.ToString(CultureInfo.InvariantCulture) ?? DBNull.Value);
        insert.Parameters.AddWithValue("$ac", (object?)extracted.Amount?.Currency ?? DBNull.Value);
        insert.Parameters.AddWithValue("$s", extracted.Summary);
        insert.Parameters.AddWithValue("$kb", Join(knowledgeBaseIds));
        var id = Convert.ToInt64(insert.ExecuteScalar(), CultureInfo.InvariantCulture);
        AddSource(id, articleId, extracted);
        return id;
    }

    public void MergeInto(long eventId, ExtractedEvent extracted, long articleId)
    {
        var existing = Event(eventId) ?? throw new InvalidOperationException($"no event {eventId}");
        using var update = Command("UPDATE news_events SET date = $date, countries = $c, commodities = $m, topics = $t, organizations = $o, amount_value = $av, amount_currency = $ac WHERE id = $id");
        update.Parameters.AddWithValue("$id", eventId);
        update.Parameters.AddWithValue("$date", (object?)(existing.Date ?? extracted.Date)?.ToString() ?? DBNull.Value);
        update.Parameters.AddWithValue("$c", Join(existing.Countries.Union(extracted.Countries, StringComparer.Ordinal)));
        update.Parameters.AddWithValue("$m", Join(existing.Commodities.Union(extracted.CommodityNames, StringComparer.Ordinal)));
        update.Parameters.AddWithValue("$t", Join(existing.Topics.Union(extracted.Topics.Select(t => t.Value), StringComparer.Ordinal)));
        update.Parameters.AddWithValue("$o", Join(existing.Organizations.Union(extracted.Organizations.Select(o => o.Value), StringComparer.Ordinal)));
        var value = existing.AmountValue ?? extracted.Amount?.Value;
        update.Parameters.AddWithValue("$av", (object?)value?.ToString(CultureInfo.InvariantCulture) ?? DBNull.Value);
        update.Parameters.AddWithValue("$ac", (object?)(existing.AmountCurrency ?? extracted.Amount?.Currency) ?? DBNull.Value);
        update.ExecuteNonQuery();
        AddSource(eventId, articleId, extracted);
    }

    public void AddClaim(ExtractedClaim claim, long articleId)
    {
        using var insert = Command("INSERT INTO news_claims (article_id, speaker, text, horizon_months, due_date, start_offset, end_offset) VALUES ($a, $s, $t, $h, $d, $b, $e)");
        insert.Parameters.AddWithValue("$a", articleId);
        insert.Parameters.AddWithValue("$s", (object?)claim.Speaker ?? DBNull.Value);
        insert.Parameters.AddWithValue("$t", claim.Text);
        insert.Parameters.AddWithValue("$h", (object?)claim.HorizonMonths ?? DBNull.Value);
        insert.Parameters.AddWithValue("$d", (object?)claim.DueDate?.ToString() ?? DBNull.Value);
        insert.Parameters.AddWithValue("$b", claim.Span.Start);
        insert.Parameters.AddWithValue("$e", claim.Span.End);
        insert.ExecuteNonQuery();
    }

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

    public long AddProposal(long eventId, string kind, string payload, DateTimeOffset at)
    {
        using var insert = Command("INSERT INTO news_proposals (event_id, kind, status, payload, created_at) VALUES ($e, $k, 'pending', $p, $at) RETURNING id");
        insert.Parameters.AddWithValue("$e", eventId);
        insert.Parameters.AddWithValue("$k", kind);
        insert.Parameters.AddWithValue("$p", payload);
        insert.Parameters.AddWithValue("$at", at.ToString("O", CultureInfo.InvariantCulture));
        return Convert.ToInt64(insert.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private List<Proposal> ProposalsOf(long eventId)
    {
        var result = new List<Proposal>();
        using var select = Command("SELECT id, event_id, kind, status, payload, created_at, decided_at FROM news_proposals WHERE event_id = $e ORDER BY id");
        select.Parameters.AddWithValue("$e", eventId);
        using var reader = select.ExecuteReader();
        while (reader.Read())
        {
            result.Add(ReadProposal(reader));
        }
        return result;
    }

    private static Proposal ReadProposal(SqliteDataReader reader) =>
        new(reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5), NullableString(reader, 6));

    public IReadOnlyList<Proposal> Proposals(string? status)
    {
        var result = new List<Proposal>();
        using var select = Command("SELECT id, event_id, kind, status, payload, created_at, decided_at FROM news_proposals WHERE $s IS NULL OR status = $s ORDER BY id");
        select.Parameters.AddWithValue("$s", (object?)status ?? DBNull.Value);
        using var reader = select.ExecuteReader();
        while (reader.Read())
        {
            result.Add(ReadProposal(reader));
        }
        return result;
    }

    public bool Decide(long proposalId, bool accept, DateTimeOffset at) => InTransaction(() => DecideInTransaction(proposalId, accept, at));

    private bool DecideInTransaction(long proposalId, bool accept, DateTimeOffset at)
    {
        var proposal = Proposals("pending").FirstOrDefault(p => p.Id == proposalId);
        if (proposal is null)
        {
            return false;
        }
        var when = at.ToString("O", CultureInfo.InvariantCulture);
        using (var update = Command("UPDATE news_proposals SET status = $s, decided_at = $at WHERE id = $id"))
        {
            update.Parameters.AddWithValue("$s", accept ? "accepted" : "rejected");
            update.Parameters.AddWithValue("$at", when);
            update.Parameters.AddWithValue("$id", proposalId);
            update.ExecuteNonQuery();
        }
        if (accept)
        {
            var sources = JsonSerializer.Serialize(SourcesOf(proposal.EventId).Select(s => new { s.Location, s.Url, s.Published, s.Evidence }));
            using var log = Command("INSERT INTO news_change_log (proposal_id, event_id, kind, payload, sources, at) VALUES ($p, $e, $k, $pl, $s, $at)");
            log.Parameters.AddWithValue("$p", proposalId);
            log.Parameters.AddWithValue("$e", proposal.EventId);
            log.Parameters.AddWithValue("$k", proposal.Kind);
            log.Parameters.AddWithValue("$pl", proposal.Payload);
            log.Parameters.AddWithValue("$s", sources);
            log.Parameters.AddWithValue("$at", when);
            log.ExecuteNonQuery();
        }
        return true;
    }

    public IReadOnlyList<(long ProposalId, long EventId, string Kind, string Payload, string Sources, string At)> ChangeLog()
    {
        var result = new List<(long, long, string, string, string, string)>();
        using var select = Command("SELECT proposal_id, event_id, kind, payload, sources, at FROM news_change_log ORDER BY id");
        using var reader = select.ExecuteReader();
        while (reader.Read())
        {
            result.Add((reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5)));
        }
        return result;
    }

    public void Dispose() => _connection.Dispose();

    private void AddSource(long eventId, long articleId, ExtractedEvent extracted)
    {
        var evidence = JsonSerializer.Serialize(extracted.Evidence.Select(s => new[] { s.Start, s.End }));
        using var insert = Command("INSERT OR IGNORE INTO news_event_sources (event_id, article_id, evidence, fields) VALUES ($e, $a, $ev, $f)");
        insert.Parameters.AddWithValue("$e", eventId);
        insert.Parameters.AddWithValue("$a", articleId);
        insert.Parameters.AddWithValue("$ev", evidence);
        insert.Parameters.AddWithValue("$f", JsonSerializer.Serialize(FieldSpans(extracted)));
        insert.ExecuteNonQuery();
    }

    private List<EventSource> SourcesOf(long eventId)
    {
        var result = new List<EventSource>();
        using var select = Command("SELECT s.article_id, a.location, a.url, a.published, s.evidence, s.fields FROM news_event_sources s JOIN news_articles a ON a.id = s.article_id WHERE s.event_id = $e ORDER BY s.article_id");
        select.Parameters.AddWithValue("$e", eventId);
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

    /// <summary>Files written before a column existed get it added (CREATE TABLE IF NOT EXISTS leaves old tables as they were).</summary>
    private void AddMissingColumns()
    {
        using var check = Command("SELECT COUNT(*) FROM pragma_table_info('news_event_sources') WHERE name = 'fields'");
        if (Convert.ToInt64(check.ExecuteScalar(), CultureInfo.InvariantCulture) == 0)
        {
            Execute("ALTER TABLE news_event_sources ADD COLUMN fields TEXT");
        }
    }

    private static StoredEvent ReadEvent(SqliteDataReader reader) => new(
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

    private static string? NullableString(SqliteDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetString(i);

    private static string Join(IEnumerable<string> values) => string.Join(';', values);

    private static IReadOnlyList<string> Split(string text) => text.Split(';', StringSplitOptions.RemoveEmptyEntries);

    private SqliteCommand Command(string sql)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = _transaction;
        return command;
    }

    private void Execute(string sql)
    {
        using var command = Command(sql);
        command.ExecuteNonQuery();
    }
}
