namespace Lodestone.Cli.Commands.Plan;

/// <summary>The options of <c>lodestone plan</c> as given, from the command line or from a plan job's request.</summary>
/// <param name="PlanFile">A plan file path (the API resolves a shipped plan's name to its path first).</param>
/// <param name="ScenarioFile">The robustness scenario's shipped name or YAML path.</param>
/// <param name="Field">Names an option in an error: "--cap" on the command line, "cap" in the API.</param>
internal sealed record PlanArguments(
    string? Importer,
    string? Supplier,
    string? Commodity,
    string? Stage,
    double? Cap,
    string? By,
    double? Budget,
    bool PartnersOnly,
    string? Basis,
    bool EveryCountry,
    string? Content,
    int? Quarters,
    string? PlanFile,
    int? RobustnessRuns,
    int? RobustnessSeed,
    string? ScenarioFile,
    Func<string, string> Field);
