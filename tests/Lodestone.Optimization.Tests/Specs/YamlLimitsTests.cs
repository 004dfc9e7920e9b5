using Lodestone.Optimization.Specs;
using Lodestone.Testing;
using Lodestone.Yaml;
using YamlDotNet.Core;

namespace Lodestone.Optimization.Tests.Specs;

public sealed class YamlLimitsTests
{
    [Fact]
    public void Read_PlanNested32000Deep_FailsWithLineInsteadOfOverflowingTheStack()
    {
        var yaml = "name: p\nprojects: " + new string('[', 32_000) + "\n";

        var error = Assert.Throws<PlanSpecException>(() => PlanSpecReader.Read(yaml, "deep.yaml"));

        var issue = Assert.Single(error.Errors);
        Assert.Equal(2, issue.Line);
        Assert.Contains("nested deeper than 64 levels", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NodesAtTheLimit_LoadsAndOneMoreIsRefused()
    {
        // Given a flow sequence of n scalars: n + 1 nodes with the sequence itself
        static string Sequence(int scalars) => "[" + string.Join(",", Enumerable.Repeat("1", scalars)) + "]";

        // When / Then
        Assert.Single(YamlLimits.Load(Sequence(YamlLimits.MaxNodes - 1)).Documents);
        Assert.Throws<YamlException>(() => YamlLimits.Load(Sequence(YamlLimits.MaxNodes)));
    }

    [Fact]
    public void ReadFile_EndlessDevice_StopsAtTheSizeLimit()
    {
        // Given a source that never ends and reports no size (the check must count what it reads)
        if (!File.Exists("/dev/zero"))
        {
            return;
        }

        var error = Assert.Throws<YamlException>(() => YamlLimits.ReadFile("/dev/zero"));

        Assert.Contains("larger than 1 MiB", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ValueWithNoKeyUnderAnEmptyKey_IsAPlanSpecErrorWithItsLine()
    {
        // Found by scripts/fuzz plan: YamlDotNet's event parser accepts this, its node loader threw ArgumentException.
        var yaml = "name: p\nstockpile:\n  max:\n    : \"storage\"\n";

        var error = Assert.Throws<PlanSpecException>(() => PlanSpecReader.Read(yaml, "plan.yaml"));

        var issue = Assert.Single(error.Errors);
        Assert.Equal(("plan.yaml", 4), (issue.File, issue.Line));
        Assert.Contains("malformed YAML at line 4", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFile_ShippedPlan_ReadsWholly()
    {
        var path = Directory.GetFiles(Path.Combine(DefaultData.Directory, "..", "plans"), "*.yaml").First();

        Assert.Equal(File.ReadAllText(path).TrimStart('\uFEFF'), YamlLimits.ReadFile(path));
    }
}
