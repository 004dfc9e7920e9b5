using Lodestone.Simulation.Sensitivity;

namespace Lodestone.Simulation.Claims;

/// <summary>What drives a claim's answer: one-at-a-time swings of the share at the due month and of the shortfall under the ban.</summary>
/// <param name="ShareAtDue">Drivers of the effective share of the concern at the due month (outlook model, untraced origins free of the concern).</param>
/// <param name="ShortfallUnderBan">Drivers of the shortfall fraction at the due month in the model where the concern bans exports to the importer.</param>
public sealed record ClaimSensitivity(SensitivityReport ShareAtDue, SensitivityReport ShortfallUnderBan);
