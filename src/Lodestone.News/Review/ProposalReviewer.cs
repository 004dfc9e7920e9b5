using Lodestone.Data.Storage;
using Lodestone.News.Storage;

namespace Lodestone.News.Review;

/// <summary>Accepts proposals: an accepted one (agreement, export control or trade measure) is written to the knowledge base with its article as source, then marked and logged.</summary>
/// <remarks>
/// <para>The knowledge-base import runs first and is all-or-nothing; only when it succeeds is the proposal marked accepted
/// (with its change-log row, in one news-store transaction), so a failed accept leaves the proposal pending and the
/// knowledge base unchanged.</para>
/// <para>The two stores are two databases (the knowledge base may be PostgreSQL), so the two commits cannot be one. The
/// record's id is derived from the proposal (<c>NEWS-&lt;id&gt;</c>), which makes the pair idempotent: a process killed
/// between them leaves the record written and the proposal pending, and accepting the proposal again finds its own
/// record and only marks it (roll-forward), instead of refusing it as a duplicate.</para>
/// </remarks>
public sealed class ProposalReviewer(INewsStore news, IKnowledgeStore knowledgeBase)
{
    /// <summary>Accepts pending proposal <paramref name="id"/>; returns the id of the record written.</summary>
    /// <exception cref="ReviewException">No pending proposal with that id, or the record lacks a field.</exception>
    public async Task<string> AcceptAsync(long id, ReviewDecision decision, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        var proposal = Pending(id);
        var facts = ProposalRecords.ToFacts(proposal, decision);
        var recordId = facts.Agreements.Select(a => a.Id).Concat(facts.ExportControls.Select(c => c.Id))
            .Concat((facts.TradeMeasures ?? []).Select(m => m.Id)).Single();
        try
        {
            await knowledgeBase.ImportAsync(facts, cancellationToken);
        }
        catch (DuplicateKeyException e) when (!IsOwnRecord(e, recordId))
        {
            throw new ReviewException($"proposal {id}: the knowledge base already holds this record ({e.Message})");
        }
        catch (DuplicateKeyException)
        {
            // An earlier accept of this proposal wrote its record and stopped before marking it: finish that accept.
        }
        news.Decide(id, accept: true, at);
        return recordId;
    }

    /// <summary>True when the only collision is the record this proposal writes (ids <c>NEWS-&lt;id&gt;</c> are written by nothing else).</summary>
    private static bool IsOwnRecord(DuplicateKeyException e, string recordId) =>
        e.Duplicates.Count > 0 && e.Duplicates.All(d => string.Equals(d.Key, recordId, StringComparison.Ordinal));

    private Proposal Pending(long id) =>
        news.Proposals("pending").FirstOrDefault(p => p.Id == id) ?? throw new ReviewException($"no pending proposal {id}");
}
