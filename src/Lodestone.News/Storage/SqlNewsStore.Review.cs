using System.Data.Common;
using System.Globalization;
using System.Text.Json;

namespace Lodestone.News.Storage;

public abstract partial class SqlNewsStore
{
    private const string ProposalColumns = "id, event_id, kind, status, payload, created_at, decided_at";

    public long AddProposal(long eventId, string kind, string payload, DateTimeOffset at) => InTransaction(() =>
    {
        using var insert = Command("INSERT INTO news_proposals (event_id, kind, status, payload, created_at) VALUES (@e, @k, 'pending', @p, @at) RETURNING id");
        Add(insert, "@e", eventId);
        Add(insert, "@k", kind);
        Add(insert, "@p", payload);
        Add(insert, "@at", at.ToString("O", CultureInfo.InvariantCulture));
        return Convert.ToInt64(insert.ExecuteScalar(), CultureInfo.InvariantCulture);
    });

    public IReadOnlyList<Proposal> Proposals(string? status)
    {
        using var select = Command($"SELECT {ProposalColumns} FROM news_proposals WHERE @s IS NULL OR status = @s ORDER BY id");
        Add(select, "@s", status);
        return ReadProposals(select);
    }

    public Proposal? Proposal(long id)
    {
        using var select = Command($"SELECT {ProposalColumns} FROM news_proposals WHERE id = @id");
        Add(select, "@id", id);
        return ReadProposals(select).SingleOrDefault();
    }

    private List<Proposal> ProposalsOf(long eventId)
    {
        using var select = Command($"SELECT {ProposalColumns} FROM news_proposals WHERE event_id = @e ORDER BY id");
        Add(select, "@e", eventId);
        return ReadProposals(select);
    }

    private static List<Proposal> ReadProposals(DbCommand select)
    {
        var result = new List<Proposal>();
        using var reader = select.ExecuteReader();
        while (reader.Read())
        {
            result.Add(new Proposal(reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5),
                NullableString(reader, 6)));
        }
        return result;
    }

    public bool Decide(long proposalId, bool accept, DateTimeOffset at) => InTransaction(() => DecideInTransaction(proposalId, accept, at));

    private bool DecideInTransaction(long proposalId, bool accept, DateTimeOffset at)
    {
        var proposal = Proposal(proposalId);
        if (proposal is not { Status: "pending" })
        {
            return false;
        }
        var when = at.ToString("O", CultureInfo.InvariantCulture);
        using (var update = Command("UPDATE news_proposals SET status = @s, decided_at = @at WHERE id = @id"))
        {
            Add(update, "@s", accept ? "accepted" : "rejected");
            Add(update, "@at", when);
            Add(update, "@id", proposalId);
            update.ExecuteNonQuery();
        }
        if (accept)
        {
            var sources = JsonSerializer.Serialize(SourcesOf(proposal.EventId).Select(s => new { s.Location, s.Url, s.Published, s.Evidence }));
            using var log = Command("INSERT INTO news_change_log (proposal_id, event_id, kind, payload, sources, at) VALUES (@p, @e, @k, @pl, @s, @at)");
            Add(log, "@p", proposalId);
            Add(log, "@e", proposal.EventId);
            Add(log, "@k", proposal.Kind);
            Add(log, "@pl", proposal.Payload);
            Add(log, "@s", sources);
            Add(log, "@at", when);
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
}
