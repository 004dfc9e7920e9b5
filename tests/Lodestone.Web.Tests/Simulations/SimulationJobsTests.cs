using Lodestone.Simulation.Engine;
using Lodestone.Simulation.Scenarios;
using Lodestone.Testing;
using Lodestone.Web.Simulations;
using Lodestone.Web.Tests.Infrastructure;

namespace Lodestone.Web.Tests.Simulations;

public sealed class SimulationJobsTests
{
    private static readonly SimulationModel Model = Compile();

    [Fact]
    public void TrySubmit_ListFullOfUnfinishedJobs_Refuses()
    {
        // Given: as many queued jobs as the list keeps (no worker runs them here)
        var jobs = new SimulationJobs(TimeProvider.System);
        for (var i = 0; i < SimulationJobs.Capacity; i++)
        {
            Assert.NotNull(jobs.TrySubmit(Model, 10, 1, uploaded: false));
        }

        // When
        var refused = jobs.TrySubmit(Model, 10, 1, uploaded: false);

        // Then
        Assert.Null(refused);
        Assert.Equal(SimulationJobs.Capacity, jobs.Recent().Count);
    }

    [Fact]
    public void TrySubmit_ListFull_EvictsTheOldestFinishedJob()
    {
        // Given: a full list in which the second and third jobs have finished
        var jobs = new SimulationJobs(TimeProvider.System);
        var submitted = Enumerable.Range(0, SimulationJobs.Capacity).Select(_ => jobs.TrySubmit(Model, 10, 1, uploaded: false)!).ToList();
        submitted[1].Fail("test", DateTimeOffset.UnixEpoch);
        submitted[2].Fail("test", DateTimeOffset.UnixEpoch);

        // When
        var added = jobs.TrySubmit(Model, 10, 1, uploaded: false);

        // Then: the oldest finished job made way; the unfinished first job and the younger finished one stay
        Assert.NotNull(added);
        Assert.Null(jobs.Find(submitted[1].Id));
        Assert.NotNull(jobs.Find(submitted[0].Id));
        Assert.NotNull(jobs.Find(submitted[2].Id));
        Assert.Equal(added, jobs.Recent()[0]);
    }

    [Fact]
    public void TrySubmit_Ids_AreUniqueAndNotSequential()
    {
        // Given
        var jobs = new SimulationJobs(TimeProvider.System);

        // When
        var ids = Enumerable.Range(0, 10).Select(_ => jobs.TrySubmit(Model, 10, 1, uploaded: false)!.Id).ToList();

        // Then: 16 hex digits each, all different
        Assert.All(ids, id => Assert.Matches("^[0-9a-f]{16}$", id));
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    private static SimulationModel Compile()
    {
        var library = new ScenarioLibrary(RepoPaths.Combine("scenarios"), RepoPaths.Combine("data"));
        return ScenarioCompiler.Compile(library.ReadShipped("baseline"), DefaultData.Dataset, library.Compile(DefaultData.Dataset, 6));
    }
}
