namespace Lodestone.Domain.Model;

/// <summary>The documented pairing of the U.S. net import reliance series and the import-source category shown beside it
/// (one row of <c>data/reference/import_series.csv</c>), so the two figures always describe the same material.</summary>
/// <param name="Commodity">Canonical commodity name.</param>
/// <param name="NirSeries">The NIR series (as the salient mapping names it: "titanium sponge", "silicon").</param>
/// <param name="ImportCategory">The import-source category as loaded ("titanium sponge: Sponge metal", "Total"); null when the
/// source gives one list without categories.</param>
/// <param name="Reason">Why this pair.</param>
public sealed record ImportSeriesRule(string Commodity, string NirSeries, string? ImportCategory, string Reason);
