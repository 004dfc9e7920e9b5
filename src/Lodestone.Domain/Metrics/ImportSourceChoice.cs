using Lodestone.Domain.Facts;

namespace Lodestone.Domain.Metrics;

/// <summary>The one import-source list that answers "where does the importer's supply of this commodity come from".</summary>
/// <param name="Period">The period of the list ("2021-24").</param>
/// <param name="Category">The category as loaded ("Refined copper", "titanium sponge: Sponge metal").</param>
/// <param name="Sources">The partner shares of the list; empty when <paramref name="MissingReason"/> says why none answers.</param>
/// <param name="MissingReason">Why no list answers (magnesium: two partial lists and no total); null when one does.</param>
public sealed record ImportSourceChoice(string Period, string? Category, IReadOnlyList<ImportSourceFact> Sources, string? MissingReason);
