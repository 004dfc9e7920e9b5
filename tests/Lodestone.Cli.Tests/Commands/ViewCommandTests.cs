using System.Text.Json;

namespace Lodestone.Cli.Tests.Commands;

public class ViewCommandTests
{
    [Fact]
    public async Task Mineral_ByElementSymbol_ResolvesToGallium()
    {
        var result = await CliRunner.RunAsync("mineral", "Ga", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Out);
        Assert.Equal("gallium", doc.RootElement.GetProperty("commodity").GetString());
        var refining = doc.RootElement.GetProperty("stages").EnumerateArray().First(s => s.GetProperty("stage").GetString() == "refining");
        // USGS MCS 2025 world total of primary gallium, 2024: 760,000 kg.
        Assert.Equal(760000, refining.GetProperty("world_total").GetDouble());
        Assert.True(doc.RootElement.GetProperty("export_controls").GetArrayLength() > 0);
    }

    [Fact]
    public async Task Mineral_Table_ShowsStagesReservesTradeAndSources()
    {
        var result = await CliRunner.RunAsync("mineral", "rare earths");

        Assert.Equal(0, result.ExitCode);
        foreach (var part in new[] { "mining:", "refining:", "Reserves", "U.S. net import reliance", "Export controls", "Agreements", "Projects", "Sources" })
        {
            Assert.Contains(part, result.Out, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Country_Kazakhstan_ListsItsOutputAgreementsAndGroups()
    {
        var result = await CliRunner.RunAsync("country", "KAZ", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Out);
        var root = doc.RootElement;
        Assert.True(root.GetProperty("landlocked").GetBoolean());
        Assert.Contains("C5", root.GetProperty("groups").EnumerateArray().Select(g => g.GetString()));
        // USGS MCS 2025: Kazakhstan titanium sponge 14,000 t in 2024.
        Assert.Contains(root.GetProperty("production").EnumerateArray(),
            p => p.GetProperty("commodity").GetString() == "titanium" && p.GetProperty("value").GetDouble() == 14000);
        Assert.True(root.GetProperty("agreements").GetArrayLength() > 0);
    }

    [Fact]
    public async Task Minerals_Json_ListsCommoditiesWithData()
    {
        var result = await CliRunner.RunAsync("minerals", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Out);
        var names = doc.RootElement.EnumerateArray().Select(m => m.GetProperty("name").GetString()).ToList();
        Assert.Contains("rare earths", names);
        Assert.Contains("tungsten", names);
        Assert.True(names.Count >= 20);
    }
}
