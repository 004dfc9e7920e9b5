namespace Lodestone.Data.Jobs;

/// <summary>Where a stored job is; stored as its lower-case name.</summary>
public enum JobStatus
{
    /// <summary>Waiting for a worker.</summary>
    Queued,

    /// <summary>Claimed by a worker whose lease has not expired (or has, and nobody has claimed it again yet).</summary>
    Running,

    /// <summary>Finished with a result.</summary>
    Succeeded,

    /// <summary>Finished with an error.</summary>
    Failed,
}
