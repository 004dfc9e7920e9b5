using System.Text.Json;

namespace Lodestone.News.Storage;

/// <summary>Stable text forms of <see cref="EventStatus"/>, the same as the JSON output.</summary>
public static class EventStatuses
{
    public static string Slug(this EventStatus status) => JsonNamingPolicy.SnakeCaseLower.ConvertName(status.ToString());

    public static bool TryParse(string? text, out EventStatus status)
    {
        status = default;
        foreach (var candidate in Enum.GetValues<EventStatus>())
        {
            if (string.Equals(candidate.Slug(), text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                status = candidate;
                return true;
            }
        }
        return false;
    }

    /// <summary>The status of an event from its knowledge-base links and its proposals (the newest proposal decides).</summary>
    public static EventStatus Of(IReadOnlyList<string> knowledgeBaseIds, IEnumerable<Proposal> proposals)
    {
        if (knowledgeBaseIds.Count > 0)
        {
            return EventStatus.Linked;
        }
        return proposals.OrderBy(p => p.Id).LastOrDefault()?.Status switch
        {
            "pending" => EventStatus.Pending,
            "accepted" => EventStatus.Accepted,
            "rejected" => EventStatus.Rejected,
            _ => EventStatus.None,
        };
    }
}
