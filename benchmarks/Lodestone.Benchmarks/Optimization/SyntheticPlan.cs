using Lodestone.Domain.Model;
using Lodestone.Optimization.Model;

namespace Lodestone.Benchmarks.Optimization;

/// <summary>A seeded synthetic planning instance of a given size (commodities × countries × quarters).</summary>
/// <remarks>
/// Not real data: sizes and magnitudes only, so the solver's speed can be measured on a problem as large as the
/// issue asks (30 × 40 × 12). Country 0 is the supplier of concern (cheapest, ample capacity); the others share
/// enough capacity that a 50 % cap holds once projects arrive; two projects per commodity start at random quarters;
/// a budget covers about half of all projects, so it couples the markets.
/// </remarks>
public static class SyntheticPlan
{
    public static PlanProblem Create(int seed, int commodities, int countries, int quarters, bool integer)
    {
        var random = new Random(seed);
        var start = new Quarter(2027, 1);
        var concern = Code(0);
        var markets = new List<PlanMarket>();
        double totalInvestment = 0;
        for (var c = 0; c < commodities; c++)
        {
            var demand = 1000 + (random.NextDouble() * 9000);
            var perQuarter = demand / 4;
            var origins = new List<SourceOrigin>();
            for (var k = 0; k < countries; k++)
            {
                var isConcern = k == 0;
                var baseline = isConcern ? perQuarter : perQuarter * 0.35 / (countries - 1) * (0.5 + random.NextDouble());
                var offtake = isConcern ? perQuarter : baseline * 0.3 * random.NextDouble();
                var price = isConcern ? 10 : 12 + (random.NextDouble() * 8);
                origins.Add(new SourceOrigin(Code(k), "C" + k, Enumerable.Repeat(baseline, quarters).ToArray(), Enumerable.Repeat(offtake, quarters).ToArray(),
                    price, 2, isConcern ? 1 : random.NextDouble() * 0.3, isConcern ? 1 : 0, []));
            }
            var projects = new List<ProjectOption>();
            for (var p = 0; p < 2; p++)
            {
                var investment = 1e4 * (5 + (random.NextDouble() * 45));
                totalInvestment += investment;
                projects.Add(new ProjectOption($"P{c}-{p}", $"Project {c}-{p}", Code(1 + random.Next(countries - 1)), perQuarter * 0.3,
                    start.AddQuarters(random.Next(quarters / 2)), 1 + random.Next(4), investment, 14 + (random.NextDouble() * 4), 0));
            }
            markets.Add(new PlanMarket("commodity " + c, Stage.Refining, "t", concern, Enumerable.Repeat(perQuarter, quarters).ToArray(),
                origins, projects, new StockpileOption(0, perQuarter * 0.1, 0.5), new RecyclingOption(perQuarter * 0.08, 18), 0.5,
                start.AddQuarters(quarters / 3), 10000, Code(countries - 1)));
        }
        return new PlanProblem(Code(countries - 1).Code, start, quarters, markets, totalInvestment / 2, 1, integer);
    }

    private static Iso3 Code(int index) => new(string.Concat((char)('A' + (index / 26)), (char)('A' + (index % 26)), 'X'));
}
