using System.Text.Json;
using Lodestone.Simulation.MonteCarlo;

namespace Lodestone.Simulation.Tests.MonteCarlo;

public class MonteCarloMergeTests
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    private static string JsonOf(MonteCarloResult result) => JsonSerializer.Serialize(SimulationReport.From(result), Json);

    [Fact]
    public void Add_SingleBlockRangesInReverseOrderThroughBytes_SameJsonAsRun()
    {
        // Given the ban scenario (every parameter a distribution) over 12 months, 1,000 runs: blocks of 256, so 4 blocks, the last of 232
        var model = ScenarioFixture.Compile("china-2024-12-us-ban-ga-ge-sb", horizon: 12);
        var options = new MonteCarloOptions(1000, 42);
        Assert.Equal(4, MonteCarloRunner.BlockCount(options));

        // When each block is run alone on one thread, encoded, decoded and merged last block first
        var merge = new MonteCarloMerge(model, options);
        foreach (var block in new[] { 3, 2, 1, 0 })
        {
            var bytes = MonteCarloRunner.RunBlocks(model, options with { MaxThreads = 1 }, block, 1).ToBytes();
            merge.Add(MonteCarloPartial.FromBytes(model, bytes));
        }

        // Then the report is the one-process runner's, byte for byte
        Assert.Equal(JsonOf(MonteCarloRunner.Run(model, options)), JsonOf(merge.Result()));
    }

    [Fact]
    public void Add_UnevenRangesOutOfOrder_SameJsonAsRun()
    {
        // Given 2,000 runs in blocks of 32 (63 blocks) split into ranges of 10, 1, 30 and 22 blocks, merged in a scrambled order
        var model = ScenarioFixture.Compile("china-2024-12-us-ban-ga-ge-sb", horizon: 6);
        var options = new MonteCarloOptions(2000, 7, BlockSize: 32);
        var ranges = new[] { (10, 1), (41, 22), (0, 10), (11, 30) };

        // When
        var merge = new MonteCarloMerge(model, options);
        foreach (var (first, count) in ranges)
        {
            Assert.False(merge.IsComplete);
            merge.Add(MonteCarloRunner.RunBlocks(model, options, first, count));
        }

        // Then
        Assert.Equal(JsonOf(MonteCarloRunner.Run(model, options with { MaxThreads = 1 })), JsonOf(merge.Result()));
    }

    [Fact]
    public void Result_BlockMissing_Throws()
    {
        // Given 2 of 3 blocks (600 runs in blocks of 256)
        var model = ScenarioFixture.Compile("china-2024-12-us-ban-ga-ge-sb", horizon: 3);
        var options = new MonteCarloOptions(600, 1);
        var merge = new MonteCarloMerge(model, options);
        merge.Add(MonteCarloRunner.RunBlocks(model, options, 0, 1));
        merge.Add(MonteCarloRunner.RunBlocks(model, options, 2, 1));

        // When / Then: no result, and a block added twice is refused
        Assert.Throws<InvalidOperationException>(merge.Result);
        Assert.Throws<InvalidOperationException>(() => merge.Add(MonteCarloRunner.RunBlocks(model, options, 2, 1)));
    }

    [Fact]
    public void FromBytes_OtherModel_FormatException()
    {
        // Given a range of a 3-month model read for a 6-month one (different row length and histogram count)
        var shorter = ScenarioFixture.Compile("china-2024-12-us-ban-ga-ge-sb", horizon: 3);
        var longer = ScenarioFixture.Compile("china-2024-12-us-ban-ga-ge-sb", horizon: 6);
        var bytes = MonteCarloRunner.RunBlocks(shorter, new MonteCarloOptions(100, 1), 0, 1).ToBytes();

        // When / Then: refused, and so are truncated bytes
        Assert.Throws<FormatException>(() => MonteCarloPartial.FromBytes(longer, bytes));
        Assert.Throws<FormatException>(() => MonteCarloPartial.FromBytes(shorter, bytes.AsSpan(0, bytes.Length - 1)));
    }
}
