using Lodestone.Data.Alerts;
using Lodestone.Data.Storage;
using Lodestone.Data.Tests.Jobs;
using Lodestone.Domain.Brief;
using Lodestone.Domain.Model;
using Lodestone.Testing;
using Microsoft.Data.Sqlite;

namespace Lodestone.Data.Tests.Alerts;

public sealed class BriefAlertsTests : IDisposable
{
    private static readonly Iso3 Usa = new("USA"), Chn = new("CHN");
    private static readonly DateOnly Yesterday = new(2026, 12, 4), Today = new(2026, 12, 5);

    private readonly TempDirectory _temp = new();

    [Fact]
    public async Task Check_BaselineOfAnEarlierDay_ComputesBothDatesInOneCallAndMovesTheBaselineToToday()
    {
        // Given a baseline of yesterday's brief, and a brief computation that records the dates it is asked for
        var (store, alerts, calls) = await RecordingAlertsAsync(Yesterday);

        // When the unchanged data are compared today
        var raised = alerts.Check(DefaultData.Dataset, Today, "import:test", "no change");

        // Then one computation gives yesterday's figures (to compare: nothing changed, no alert) and today's (the next
        // baseline); before, each date was a pass of its own over every commodity
        Assert.Equal([[Yesterday, Today]], calls);
        Assert.Empty(raised);
        var baseline = store.Baseline()!;
        var request = new BriefRequest(Usa, Chn, null, Today);
        var expected = BriefFigures.Of(BriefCalculator.Compute(DefaultData.Dataset, request));
        // the first baseline is version 1 (as SharedTablesSuite's Record shows); this comparison wrote version 2
        Assert.Equal((Today, 2L), (baseline.AsOf, baseline.Version));
        Assert.Equal(expected, baseline.Figures);
    }

    [Fact]
    public async Task Check_BaselineOfToday_ComputesTodayOnce()
    {
        var (_, alerts, calls) = await RecordingAlertsAsync(Today);

        var raised = alerts.Check(DefaultData.Dataset, Today, "import:test", "no change");

        Assert.Equal([[Today]], calls);
        Assert.Empty(raised);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _temp.Dispose();
    }

    /// <summary>Alerts on a fresh store with a baseline of <paramref name="baselineDay"/>, whose brief computation
    /// records the dates it is asked for (the baseline's own call cleared).</summary>
    private async Task<(AlertStore Store, BriefAlerts Alerts, List<DateOnly[]> Calls)> RecordingAlertsAsync(
        DateOnly baselineDay)
    {
        var store = await AlertStore.OpenAsync(StoreTarget.Resolve(_temp.File("alerts.db")),
            new ManualClock(new DateTimeOffset(2026, 12, 5, 12, 0, 0, TimeSpan.Zero)), CancellationToken.None);
        var calls = new List<DateOnly[]>();
        var alerts = new BriefAlerts(store, Usa, Chn, (data, request, dates) =>
        {
            calls.Add([.. dates]);
            return BriefCalculator.ComputeAt(data, request, dates);
        });
        alerts.EnsureBaseline(DefaultData.Dataset, baselineDay);
        calls.Clear();
        return (store, alerts, calls);
    }
}
