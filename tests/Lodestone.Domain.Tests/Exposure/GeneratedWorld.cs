using System.Globalization;
using Lodestone.Domain.Facts;
using Lodestone.Domain.KnowledgeBase;
using Lodestone.Domain.Model;
using Lodestone.Domain.Trade;
using Lodestone.Testing;

namespace Lodestone.Domain.Tests.Exposure;

/// <summary>A random lithium world for <see cref="TracingPropertyTests"/>: refining shares of 1–5 of eight countries
/// (covering all of world output or leaving a gap), sometimes mining shares too, a world total or none, and 0–15
/// carbonate flows of 2024 between them with tonnes or without, under a plain or a bundle code.</summary>
internal sealed record GeneratedWorld(Dataset Data, bool MiningToo, string Description)
{
    public static readonly Iso3[] Pool =
        [.. new[] { "CHN", "JPN", "CHL", "KOR", "AUS", "ARG", "USA", "DEU" }.Select(c => new Iso3(c))];

    private static readonly HsCode Carbonate =
        new("283691", "HS17", "Lithium carbonate", "lithium", Stage.Refining, 0.1879, 0.1879, [], ["s"], null);

    public static GeneratedWorld Generate(int seed)
    {
        var random = new Random(seed);
        var miningToo = random.Next(2) == 0;
        var shares = Shares(random, Stage.Refining).Concat(miningToo ? Shares(random, Stage.Mining) : []).ToList();
        var flows = Enumerable.Range(0, random.Next(16)).Select(_ => Flow(random))
            .Where(f => f.Exporter != f.Importer).ToList();
        var code = random.Next(5) == 0 ? Carbonate with { BundleMembers = ["lithium", "sodium"] } : Carbonate;
        var d = DefaultData.Dataset;
        var source = new Source("s", "generated", null, null, null, null);
        var data = new Dataset(d.Commodities, d.Countries, [source], [], [], [], [], shares, [], [], [],
            tradeFlows: flows, hsCodes: [code]);
        string Tonnes(TradeFlow f) => f.Tonnes?.ToString(CultureInfo.InvariantCulture) ?? "?";
        string Row(StageShareFact s) => $"{s.Stage.Name()} {s.Country?.Code} {s.Share?.Value} of {s.WorldTotal}";
        var text = string.Join("; ", shares.Select(Row))
            + $"; {(code.IsBundle ? "bundle" : "plain")} flows: "
            + string.Join(", ", flows.Select(f => $"{f.Exporter.Code}>{f.Importer.Code} {Tonnes(f)} t"));
        return new GeneratedWorld(data, miningToo, text);
    }

    /// <summary>Shares of 1–5 producers, floored to 4 decimals so they never sum above the coverage (all, or 50–100
    /// %).</summary>
    private static IEnumerable<StageShareFact> Shares(Random random, Stage stage)
    {
        var producers = Pool.OrderBy(_ => random.Next()).Take(1 + random.Next(5)).ToList();
        var weights = producers.Select(_ => 0.01 + random.NextDouble()).ToList();
        var coverage = random.Next(2) == 0 ? 1 : 0.5 + (random.NextDouble() / 2);
        double? world = random.Next(3) == 0 ? null : 10 + random.Next(1000);
        Share ShareOf(int i) => new(Math.Floor(weights[i] / weights.Sum() * coverage * 1e4) / 1e4);
        return producers.Select((country, i) => new StageShareFact("lithium", stage, "lithium", 2024, "observed", false,
            false, null, country, null, ShareOf(i), "=", null, "kt", world, null, "s", null));
    }

    private static TradeFlow Flow(Random random)
    {
        var (from, to) = (Pool[random.Next(Pool.Length)], Pool[random.Next(Pool.Length)]);
        double? tonnes = random.Next(4) == 0 ? null : 1 + random.Next(1000);
        return new TradeFlow(2024, from, to, "283691", 1 + random.Next(10_000), tonnes, "s");
    }

    public override string ToString() => Description;
}
