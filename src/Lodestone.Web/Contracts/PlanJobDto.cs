using System.Globalization;
using System.Text.Json;
using Lodestone.Data.Jobs;

namespace Lodestone.Web.Contracts;

/// <summary>A plan-robustness job as the API shows it; <paramref name="Result"/> is the <c>lodestone plan --robustness N --format json</c>
/// document for <paramref name="Request"/> (stored as the worker wrote it) once the job succeeded.</summary>
/// <param name="Status">"queued", "running", "succeeded" or "failed".</param>
/// <param name="Request">The request as stored: the caller's, with the defaults the server filled in (runs, seed, scenario, date).</param>
/// <param name="Attempts">Times a worker claimed it (more than one when a server stopped or died while running it).</param>
internal sealed record PlanJobDto(string Id, string Status, PlanJobRequestDto Request, int Attempts, string CreatedAt, string? FinishedAt, string? Error,
    JsonElement? Result)
{
    public static string UrlOf(string id) => "/api/plans/jobs/" + Uri.EscapeDataString(id);

    public static PlanJobDto From(JobRecord job) =>
        new(job.Id, job.Status.ToString().ToLowerInvariant(), Plans.PlanJobs.RequestOf(job), job.Attempts,
            job.CreatedAt.ToString("O", CultureInfo.InvariantCulture), job.FinishedAt?.ToString("O", CultureInfo.InvariantCulture), job.Error,
            job.Result is { } r ? JsonDocument.Parse(r).RootElement.Clone() : null);
}
