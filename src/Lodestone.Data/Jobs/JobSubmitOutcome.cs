namespace Lodestone.Data.Jobs;

/// <summary>What became of a submission to a <see cref="JobStore"/>.</summary>
public enum JobSubmitOutcome
{
    /// <summary>Stored as queued.</summary>
    Accepted,

    /// <summary>The anonymous client already has its limit of unfinished jobs.</summary>
    ClientLimit,

    /// <summary>No slot for this caller.</summary>
    Full,
}
