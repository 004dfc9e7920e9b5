namespace Lodestone.Web.Simulations;

/// <summary>What became of a job submission.</summary>
internal enum SubmitOutcome
{
    /// <summary>Queued.</summary>
    Accepted,

    /// <summary>This anonymous client already has <see cref="SimulationJobs.PerClientUnfinished"/> unfinished jobs (429).</summary>
    ClientLimit,

    /// <summary>No slot for this caller: every slot is busy, or every slot open to anonymous callers is (503).</summary>
    Full,
}
