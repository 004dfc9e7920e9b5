namespace Lodestone.Optimization.Specs;

/// <summary>One problem in a plan file: where (file, line, field) and what was expected.</summary>
public sealed record PlanSpecError(string File, int Line, string Field, string Message)
{
    /// <summary><c>file:line: field: message</c>, the form every error reports.</summary>
    public override string ToString() => $"{File}:{Line}: {Field}: {Message}";
}
