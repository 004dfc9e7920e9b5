using Lodestone.Data.Storage;
using Lodestone.Domain.Errors;
using Lodestone.News.Storage;

namespace Lodestone.News.Review;

/// <summary>Decides proposals: an accepted one (agreement, export control or trade measure) is written to the knowledge base with its article as source, marked and logged.</summary>
/// <remarks>
/// <para>The news store and the knowledge base are tables of one database (the <c>--db</c> file or PostgreSQL database), so an
/// accept is one write transaction: the news store begins it, the knowledge base writes its record inside it, and the mark
/// and change-log row follow; all commit together or none does (a failed or killed accept leaves the proposal pending and the
/// knowledge base unchanged).</para>
/// <para>The proposal is read inside that transaction, under the writers' lock: of two reviewers deciding one proposal at once,
/// the second finds it decided and gets <see cref="ErrorCode.Conflict"/>, never a second record.</para>
/// </remarks>
public sealed class ProposalReviewer(INewsStore news, IKnowledgeStore knowledgeBase)
{
    /// <summary>Accepts pending proposal <paramref name="id"/>; returns the id of the record written.</summary>
    /// <exception cref="ReviewException">No proposal with that id (NotFound); already decided, or its record already held (Conflict);
    /// the record lacks a field the reviewer must give (BadArguments).</exception>
    public Task<string> AcceptAsync(long id, ReviewDecision decision, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        news.InTransactionAsync(async write =>
        {
            var proposal = Pending(news, id);
            var facts = ProposalRecords.ToFacts(proposal, decision);
            var recordId = facts.Agreements.Select(a => a.Id).Concat(facts.ExportControls.Select(c => c.Id))
                .Concat((facts.TradeMeasures ?? []).Select(m => m.Id)).Single();
            try
            {
                await knowledgeBase.ImportWithinAsync(facts, write, cancellationToken);
            }
            catch (DuplicateKeyException e) when (!IsOwnRecord(e, recordId))
            {
                throw new ReviewException(ErrorCode.Conflict, $"proposal {id}: the knowledge base already holds this record ({e.Message})");
            }
            catch (DuplicateKeyException)
            {
                // Builds before one-transaction accepts committed the record and the mark separately: a store from one killed
                // between them holds this proposal's own record (NEWS-<id> is written by nothing else); finish that accept.
            }
            news.Decide(id, accept: true, at);
            return recordId;
        });

    /// <summary>Rejects pending proposal <paramref name="id"/> in <paramref name="news"/> (the knowledge base is not touched).</summary>
    /// <exception cref="ReviewException">No proposal with that id (NotFound), or already decided (Conflict).</exception>
    public static void Reject(INewsStore news, long id, DateTimeOffset at) =>
        news.InTransaction(() =>
        {
            Pending(news, id);
            return news.Decide(id, accept: false, at);
        });

    /// <summary>True when the only collision is the record this proposal writes (ids <c>NEWS-&lt;id&gt;</c> are written by nothing else).</summary>
    private static bool IsOwnRecord(DuplicateKeyException e, string recordId) =>
        e.Duplicates.Count > 0 && e.Duplicates.All(d => string.Equals(d.Key, recordId, StringComparison.Ordinal));

    /// <summary>The proposal, read inside the caller's write transaction: pending, or the reason it cannot be decided.</summary>
    private static Proposal Pending(INewsStore news, long id)
    {
        var proposal = news.Proposal(id) ?? throw new ReviewException(ErrorCode.NotFound, $"no proposal {id}");
        return proposal.Status == "pending"
            ? proposal
            : throw new ReviewException(ErrorCode.Conflict, $"proposal {id} was already {proposal.Status} ({proposal.DecidedAt ?? "time not recorded"}): it is no longer pending");
    }
}
