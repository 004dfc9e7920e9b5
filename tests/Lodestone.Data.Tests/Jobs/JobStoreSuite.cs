using System.Collections.Concurrent;
using Lodestone.Data.Jobs;
using Lodestone.Data.Storage;
using Xunit.Abstractions;

namespace Lodestone.Data.Tests.Jobs;

/// <summary>The one job-queue suite: every backend passes every case. Subclasses only say where a fresh database is.</summary>
public abstract class JobStoreSuite(ITestOutputHelper output)
{
    private const string Kind = "simulation";
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);
    private static readonly JobLimits Roomy = new(Capacity: 100, KeyedReserve: 0, PerClientUnfinished: 100);

    protected ITestOutputHelper Output { get; } = output;

    /// <summary>A fresh, empty, unmigrated database; where this backend is not available here the test is skipped, saying why.</summary>
    protected abstract StoreTarget NewTarget();

    private async Task<(JobStore Store, ManualClock Clock, StoreTarget Target)> NewStoreAsync()
    {
        var target = NewTarget();
        var clock = new ManualClock(new DateTimeOffset(2026, 12, 3, 12, 0, 0, TimeSpan.Zero));
        return (await JobStores.OpenAsync(target, clock, CancellationToken.None), clock, target);
    }

    private static void SubmitAll(JobStore store, int count)
    {
        for (var i = 0; i < count; i++)
        {
            Assert.Equal(JobSubmitOutcome.Accepted, store.Submit($"job-{i:00}", Kind, "key", keyed: true, "{}", Roomy));
        }
    }

    [Fact]
    public async Task Claim_ThreeQueuedJobs_TakesThemOldestFirstThenNone()
    {
        // Given three jobs submitted in order
        var opened = await NewStoreAsync();
        var (store, _, _) = opened;
        SubmitAll(store, 3);

        // When one worker claims four times
        var claims = Enumerable.Range(0, 4).Select(_ => store.Claim(Kind, "w1", Lease)).ToList();

        // Then it gets them in submission order, running, each on its first attempt; the fourth claim finds nothing
        Assert.Equal(["job-00", "job-01", "job-02"], claims.Take(3).Select(c => c!.Id));
        Assert.All(claims.Take(3), c => Assert.Equal((JobStatus.Running, "w1", 1), (c!.Status, c.Worker, c.Attempts)));
        Assert.Null(claims[3]);
        Assert.Equal(0, store.QueueDepth(Kind));
    }

    [Fact]
    public async Task Recent_SucceededJob_IsListedWithoutItsResultWhichFindReads()
    {
        // Given a finished job with a result document
        var opened = await NewStoreAsync();
        var (store, _, _) = opened;
        SubmitAll(store, 1);
        store.Claim(Kind, "w1", Lease);
        Assert.True(store.Finish("job-00", "w1", "{\"report\":1}", null));

        // When / Then: the list has the job and its status but not the result (a list never shows it); the job itself has it
        var listed = Assert.Single(store.Recent(Kind));
        Assert.Equal(("job-00", JobStatus.Succeeded, (string?)null), (listed.Id, listed.Status, listed.Result));
        Assert.Equal("{\"report\":1}", store.Find("job-00")!.Result);
    }

    [Fact]
    public async Task Claim_FourWorkersAtOnce_EachOfTwentyJobsIsClaimedExactlyOnce()
    {
        // Given twenty queued jobs and four workers, each with its own connection, claiming as fast as they can
        var opened = await NewStoreAsync();
        var (store, _, _) = opened;
        SubmitAll(store, 20);
        var claimed = new ConcurrentBag<(string Worker, string Job)>();

        // When
        await Task.WhenAll(Enumerable.Range(1, 4).Select(w => Task.Run(() =>
        {
            while (store.Claim(Kind, "w" + w, Lease) is { } job)
            {
                claimed.Add(("w" + w, job.Id));
            }
        })));

        // Then every job went to exactly one worker, on its first attempt
        Assert.Equal(20, claimed.Count);
        Assert.Equal(Enumerable.Range(0, 20).Select(i => $"job-{i:00}"), claimed.Select(c => c.Job).Order(StringComparer.Ordinal));
        Assert.All(claimed, c => Assert.Equal(1, store.Find(c.Job)!.Attempts));
        Output.WriteLine("claims per worker: " + string.Join(", ", claimed.GroupBy(c => c.Worker).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}")));
    }

    [Fact]
    public async Task Claim_RunningJobWhoseLeaseExpired_GoesToTheNextWorkerAndTheFirstCannotFinishIt()
    {
        // Given a job claimed by w1, whose lease then runs out without a renewal (its server died)
        var opened = await NewStoreAsync();
        var (store, clock, _) = opened;
        SubmitAll(store, 1);
        Assert.NotNull(store.Claim(Kind, "w1", Lease));
        clock.Advance(Lease - TimeSpan.FromSeconds(1));
        Assert.Null(store.Claim(Kind, "w2", Lease)); // still w1's: one second of lease left
        clock.Advance(TimeSpan.FromSeconds(2));

        // When w2 looks for work
        var again = store.Claim(Kind, "w2", Lease);

        // Then w2 has it on the second attempt; w1 can neither renew nor finish it; w2 can
        Assert.Equal(("job-00", "w2", 2), (again!.Id, again.Worker, again.Attempts));
        Assert.False(store.Renew("job-00", "w1", 0.5, Lease));
        Assert.False(store.Finish("job-00", "w1", "{\"stale\":true}", null));
        Assert.True(store.Finish("job-00", "w2", "{\"runs\":10}", null));
        var done = store.Find("job-00")!;
        Assert.Equal((JobStatus.Succeeded, "{\"runs\":10}", 1.0), (done.Status, done.Result, done.Progress));
        Assert.Equal(clock.GetUtcNow(), done.FinishedAt);
    }

    [Fact]
    public async Task Renew_ByTheHolder_KeepsTheJobAndRecordsProgress()
    {
        // Given a claimed job whose worker renews before the lease runs out
        var opened = await NewStoreAsync();
        var (store, clock, _) = opened;
        SubmitAll(store, 1);
        store.Claim(Kind, "w1", Lease);
        clock.Advance(TimeSpan.FromSeconds(20));

        // When
        var renewed = store.Renew("job-00", "w1", 0.25, Lease);
        clock.Advance(TimeSpan.FromSeconds(20)); // 40 s after the claim: past the first lease, inside the renewed one

        // Then nobody else can take it, and its progress reads back
        Assert.True(renewed);
        Assert.Null(store.Claim(Kind, "w2", Lease));
        Assert.Equal(0.25, store.Find("job-00")!.Progress);
    }

    [Fact]
    public async Task Release_ByTheHolder_PutsTheJobBackFirstInTheQueue()
    {
        // Given two jobs, the first claimed by a server that is stopping
        var opened = await NewStoreAsync();
        var (store, _, _) = opened;
        SubmitAll(store, 2);
        store.Claim(Kind, "w1", Lease);

        // When it releases the job
        var released = store.Release("job-00", "w1");

        // Then the next claim takes that job again (second attempt), before the younger one
        Assert.True(released);
        Assert.Equal(2, store.QueueDepth(Kind));
        var next = store.Claim(Kind, "w2", Lease)!;
        Assert.Equal(("job-00", 2), (next.Id, next.Attempts));
    }

    [Fact]
    public async Task Submit_AnonymousLimits_PerClientThenSharedThenEvictionOfTheOldestFinished()
    {
        // Given limits of 4 jobs, 1 kept for keyed callers, 2 unfinished per anonymous client
        var opened = await NewStoreAsync();
        var (store, _, _) = opened;
        var limits = new JobLimits(Capacity: 4, KeyedReserve: 1, PerClientUnfinished: 2);
        JobSubmitOutcome Anonymous(string id, string client) => store.Submit(id, Kind, client, keyed: false, "{}", limits);

        // When / Then: a client stops at two unfinished jobs, anonymous callers together at three, keyed callers get the fourth
        Assert.Equal(JobSubmitOutcome.Accepted, Anonymous("a1", "ip:a"));
        Assert.Equal(JobSubmitOutcome.Accepted, Anonymous("a2", "ip:a"));
        Assert.Equal(JobSubmitOutcome.ClientLimit, Anonymous("a3", "ip:a"));
        Assert.Equal(JobSubmitOutcome.Accepted, Anonymous("b1", "ip:b"));
        Assert.Equal(JobSubmitOutcome.Full, Anonymous("b2", "ip:b"));
        Assert.Equal(JobSubmitOutcome.Accepted, store.Submit("k1", Kind, "key", keyed: true, "{}", limits));
        Assert.Equal(JobSubmitOutcome.Full, store.Submit("k2", Kind, "key", keyed: true, "{}", limits));

        // And once the oldest job has finished, a new one takes its place
        store.Claim(Kind, "w", Lease);
        store.Finish("a1", "w", null, "failed on purpose");
        Assert.Equal(JobSubmitOutcome.Accepted, store.Submit("k2", Kind, "key", keyed: true, "{}", limits));
        Assert.Null(store.Find("a1"));
        Assert.Equal(["k2", "k1", "b1", "a2"], store.Recent(Kind).Select(j => j.Id));
    }

    [Fact]
    public async Task Open_Twice_SecondStoreSeesTheFirstStoresJobs()
    {
        // Given a job submitted through one store (one server)
        var opened = await NewStoreAsync();
        var (store, clock, target) = opened;
        SubmitAll(store, 1);

        // When another store opens the same database (a second server, or the first one restarted)
        var other = await JobStores.OpenAsync(target, clock, CancellationToken.None);

        // Then it finds the job and can claim it
        Assert.Equal(JobStatus.Queued, other.Find("job-00")!.Status);
        Assert.Equal("job-00", other.Claim(Kind, "w2", Lease)!.Id);
    }
}
