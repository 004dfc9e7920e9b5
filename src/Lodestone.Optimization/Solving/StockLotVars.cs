using Google.OrTools.LinearSolver;
using Lodestone.Domain.Model;

namespace Lodestone.Optimization.Solving;

/// <summary>Handles on one stock lot's variables: build (none for the opening lot), release and end-of-quarter level per quarter.</summary>
/// <remarks>A lot pools sources of one concern content (and, under the every-country cap, one country): they are
/// interchangeable in every row, so one pool stands for their separate lots and keeps the model small.
/// <see cref="ResultExtractor"/> splits it back into one lot per source for the report and the replay.</remarks>
/// <param name="members">The origins and projects whose deliveries the lot holds; empty for the opening lot.</param>
/// <param name="country">The members' country when the lot is per country (every-country cap), else null.</param>
internal sealed class StockLotVars(string key, bool isOpening, IReadOnlyList<(StockLotKind Kind, int Index)> members, Iso3? country, double content, bool counts, int quarters)
{
    public string Key { get; } = key;
    public bool IsOpening { get; } = isOpening;
    public IReadOnlyList<(StockLotKind Kind, int Index)> Members { get; } = members;
    public Iso3? Country { get; } = country;
    public double Content { get; } = content;
    public bool Counts { get; } = counts;
    public Variable?[] Build { get; } = new Variable?[quarters];
    public Variable[] Release { get; } = new Variable[quarters];
    public Variable[] Level { get; } = new Variable[quarters];
}
