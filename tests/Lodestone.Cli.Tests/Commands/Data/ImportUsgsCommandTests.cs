using System.Text.Json;
using Lodestone.Cli.Infrastructure;
using Lodestone.Testing;
using Spectre.Console;

namespace Lodestone.Cli.Tests.Commands.Data;

public class ImportUsgsCommandTests
{
    private static (CliContext Context, StringWriter Out, StringWriter Error) NewContext()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), ColorSystem = ColorSystemSupport.NoColors });
        console.Profile.Width = 100;
        var context = new CliContext
        {
            Console = console,
            Out = output,
            Error = error,
            Clock = TimeProvider.System,
            OpenDataset = (_, _) => Task.FromResult(DefaultData.Dataset),
        };
        return (context, output, error);
    }

    [Fact]
    public async Task Run_ShippedReleaseAsJson_ReportsCountsPerTableAndCommodity()
    {
        // Given the shipped release folder
        var (context, output, _) = NewContext();

        // When it is imported as a dry run with JSON output
        var exit = await LodestoneApp.RunAsync(["data", "import-usgs", Path.Combine(DefaultData.Directory, "usgs"), "--dry-run", "--format", "json"], context);

        // Then it succeeds with 34 files (data/usgs/README.md); rare earths has 2 NIR columns (compounds-metals,
        // concentrates) × 5 years (2020–2024) = 10 NIR facts
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output.ToString());
        var root = json.RootElement;
        Assert.Equal("MCS2025", root.GetProperty("edition").GetString());
        Assert.True(root.GetProperty("dry_run").GetBoolean());
        Assert.Equal(34, root.GetProperty("files").GetArrayLength());
        var rareEarths = root.GetProperty("commodities").EnumerateArray().Single(c => c.GetProperty("commodity").GetString() == "rare earths");
        Assert.Equal(10, rareEarths.GetProperty("net_import_reliance").GetInt32());
        // 18 rare-earth rows in the world file × 2 production years = 36 production facts
        Assert.Equal(36, rareEarths.GetProperty("production").GetInt32());
    }

    [Fact]
    public async Task Run_MissingDirectory_ExitsWithBadArgumentsAndOneLine()
    {
        var (context, _, error) = NewContext();

        var exit = await LodestoneApp.RunAsync(["data", "import-usgs", "/no/such/release"], context);

        Assert.Equal(2, exit);
        Assert.StartsWith("error: no such directory", error.ToString(), StringComparison.Ordinal);
        Assert.Single(error.ToString().TrimEnd().Split('\n'));
    }

    [Fact]
    public async Task Run_BrokenRelease_ExitsInvalidDataWithFileLineField()
    {
        // Given a release folder whose world file has a W in a figure column (line 2)
        var dir = Directory.CreateTempSubdirectory("lodestone-usgs-");
        try
        {
            await File.WriteAllTextAsync(Path.Combine(dir.FullName, "MCS2025_World_Data.csv"),
                "SOURCE,COMMODITY,COUNTRY,TYPE,UNIT_MEAS,PROD_2023,PROD_EST_ 2024,PROD_NOTES,CAP_2023,CAP_EST_ 2024,CAP_NOTES,RESERVES_2024,RESERVE_NOTES\r\n" +
                "MCS2025,Tin,Peru,\"Mine production, tin content\",metric tons,W,1,,,,,,\r\n");
            var (context, _, error) = NewContext();

            var exit = await LodestoneApp.RunAsync(["data", "import-usgs", dir.FullName], context);

            Assert.Equal(3, exit);
            Assert.StartsWith("error: MCS2025_World_Data.csv:2:PROD_2023: expected", error.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Run_Help_DescribesTheCommand()
    {
        var (context, _, _) = NewContext();

        var exit = await LodestoneApp.RunAsync(["data", "import-usgs", "--help"], context);

        Assert.Equal(0, exit);
    }

    [Fact]
    public async Task Run_WithoutDryRun_WritesTheReleaseIntoTheStoreAndKeepsOtherFacts()
    {
        // Given a seeded store in a temp directory
        using var temp = new TempDirectory();
        var db = temp.File("kb.db");
        var (context, _, error) = NewContext();

        // When the shipped release is imported into it
        var exit = await LodestoneApp.RunAsync(["--db", db, "data", "import-usgs", Path.Combine(DefaultData.Directory, "usgs")], context);

        // Then the store holds the release's figures and still holds the policy facts it was seeded with
        Assert.Equal(0, exit);
        Assert.Equal("", error.ToString());
        var store = await Lodestone.Data.KnowledgeBaseOpener.OpenStoreAsync(db, false, CancellationToken.None);
        var data = await store.LoadAsync();
        // USGS MCS 2025: China rare-earth mine production 270,000 t REO in 2024.
        Assert.Equal(270000, data.Production.Single(p => p.Commodity == "rare earths" && p.Country.Code == "CHN" && p.Year == 2024
            && p.Stage == Lodestone.Domain.Model.Stage.Mining && p.Kind == Lodestone.Domain.Facts.OutputKind.Production).Value);
        Assert.Equal(DefaultData.Dataset.ExportControls.Count, data.ExportControls.Count);
        Assert.Equal(DefaultData.Dataset.Production.Count, data.Production.Count); // same release: every row replaced, none added
    }
}
