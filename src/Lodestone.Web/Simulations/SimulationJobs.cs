using System.Security.Cryptography;
using System.Threading.Channels;
using Lodestone.Simulation.Engine;

namespace Lodestone.Web.Simulations;

/// <summary>The simulation queue and the bounded list of recent jobs.</summary>
/// <remarks>
/// At most <see cref="Capacity"/> jobs are kept. Submitting a job when the list is full evicts the oldest finished job;
/// when every kept job is still queued or running the submission is refused (the caller answers 503), so the queue,
/// which never holds more than the list, cannot grow without bound. Job ids are 16 random hex digits: not guessable,
/// so one client cannot enumerate another's uploaded scenarios.
/// <para>Anonymous clients could keep every slot busy (keyed uploads got 503 in 28 of 30 tries): now
/// <see cref="KeyedReserve"/> slots are kept for callers with the API key, and one anonymous client (by address) may hold
/// at most <see cref="PerClientUnfinished"/> unfinished jobs.</para>
/// </remarks>
public sealed class SimulationJobs(TimeProvider clock)
{
    public const int Capacity = 32;

    /// <summary>Slots that only keyed callers may take: anonymous jobs stop at <see cref="Capacity"/> minus this.</summary>
    public const int KeyedReserve = 8;

    /// <summary>Unfinished (queued or running) jobs one anonymous client may have at once.</summary>
    public const int PerClientUnfinished = 8;

    private readonly Lock _gate = new();
    private readonly List<SimulationJob> _jobs = [];
    private readonly Channel<SimulationJob> _queue = Channel.CreateBounded<SimulationJob>(
        new BoundedChannelOptions(Capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    internal ChannelReader<SimulationJob> Queue => _queue.Reader;

    /// <summary>Queues a run of <paramref name="model"/> for a keyed caller; null when the list is full of unfinished jobs.</summary>
    public SimulationJob? TrySubmit(SimulationModel model, int runs, ulong seed, bool uploaded) =>
        TrySubmit(model, runs, seed, uploaded, new JobClient("key", IsKeyed: true), out var job) == SubmitOutcome.Accepted ? job : null;

    /// <summary>Queues a run of <paramref name="model"/> for <paramref name="client"/>, within the per-client and reserved-share limits.</summary>
    public SubmitOutcome TrySubmit(SimulationModel model, int runs, ulong seed, bool uploaded, JobClient client, out SimulationJob? submitted)
    {
        submitted = null;
        var job = new SimulationJob(RandomNumberGenerator.GetHexString(16, lowercase: true), model, runs, seed, uploaded, clock.GetUtcNow())
        {
            Client = client.Partition,
        };
        lock (_gate)
        {
            if (!client.IsKeyed)
            {
                var unfinished = _jobs.Where(j => !j.IsFinished && j.Client != "key").ToList();
                if (unfinished.Count(j => j.Client == client.Partition) >= PerClientUnfinished)
                {
                    return SubmitOutcome.ClientLimit;
                }
                if (unfinished.Count >= Capacity - KeyedReserve)
                {
                    return SubmitOutcome.Full;
                }
            }
            if (_jobs.Count >= Capacity)
            {
                var oldest = _jobs.FirstOrDefault(j => j.IsFinished);
                if (oldest is null)
                {
                    return SubmitOutcome.Full;
                }
                _jobs.Remove(oldest);
            }
            _jobs.Add(job);
            // Cannot fail: the channel holds only unfinished jobs of the list, at most Capacity.
            _queue.Writer.TryWrite(job);
        }
        submitted = job;
        return SubmitOutcome.Accepted;
    }

    public SimulationJob? Find(string id)
    {
        lock (_gate)
        {
            return _jobs.FirstOrDefault(j => j.Id == id);
        }
    }

    /// <summary>The kept jobs, newest first.</summary>
    public IReadOnlyList<SimulationJob> Recent()
    {
        lock (_gate)
        {
            return _jobs.AsEnumerable().Reverse().ToList();
        }
    }
}
