namespace Lodestone.Web.Telemetry;

/// <summary>How one worker's run of a job ended: the <c>lodestone.job.outcome</c> attribute of the finished-jobs counter and of the job's span.</summary>
internal static class JobOutcome
{
    /// <summary>The result was written: the job succeeded.</summary>
    public const string Succeeded = "succeeded";

    /// <summary>The error was written: the job failed (it no longer compiles, it threw, or its figures are not finite).</summary>
    public const string Failed = "failed";

    /// <summary>The worker lost its lease (paused past it) and wrote nothing; the worker that claimed the job again finishes it.</summary>
    public const string LeaseLost = "lease_lost";

    /// <summary>The server stopped mid-run and put the job back in the queue; a worker runs it again from the start.</summary>
    public const string Released = "released";
}
