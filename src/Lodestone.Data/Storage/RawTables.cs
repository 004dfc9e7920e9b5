using static Lodestone.Data.Storage.ColumnType;

namespace Lodestone.Data.Storage;

/// <summary>Every store table a view reads, in an order where a row's references come before it (sources first, news last).</summary>
/// <remarks>
/// The knowledge base (<see cref="StoreTables"/> with their <c>seq</c> and <c>fact_key</c>), the BACI trade flows, and the news
/// store (articles, events and the articles reporting them, claims, review proposals, the change log of accepted proposals,
/// <c>0004_news</c>). Not here: <c>schema_version</c> and <c>store_meta</c> (bookkeeping of this database), <c>news_generation</c>
/// (a counter of writes) and <c>jobs</c> (the work queue of running servers). Columns must match the migrations (a test checks).
/// </remarks>
internal static class RawTables
{
    private static Column C(string name, ColumnType type) => new(name, type, Nullable: false);

    private static Column O(string name, ColumnType type) => new(name, type, Nullable: true);

    private static RawTable Of(StoreTable table) => new(table.Name, [C("seq", BigInt), C("fact_key", Text), .. table.Columns], "seq", table);

    public static readonly RawTable TradeFlows = new(TradeFlowTable.Name, [C("seq", BigInt), .. TradeFlowTable.Columns], "seq");

    public static readonly RawTable NewsArticles = new("news_articles",
        [C("id", BigInt), C("location", Text), O("url", Text), O("canonical_url", Text), C("content_hash", Text), O("title", Text),
            O("published", Text), C("body", Text), C("ingested_at", Text)], "id");

    public static readonly RawTable NewsEvents = new("news_events",
        [C("id", BigInt), C("type", Text), O("date", Text), C("countries", Text), C("commodities", Text), C("topics", Text),
            C("organizations", Text), O("amount_value", Text), O("amount_currency", Text), C("summary", Text), C("kb_ids", Text)], "id");

    public static readonly RawTable NewsEventSources = new("news_event_sources",
        [C("event_id", BigInt), C("article_id", BigInt), C("evidence", Text), O("fields", Text)], "event_id, article_id");

    public static readonly RawTable NewsClaims = new("news_claims",
        [C("id", BigInt), C("article_id", BigInt), O("speaker", Text), C("text", Text), O("horizon_months", Integer), O("due_date", Text),
            C("start_offset", Integer), C("end_offset", Integer)], "id");

    public static readonly RawTable NewsProposals = new("news_proposals",
        [C("id", BigInt), C("event_id", BigInt), C("kind", Text), C("status", Text), C("payload", Text), C("created_at", Text),
            O("decided_at", Text)], "id");

    public static readonly RawTable NewsChangeLog = new("news_change_log",
        [C("id", BigInt), C("proposal_id", BigInt), C("event_id", BigInt), C("kind", Text), C("payload", Text), C("sources", Text),
            C("at", Text)], "id");

    /// <summary>The news tables whose <c>id</c> the database assigns (an identity on PostgreSQL, AUTOINCREMENT on SQLite).</summary>
    public static IReadOnlyList<RawTable> WithIdentity { get; } = [NewsArticles, NewsEvents, NewsClaims, NewsProposals, NewsChangeLog];

    /// <summary>Every table, in insertion order.</summary>
    public static IReadOnlyList<RawTable> All { get; } =
    [
        .. StoreTables.All.Select(Of), TradeFlows, NewsArticles, NewsEvents, NewsEventSources, NewsClaims, NewsProposals, NewsChangeLog,
    ];
}
