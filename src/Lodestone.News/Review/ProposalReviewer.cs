using Lodestone.Data.Storage;
using Lodestone.News.Storage;

namespace Lodestone.News.Review;

/// <summary>Accepts proposals: an accepted one is written to the knowledge base with its article as source, then marked and logged.</summary>
/// <remarks>
/// The knowledge-base import runs first and is all-or-nothing; only when it succeeds is the proposal marked accepted,
/// so a failed accept leaves the proposal pending and the knowledge base unchanged.
/// </remarks>
public sealed class ProposalReviewer(INewsStore news, IKnowledgeStore knowledgeBase)
{
    /// <summary>Accepts pending proposal <paramref name="id"/>; returns the id of the record written.</summary>
    /// <exception cref="ReviewException">No pending proposal with that id, or the record lacks a field.</exception>
    public async Task<string> AcceptAsync(long id, ReviewDecision decision, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        var proposal = Pending(id);
        var facts = ProposalRecords.ToFacts(proposal, decision);
        try
        {
            await knowledgeBase.ImportAsync(facts, cancellationToken);
        }
        catch (DuplicateKeyException e)
        {
            throw new ReviewException($"proposal {id}: the knowledge base already holds this record ({e.Message})");
        }
        news.Decide(id, accept: true, at);
        return facts.Agreements.Select(a => a.Id).Concat(facts.ExportControls.Select(c => c.Id)).Single();
    }

    private Proposal Pending(long id) =>
        news.Proposals("pending").FirstOrDefault(p => p.Id == id) ?? throw new ReviewException($"no pending proposal {id}");
}
