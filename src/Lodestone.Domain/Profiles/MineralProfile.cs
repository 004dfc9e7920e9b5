using Lodestone.Domain.Brief;

namespace Lodestone.Domain.Profiles;

/// <summary>Everything the knowledge base holds on one commodity: stage shares, reserves, U.S. trade, controls, agreements, projects.</summary>
/// <remarks>Shares are fractions 0–1 of the world total of the same series and year (see <see cref="StageAnalysis"/>).</remarks>
public sealed record MineralProfile(
    string Commodity,
    string Kind,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Symbols,
    IReadOnlyList<string> Members,
    IReadOnlyList<string> HsCodes,
    bool OnUsList2025,
    bool OnEuList2023,
    IReadOnlyList<StageBreakdown> Stages,
    ReserveBreakdown? Reserves,
    IReadOnlyList<TradeYear> ImporterTrade,
    IReadOnlyList<ControlSummary> ExportControls,
    IReadOnlyList<AgreementSummary> Agreements,
    IReadOnlyList<ProjectSummary> Projects,
    IReadOnlyList<SourceRef> Sources);

/// <summary>All listed countries of one stage series in one year.</summary>
public sealed record StageBreakdown(string Stage, string Series, int Year, string Basis, string? Unit, double? WorldTotal, bool HhiIsLowerBound, double? Hhi, IReadOnlyList<CountryFigure> Countries, string? Note, IReadOnlyList<string> SourceIds);

/// <summary>A country's figure and share; <see cref="Value"/> is null when withheld or not published (see <see cref="Note"/>).</summary>
public sealed record CountryFigure(string Country, string Name, double? Value, double? Share, bool IsEstimate, bool IsLowerBound, string? Note);

/// <summary>Reserves by country.</summary>
public sealed record ReserveBreakdown(string Unit, int Year, double? WorldTotal, bool WorldIsLowerBound, IReadOnlyList<CountryFigure> Countries, IReadOnlyList<string> SourceIds);

/// <summary>The importer's net import reliance in a year and its import sources for the period published beside it.</summary>
public sealed record TradeYear(int Year, string Series, string Nir, string? NirNote, IReadOnlyList<ImportPartner> Sources, string SourceId);

/// <summary>One import source.</summary>
public sealed record ImportPartner(string Country, string Name, double Share, string Period, string? Category, string SourceId);

/// <summary>An agreement naming the commodity (or critical minerals in general).</summary>
public sealed record AgreementSummary(string Id, string Date, IReadOnlyList<string> Parties, string Type, string Summary, decimal? AmountUsd, string Status, string SourceId);

/// <summary>A supply project for the commodity.</summary>
public sealed record ProjectSummary(string Id, string Name, string Country, string? Operator, string Stage, double? CapacityMin, double? CapacityMax, string? Unit, string Status, string? ExpectedStart, string SourceId);
