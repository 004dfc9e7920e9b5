using Lodestone.Domain.Brief;

namespace Lodestone.Domain.Profiles;

/// <summary>What a country produces and holds, its export controls and agreements.</summary>
public sealed record CountryProfile(
    string Iso3,
    string Name,
    string IsoName,
    IReadOnlyList<string> Groups,
    bool Landlocked,
    IReadOnlyList<CountryOutput> Production,
    IReadOnlyList<CountryReserve> Reserves,
    IReadOnlyList<ControlSummary> ExportControls,
    IReadOnlyList<AgreementSummary> Agreements,
    IReadOnlyList<ProjectSummary> Projects,
    IReadOnlyList<SourceRef> Sources);

/// <summary>The country's output of one commodity series and its share of world output.</summary>
public sealed record CountryOutput(string Commodity, string Stage, string Series, int Year, double? Value, string? Unit, double? Share, string? Note, string Basis, IReadOnlyList<string> SourceIds);

/// <summary>The country's reserves of one commodity and their share of world reserves.</summary>
public sealed record CountryReserve(string Commodity, double? Value, string Unit, double? Share, bool IsLowerBound, string? Note, string SourceId);
