using Lodestone.Web.Simulations;
using Lodestone.Web.Tests.Infrastructure;

namespace Lodestone.Web.Tests.Simulations;

public sealed class SimulationJobsTests
{
    [Fact]
    public void TrySubmit_ListFullOfUnfinishedJobs_Refuses()
    {
        // Given: as many queued jobs as the store keeps (no worker runs them here)
        using var queue = new JobQueue();
        for (var i = 0; i < SimulationJobs.Capacity; i++)
        {
            Assert.NotNull(queue.Jobs.TrySubmit(JobQueue.Plan));
        }

        // When
        var refused = queue.Jobs.TrySubmit(JobQueue.Plan);

        // Then
        Assert.Null(refused);
        Assert.Equal(SimulationJobs.Capacity, queue.Jobs.Recent().Count);
    }

    [Fact]
    public void TrySubmit_ListFull_EvictsTheOldestFinishedJob()
    {
        // Given: a full store in which the second and third jobs have finished and the first is still running
        using var queue = new JobQueue();
        var submitted = Enumerable.Range(0, SimulationJobs.Capacity).Select(_ => queue.Jobs.TrySubmit(JobQueue.Plan)!).ToList();
        var claimed = Enumerable.Range(0, 3).Select(_ => queue.Store.Claim(SimulationJobs.Kind, "w", TimeSpan.FromMinutes(1))!.Id).ToList();
        Assert.Equal(submitted.Take(3).Select(j => j.Id), claimed);
        Assert.True(queue.Store.Finish(claimed[1], "w", null, "test"));
        Assert.True(queue.Store.Finish(claimed[2], "w", null, "test"));

        // When
        var added = queue.Jobs.TrySubmit(JobQueue.Plan);

        // Then: the oldest finished job made way; the unfinished first job and the younger finished one stay
        Assert.NotNull(added);
        Assert.Null(queue.Jobs.Find(submitted[1].Id));
        Assert.NotNull(queue.Jobs.Find(submitted[0].Id));
        Assert.NotNull(queue.Jobs.Find(submitted[2].Id));
        Assert.Equal(added.Id, queue.Jobs.Recent()[0].Id);
    }

    [Fact]
    public void TrySubmit_Ids_AreUniqueAndNotSequential()
    {
        // Given
        using var queue = new JobQueue();

        // When
        var ids = Enumerable.Range(0, 10).Select(_ => queue.Jobs.TrySubmit(JobQueue.Plan)!.Id).ToList();

        // Then: 16 hex digits each, all different
        Assert.All(ids, id => Assert.Matches("^[0-9a-f]{16}$", id));
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void Find_AfterSubmit_ShowsTheRequestAsQueued()
    {
        // Given
        using var queue = new JobQueue();

        // When
        var job = queue.Jobs.TrySubmit(JobQueue.Plan)!;
        var found = queue.Jobs.Find(job.Id)!;

        // Then: what the plan asked for (ten runs of the baseline over six months, seed 1), stored and read back
        Assert.Equal(SimulationJobStatus.Queued, found.Status);
        Assert.Equal((10, 1UL, 6, false), (found.Runs, found.Seed, found.Horizon, found.Uploaded));
        Assert.Equal(JobQueue.Plan.Model.Scenario, found.Scenario);
        Assert.Equal(0, found.Progress);
        Assert.Null(found.Result);
    }
}
