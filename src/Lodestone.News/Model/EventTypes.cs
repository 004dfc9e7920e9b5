using System.Text.Json;

namespace Lodestone.News.Model;

/// <summary>Stable text forms of <see cref="EventType"/>, the same as the JSON output.</summary>
public static class EventTypes
{
    public static string Slug(this EventType type) => JsonNamingPolicy.SnakeCaseLower.ConvertName(type.ToString());

    public static bool TryParse(string? text, out EventType type)
    {
        type = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        foreach (var candidate in Enum.GetValues<EventType>())
        {
            if (string.Equals(candidate.Slug(), text.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                type = candidate;
                return true;
            }
        }
        return false;
    }
}
