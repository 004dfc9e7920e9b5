using Lodestone.Domain.Model;

namespace Lodestone.Simulation.Scenarios;

/// <summary>Import shares a market declares instead of taking them from the dataset's USGS import-source table.</summary>
/// <remarks>
/// For a model of a past year (a backtest starts from the inputs known before its event, while the dataset holds the latest
/// USGS period). <see cref="Shares"/> are fractions of the importer's imports, each 0–1, summing to at most 1; an unlisted
/// remainder goes to other countries (<c>OTH</c>) as with the dataset's lists.
/// </remarks>
/// <param name="Shares">Origin and its share of imports, in file order.</param>
/// <param name="Source">A dataset id or a citation with a URL or DOI.</param>
/// <param name="Line">Line of the <c>imports:</c> mapping.</param>
public sealed record ImportsSpec(IReadOnlyList<(Iso3 Origin, double Share)> Shares, string Source, long Line);
