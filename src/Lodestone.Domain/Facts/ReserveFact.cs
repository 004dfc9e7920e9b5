using Lodestone.Domain.Model;

namespace Lodestone.Domain.Facts;

/// <summary>Reserves of one country (or WLD/OTH) as published.</summary>
/// <param name="Year">Year the reserve estimate refers to (MCS 2025: 2024).</param>
/// <param name="Value">Quantity in <paramref name="Unit"/>; null when none was printed. With <paramref name="IsLowerBound"/> it is a lower bound.</param>
/// <param name="Series">The commodity as the source names it when that differs from the canonical name
/// ("titanium mineral concentrates (ilmenite)" vs "(rutile)", both titanium); null when it is the canonical name.
/// Two reserve rows of one commodity and country differ only by it, so shares are computed within one series.</param>
public sealed record ReserveFact(
    string Commodity,
    Iso3 Country,
    int Year,
    double? Value,
    string Unit,
    bool IsLowerBound,
    string? Note,
    string SourceId,
    string? Series = null);
