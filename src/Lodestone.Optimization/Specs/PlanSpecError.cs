namespace Lodestone.Optimization.Specs;

/// <summary>One problem in a plan file: where (file, line, field) and what was expected.</summary>
public sealed record PlanSpecError(string File, int Line, string Field, string Message)
{
    public override string ToString() => $"{File}:{Line}: {Field}: {Message}";
}
