using System.Text.Json;

namespace Lodestone.Simulation.Replays;

/// <summary>A solved plan as its robustness replay reads it: plain numbers and codes, no solver types, so the
/// simulation library can
/// replay it and a sweep can send it to a worker as JSON (the planner, which makes it, lives in
/// Lodestone.Optimization).</summary>
/// <param name="Markets">One entry per market of the plan, in the plan's order.</param>
public sealed record ReplayPlan(IReadOnlyList<ReplayMarket> Markets)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    /// <summary>The plan as JSON text (doubles written shortest round-trip, so <see cref="FromJson"/> gives the same
    /// bits).</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>The plan written by <see cref="ToJson"/>.</summary>
    /// <exception cref="JsonException">The text is not such a plan.</exception>
    public static ReplayPlan FromJson(string json) =>
        JsonSerializer.Deserialize<ReplayPlan>(json, Json) ?? throw new JsonException("empty replay plan");
}
