namespace Lodestone.Simulation.Sensitivity;

/// <summary>A one-at-a-time (tornado) sensitivity analysis of one metric at one month, per market.</summary>
/// <param name="Method">The method in words.</param>
/// <param name="Reference">Where the method is described.</param>
/// <param name="Metric">The headline metric ("effective_concern_share", "shortfall", …).</param>
/// <param name="Month">1-based simulated month of the headline figure.</param>
/// <param name="Date">Its calendar month ("2027-05").</param>
/// <param name="Parameters">How many parameters were swung (those whose P10 differs from their P90).</param>
public sealed record SensitivityReport(
    string Method,
    string Reference,
    string Metric,
    int Month,
    string Date,
    int Parameters,
    IReadOnlyList<MarketSensitivity> Markets);
