using Lodestone.Cli.Infrastructure;
using Lodestone.Data;
using Lodestone.Data.Alerts;
using Lodestone.Data.Storage;
using Lodestone.Domain.KnowledgeBase;
using Lodestone.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using Spectre.Console;

namespace Lodestone.Cli.Tests.Commands.Data;

/// <summary><c>data import</c>'s brief alerts load the store once per import (after the commit, to compare), not also
/// before it: a store loaded whole costs memory in its size, so a second load before the import doubled that cost for
/// nothing when a baseline was already stored.</summary>
public sealed class ImportAlertLoadTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 4, 9, 0, 0, TimeSpan.Zero));
    private int _loads;

    [Fact]
    public async Task Import_StoreWithABaselineOfAnEarlierDay_LoadsTheStoreOnceAndMovesTheBaselineToToday()
    {
        // Given a seeded store whose first import stored the brief baseline yesterday (with no baseline yet, the brief
        // before the change needs the store: two loads)
        var db = _temp.File("store.db");
        Assert.Equal(0, await RunAsync("--db", db, "data", "import", Production(_temp.File("first"), 2151)));
        Assert.Equal(2, _loads);

        // When the next import runs a day later
        _loads = 0;
        _clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, await RunAsync("--db", db, "data", "import", Production(_temp.File("second"), 2152)));

        // Then the store was loaded once, after the commit (before: twice, once only to check a baseline existed), and
        // the comparison moved the baseline to today
        Assert.Equal(1, _loads);
        var store = await AlertStore.OpenAsync(StoreTarget.Resolve(db), _clock, CancellationToken.None);
        Assert.Equal(new DateOnly(2026, 12, 5), store.Baseline()!.AsOf);
    }

    private async Task<int> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var settings = new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.No };
        var console = AnsiConsole.Create(settings);
        var context = new CliContext
        {
            Console = console,
            Out = output,
            Error = new StringWriter(),
            Clock = _clock,
            OpenDataset = CountedOpen,
        };
        return await LodestoneApp.RunAsync(args, context);
    }

    private Task<Dataset> CountedOpen(string? db, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _loads);
        return KnowledgeBaseOpener.OpenAsync(db, cancellationToken);
    }

    /// <summary>A folder with a production file of one new row (lithium mined in Australia in
    /// <paramref name="year"/>).</summary>
    private static string Production(string folder, int year)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "usgs_mcs_production.csv"),
            "commodity,stage,country,iso3,year,value,unit,is_estimate,source,note\n"
            + $"lithium,mine,AUS,AUS,{year},1000,metric tons,false,USGS MCS 2025 Data Release,test row\n");
        return folder;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _temp.Dispose();
    }
}
