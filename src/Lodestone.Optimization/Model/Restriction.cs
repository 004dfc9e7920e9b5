namespace Lodestone.Optimization.Model;

/// <summary>Capacity removed from an origin over a range of quarters, and why.</summary>
/// <param name="Reason">Words for the report ("CHN-2025-018-DY licence requirement in force").</param>
/// <param name="From">First quarter affected (inclusive).</param>
/// <param name="To">Last quarter affected (inclusive).</param>
/// <param name="BlocksBaseline">Existing flows stop (a ban, or a non-partner under partners-only).</param>
/// <param name="BlocksOfftake">New offtake is impossible (also true for licence requirements).</param>
public sealed record Restriction(RestrictionKind Kind, string Reason, Quarter From, Quarter To, bool BlocksBaseline, bool BlocksOfftake)
{
    /// <summary>Whether <paramref name="quarter"/> lies within <see cref="From"/> … <see cref="To"/> (both inclusive).</summary>
    public bool Covers(Quarter quarter) => quarter >= From && quarter <= To;
}
