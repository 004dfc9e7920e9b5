using Lodestone.News.Ingestion;
using Lodestone.News.Model;
using Lodestone.News.Storage;

namespace Lodestone.News.Tests.Resolution;

/// <summary>A news store that fails when a claim is written, as a crash or a full disk would, after the article and its events.</summary>
internal sealed class FailingClaimStore(INewsStore inner) : INewsStore
{
    public T InTransaction<T>(Func<T> work) => inner.InTransaction(work);

    public Task<T> InTransactionAsync<T>(Func<Lodestone.Data.Storage.WriteTransaction, Task<T>> work) => inner.InTransactionAsync(work);

    public bool ChangedElsewhere() => inner.ChangedElsewhere();

    public long? TryAddArticle(ArticleDocument document, DateTimeOffset ingestedAt) => inner.TryAddArticle(document, ingestedAt);

    public IReadOnlyList<StoredEvent> Events(EventQuery query) => inner.Events(query);

    public StoredEvent? Event(long id) => inner.Event(id);

    public StoredArticle? Article(long id) => inner.Article(id);

    public long AddEvent(ExtractedEvent extracted, long articleId, IReadOnlyList<string> knowledgeBaseIds) => inner.AddEvent(extracted, articleId, knowledgeBaseIds);

    public void MergeInto(long eventId, ExtractedEvent extracted, long articleId) => inner.MergeInto(eventId, extracted, articleId);

    public void AddClaim(ExtractedClaim claim, long articleId) => throw new IOException("disk full (simulated)");

    public IReadOnlyList<StoredClaim> Claims() => inner.Claims();

    public long AddProposal(long eventId, string kind, string payload, DateTimeOffset at) => inner.AddProposal(eventId, kind, payload, at);

    public IReadOnlyList<Proposal> Proposals(string? status) => inner.Proposals(status);

    public Proposal? Proposal(long id) => inner.Proposal(id);

    public bool Decide(long proposalId, bool accept, DateTimeOffset at) => inner.Decide(proposalId, accept, at);

    public IReadOnlyList<(long ProposalId, long EventId, string Kind, string Payload, string Sources, string At)> ChangeLog() => inner.ChangeLog();

    public void Dispose() => inner.Dispose();
}
