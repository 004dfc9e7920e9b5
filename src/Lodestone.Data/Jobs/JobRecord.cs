namespace Lodestone.Data.Jobs;

/// <summary>A job as stored.</summary>
/// <param name="Id">Random, unguessable (16 hex digits from the web app).</param>
/// <param name="Kind">What runs it ("simulation").</param>
/// <param name="Client">Who submitted it: "key" for API-key callers, "ip:ADDRESS" for anonymous ones.</param>
/// <param name="Request">The kind's request as JSON: everything a worker on any server needs to run it.</param>
/// <param name="Progress">Fraction done, 0–1, as last reported by its worker.</param>
/// <param name="Result">The result as JSON once succeeded.</param>
/// <param name="Error">Why it failed.</param>
/// <param name="Worker">The worker that holds (or last held) it.</param>
/// <param name="Attempts">How many times a worker claimed it (more than 1 after a worker died or stopped mid-run).</param>
public sealed record JobRecord(
    string Id,
    string Kind,
    string Client,
    string Request,
    JobStatus Status,
    double Progress,
    string? Result,
    string? Error,
    DateTimeOffset CreatedAt,
    DateTimeOffset? FinishedAt,
    string? Worker,
    int Attempts)
{
    /// <summary>Succeeded or failed.</summary>
    public bool IsFinished => Status is JobStatus.Succeeded or JobStatus.Failed;
}
