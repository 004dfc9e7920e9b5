using Lodestone.Domain.Model;

namespace Lodestone.News.Gazetteers;

/// <summary>A head of state or government, from data/reference/leaders.csv.</summary>
/// <param name="Aliases">Other forms used in news ("Tokayev", "Xi").</param>
/// <param name="From">First day in office (term start).</param>
/// <param name="To">Last day in office; null while in office.</param>
public sealed record Leader(string Name, IReadOnlyList<string> Aliases, string Title, Iso3 Country, PartialDate From, PartialDate? To, string SourceId)
{
    /// <summary>Whether the leader held the office on <paramref name="date"/> (month-precision bounds are taken generously).</summary>
    public bool InOffice(DateOnly date) => date >= From.Earliest && (To is null || date <= To.Value.Latest);
}
