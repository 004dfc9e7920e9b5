using Lodestone.Domain.Model;

namespace Lodestone.Queries.Minerals;

/// <summary>A checked commodity-list question.</summary>
/// <param name="Query">Part of the name to match (case-insensitive), or null.</param>
/// <param name="Stage">Only commodities with a leading supplier at this stage, or null.</param>
/// <param name="Leader">Only commodities this country leads (at <paramref name="Stage"/> when given), as ISO3, or null.</param>
/// <param name="Year">The data year the leaders are read for (default the newest complete one).</param>
/// <param name="All">Also list commodities without data (individual elements of a group, for instance).</param>
/// <param name="Paging">The page asked for; by default every commodity fits on the first.</param>
public sealed record MineralListRequest(string? Query, Stage? Stage, string? Leader, int? Year, bool All, Paging Paging);
