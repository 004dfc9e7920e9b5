using System.Globalization;
using System.Text.Json;
using Lodestone.Data.Jobs;

namespace Lodestone.Web.Contracts;

/// <summary>A claims job as the API shows it; <paramref name="Result"/> is the <c>/api/claims</c> document (stored as served) for the same request once the job succeeded.</summary>
/// <param name="Status">"queued", "running", "succeeded" or "failed".</param>
/// <param name="Attempts">Times a worker claimed it (more than one when a server stopped or died while running it).</param>
internal sealed record ClaimsJobDto(string Id, string Status, string? Claim, int Runs, ulong Seed, bool Sensitivity, int? Year, int Attempts,
    string CreatedAt, string? FinishedAt, string? Error, JsonElement? Result)
{
    public static string UrlOf(string id) => "/api/claims/jobs/" + Uri.EscapeDataString(id);

    public static ClaimsJobDto From(JobRecord job)
    {
        var request = Claims.ClaimsJobs.RequestOf(job);
        return new ClaimsJobDto(job.Id, job.Status.ToString().ToLowerInvariant(), request.Claim, request.Runs, request.Seed, request.Sensitivity, request.Year,
            job.Attempts, job.CreatedAt.ToString("O", CultureInfo.InvariantCulture), job.FinishedAt?.ToString("O", CultureInfo.InvariantCulture), job.Error,
            job.Result is { } r ? JsonDocument.Parse(r).RootElement.Clone() : null);
    }
}
