namespace Lodestone.Simulation.Engine;

/// <summary>A compiled export restriction on one market.</summary>
/// <param name="Id">Scenario event id.</param>
/// <param name="Imposing">ISO3 code of the restricting country.</param>
/// <param name="OriginIndex">Index of the imposing country among the market's origins, or −1 when it does not supply the importer.</param>
/// <param name="TargetsImporter">True when exports to the importer are restricted.</param>
/// <param name="TargetsAll">True when every destination is restricted (the rest of the world then competes for spare capacity).</param>
/// <param name="Active">Per simulated month (0-based): whether the measure applies (in force and not suspended).</param>
/// <param name="Severity">Parameter index: fraction of covered flows the measure stops when no licence is granted (0–1).</param>
/// <param name="ApprovalRate">Parameter index: fraction of covered flows licensed anyway (0–1; 0 for an outright ban).</param>
/// <param name="WorldShare">Parameter index: the imposing country's share of world supply at the stage (0–1).</param>
public sealed record EventModel(
    string Id,
    string Imposing,
    int OriginIndex,
    bool TargetsImporter,
    bool TargetsAll,
    IReadOnlyList<bool> Active,
    int Severity,
    int ApprovalRate,
    int WorldShare);
