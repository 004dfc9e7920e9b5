using Lodestone.Domain.Model;

namespace Lodestone.Domain.Trade;

/// <summary>One row of an <see cref="ExportSeries"/> code, in current USD: <c>Importer</c> null when it is not a known
/// country.</summary>
internal readonly record struct ExportSeriesRow(int Year, Iso3 Exporter, Iso3? Importer, double ValueUsd);
