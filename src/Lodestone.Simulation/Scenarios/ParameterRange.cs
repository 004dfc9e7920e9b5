using System.Globalization;

namespace Lodestone.Simulation.Scenarios;

/// <summary>The values a scenario parameter may take given what it means: every draw must fall in [<see cref="Min"/>, <see cref="Max"/>].</summary>
/// <param name="Meaning">Why these bounds, in words ("a fraction of demand").</param>
internal sealed record ParameterRange(double Min, double Max, string Meaning)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Min:G6} to {Max:G6} ({Meaning})");
}
