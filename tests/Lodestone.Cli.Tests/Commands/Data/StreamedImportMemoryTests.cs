using System.Globalization;
using System.Text.Json;
using Lodestone.Cli.Tests.Crash;
using Lodestone.Data;
using Lodestone.Testing;
using Microsoft.Data.Sqlite;

namespace Lodestone.Cli.Tests.Commands.Data;

/// <summary> A fact file is streamed through <c>data validate</c> (the whole import, rolled back at the end): a real
/// CLI process whose GC heap is capped below the file's size checks and writes every row of it. Before the streaming
/// import, every row was held as a parsed row, then as a fact, then as a store row (3.6 GiB for 200 MB), so this
/// process ran out of memory. </summary>
public sealed class StreamedImportMemoryTests : IDisposable
{
    /// <summary>The GC heap cap of the CLI process (<c>DOTNET_GCHeapHardLimit</c>): 32 MiB. The streaming import of
    /// 2026-12-05 validated a 50 MB file under it; the code before ran out of memory on it (exit 134).</summary>
    private const long HeapLimit = 32L << 20;

    /// <summary>A note long enough that a few years of rows make a file larger than <see cref="HeapLimit"/> (fewer
    /// rows, a shorter test).</summary>
    private const string Source = "USGS MCS 2025 Data Release";

    private static readonly string Note = "generated test row: " + new string('x', 160);

    /// <summary>Years of generated rows: 2100 on, which no shipped row has, so every row is new to the seeded
    /// store.</summary>
    private const int FirstYear = 2100;

    private readonly TempDirectory _temp = new();

    [Fact]
    public async Task Validate_ProductionFileLargerThanTheHeapLimit_CompletesAndCountsEveryRow()
    {
        // Given a seeded store and a production file of new rows, larger than the CLI's heap cap
        var db = _temp.File("store.db");
        await KnowledgeBaseOpener.OpenStoreAsync(db, seedIfEmpty: true, CancellationToken.None);
        SqliteConnection.ClearAllPools();
        var folder = _temp.File("in");
        var rows = WriteProduction(folder, years: 4);
        var size = new FileInfo(Path.Combine(folder, "usgs_mcs_production.csv")).Length;
        Assert.True(size > HeapLimit, $"the file ({size} bytes) must be larger than the heap cap ({HeapLimit} bytes)");

        // When it is validated by a CLI process whose heap is capped
        var cap = "0x" + HeapLimit.ToString("x", CultureInfo.InvariantCulture);
        var outcome = await CliProcess.RunAsync(new Dictionary<string, string> { ["DOTNET_GCHeapHardLimit"] = cap },
            "--db", db, "data", "validate", folder, "--format", "json");

        // Then it completes and counts every row: 71 commodities × 2 stages × 249 countries per year
        Assert.True(outcome.ExitCode == 0, $"exit {outcome.ExitCode}: {outcome.Error}");
        using var json = JsonDocument.Parse(outcome.Out);
        Assert.Equal(71 * 2 * 249 * 4, rows);
        Assert.Equal(rows, json.RootElement.GetProperty("counts").GetProperty("production").GetInt32());
    }

    /// <summary>Writes a production file of every commodity × stage × country of the catalogues for
    /// <paramref name="years"/> years.</summary>
    /// <returns>The rows written.</returns>
    private static int WriteProduction(string folder, int years)
    {
        Directory.CreateDirectory(folder);
        var commodities = Column(Path.Combine(DefaultData.Directory, "reference", "commodities.csv"));
        var countries = Column(Path.Combine(DefaultData.Directory, "reference", "countries.csv"));
        using var writer = new StreamWriter(Path.Combine(folder, "usgs_mcs_production.csv"));
        writer.WriteLine("commodity,stage,country,iso3,year,value,unit,is_estimate,source,note");
        var rows = 0;
        for (var year = FirstYear; year < FirstYear + years; year++)
        {
            foreach (var commodity in commodities)
            {
                foreach (var stage in new[] { "mine", "refinery" })
                {
                    foreach (var iso3 in countries)
                    {
                        var value = rows % 9973 * 10;
                        writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                            $"{commodity},{stage},{iso3},{iso3},{year},{value},metric tons,false,{Source},{Note}"));
                        rows++;
                    }
                }
            }
        }
        return rows;
    }

    /// <summary>The first column of a reference catalogue (commodity names, ISO3 codes), header skipped.</summary>
    private static List<string> Column(string path) =>
        File.ReadLines(path).Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')[0]).ToList();

    public void Dispose() => _temp.Dispose();
}
