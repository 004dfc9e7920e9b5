using Lodestone.Domain.Model;
using Lodestone.Optimization.Model;

namespace Lodestone.Optimization.Tests;

/// <summary>Small hand-built instances whose optima are worked out by hand in the tests.</summary>
internal static class Problems
{
    public static readonly Iso3 Usa = new("USA");
    public static readonly Iso3 Chn = new("CHN");
    public static readonly Iso3 Aus = new("AUS");
    public static readonly Quarter Q1 = new(2027, 1);

    public static SourceOrigin Origin(Iso3 code, double capacity, double price, int quarters, Iso3? concern = null) =>
        new(code, code.Code, Enumerable.Repeat(capacity, quarters).ToArray(), new double[quarters], price, 0, 0,
            code == (concern ?? Chn) ? 1 : 0, []);

    public static PlanMarket Market(double demand, int quarters, IReadOnlyList<SourceOrigin> origins, IReadOnlyList<ProjectOption>? projects = null, double? cap = null, Quarter? from = null) =>
        new("rare earths", Stage.Refining, "t", Chn, Enumerable.Repeat(demand, quarters).ToArray(), origins, projects ?? [], null, null, cap, from ?? Q1, null, Usa);

    public static PlanProblem Problem(PlanMarket market, int quarters, double? budget = null, bool integer = true) =>
        new("USA", Q1, quarters, [market], budget, 0, integer);
}
