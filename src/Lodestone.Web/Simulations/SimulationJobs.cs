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
/// </remarks>
public sealed class SimulationJobs(TimeProvider clock)
{
    public const int Capacity = 32;

    private readonly Lock _gate = new();
    private readonly List<SimulationJob> _jobs = [];
    private readonly Channel<SimulationJob> _queue = Channel.CreateBounded<SimulationJob>(
        new BoundedChannelOptions(Capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    internal ChannelReader<SimulationJob> Queue => _queue.Reader;

    /// <summary>Queues a run of <paramref name="model"/>; null when the list is full of unfinished jobs.</summary>
    public SimulationJob? TrySubmit(SimulationModel model, int runs, ulong seed, bool uploaded)
    {
        var job = new SimulationJob(RandomNumberGenerator.GetHexString(16, lowercase: true), model, runs, seed, uploaded, clock.GetUtcNow());
        lock (_gate)
        {
            if (_jobs.Count >= Capacity)
            {
                var oldest = _jobs.FirstOrDefault(j => j.IsFinished);
                if (oldest is null)
                {
                    return null;
                }
                _jobs.Remove(oldest);
            }
            _jobs.Add(job);
            // Cannot fail: the channel holds only unfinished jobs of the list, at most Capacity.
            _queue.Writer.TryWrite(job);
        }
        return job;
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
