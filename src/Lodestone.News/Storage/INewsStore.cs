using Lodestone.Data.Storage;
using Lodestone.News.Ingestion;
using Lodestone.News.Model;

namespace Lodestone.News.Storage;

/// <summary>Persistence of articles, events, claims, review proposals and the change log.</summary>
/// <remarks><see cref="SqlNewsStore"/> implements it on SQLite and PostgreSQL with one SQL text; <see cref="NewsStores"/> opens it.</remarks>
public interface INewsStore : IDisposable
{
    /// <summary>Runs <paramref name="work"/> in one write transaction: every write it makes is committed together or not at all.</summary>
    /// <remarks>Writers are serialised; a call inside another joins it.</remarks>
    T InTransaction<T>(Func<T> work);

    /// <summary>As <see cref="InTransaction{T}"/>, for work that also writes through another store of the same database (the knowledge
    /// base, for a proposal accept): <paramref name="work"/> gets the open transaction to lend it, and the news store's own calls
    /// inside it join it, so everything commits together or not at all.</summary>
    Task<T> InTransactionAsync<T>(Func<WriteTransaction, Task<T>> work);

    /// <summary>True when another connection committed a change since the last call (or since opening).</summary>
    bool ChangedElsewhere();

    /// <summary>Adds an article unless one with the same canonical URL or content hash exists; returns the new id, or null for a duplicate.</summary>
    long? TryAddArticle(ArticleDocument document, DateTimeOffset ingestedAt);

    /// <summary>Events matching <paramref name="query"/>, with their sources and review status; dated events first, oldest first.</summary>
    IReadOnlyList<StoredEvent> Events(EventQuery query);

    StoredEvent? Event(long id);

    /// <summary>One article with its text (the text evidence offsets count into); null when there is no such article.</summary>
    StoredArticle? Article(long id);

    /// <summary>Inserts a new event reported by <paramref name="articleId"/>; returns its id.</summary>
    long AddEvent(ExtractedEvent extracted, long articleId, IReadOnlyList<string> knowledgeBaseIds);

    /// <summary>Adds <paramref name="articleId"/> as a source of event <paramref name="eventId"/> and fills fields it lacked.</summary>
    void MergeInto(long eventId, ExtractedEvent extracted, long articleId);

    void AddClaim(ExtractedClaim claim, long articleId);

    IReadOnlyList<StoredClaim> Claims();

    long AddProposal(long eventId, string kind, string payload, DateTimeOffset at);

    IReadOnlyList<Proposal> Proposals(string? status);

    /// <summary>The proposal with id <paramref name="id"/>, whatever its status; null when there is none.</summary>
    Proposal? Proposal(long id);

    /// <summary>Accepts or rejects a pending proposal and, when accepted, logs the change with its sources.</summary>
    /// <returns>False when there is no pending proposal with that id.</returns>
    bool Decide(long proposalId, bool accept, DateTimeOffset at);

    /// <summary>The log of accepted changes: (proposal id, event id, kind, payload, sources, when).</summary>
    IReadOnlyList<(long ProposalId, long EventId, string Kind, string Payload, string Sources, string At)> ChangeLog();
}
