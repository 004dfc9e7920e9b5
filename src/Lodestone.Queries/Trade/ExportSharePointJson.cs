namespace Lodestone.Queries.Trade;

/// <summary>One year of the supplier's share of recorded world exports of a code (BACI top-partner series).</summary>
/// <param name="SupplierUsd">The supplier's recorded exports, current USD.</param>
/// <param name="RecordedUsd">Every exporter's recorded exports: only the top 6 partners per side are kept, so this is not all world trade.</param>
/// <param name="Share">SupplierUsd ÷ RecordedUsd, 0–1; null when nothing is recorded.</param>
public sealed record ExportSharePointJson(int Year, double SupplierUsd, double RecordedUsd, double? Share);
