namespace Lodestone.Optimization.Specs;

/// <summary>A plan parameter with where it comes from: a cited source or a stated assumption. Never a bare number.</summary>
/// <param name="Citation">The source (title, URL, date) or the reason for the assumption.</param>
/// <param name="IsAssumption">True when the value is an assumption rather than a sourced figure.</param>
/// <param name="Line">1-based line in the plan file, for error messages.</param>
public sealed record Sourced<T>(T Value, string Citation, bool IsAssumption, int Line)
{
    /// <summary>"source: …" or "assumption: …", as the report's parameter list shows it.</summary>
    public override string ToString() => (IsAssumption ? "assumption: " : "source: ") + Citation;
}
