namespace Lodestone.Simulation.Sweeps;

/// <summary>One entry of a sweep file's <c>plans:</c>: a shipped plan's name or a plan YAML path, and the options of
/// <c>lodestone plan</c> it is solved with, each with the line it is written on (for file:line:field errors).</summary>
/// <param name="Index">Position in <c>plans:</c>.</param>
/// <param name="Plan">The plan's shipped name or path, as written.</param>
/// <param name="Line">Line of the entry in the sweep file.</param>
/// <param name="Options">Option name (as in the file: <c>cap</c>, <c>content</c>, …) → its text and line.</param>
public sealed record SweepPlanEntry(
    int Index, string Plan, long Line, IReadOnlyDictionary<string, SweepPlanOption> Options)
{
    /// <summary>The options an entry may give: those of <c>lodestone plan</c> that shape the plan (not the robustness
    /// ones: a sweep's
    /// scenarios, runs and seeds are those).</summary>
    public static readonly IReadOnlyList<string> OptionNames =
    [
        "importer", "supplier", "commodity", "stage", "cap", "by", "budget", "partners_only", "basis", "every_country",
        "content", "quarters",
    ];

    /// <summary>"plans[i]" or "plans[i].option", the field an error names.</summary>
    public string Field(string? option = null) => option is null ? $"plans[{Index}]" : $"plans[{Index}].{option}";

    /// <summary>Line of <paramref name="option"/> when given, else the entry's.</summary>
    public long LineOf(string option) => Options.TryGetValue(option, out var o) ? o.Line : Line;
}
