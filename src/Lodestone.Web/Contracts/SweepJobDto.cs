using System.Globalization;
using System.Text.Json;
using Lodestone.Data.Jobs;

namespace Lodestone.Web.Contracts;

/// <summary>A sweep job as the API shows it; <paramref name="Result"/> is the <c>lodestone sweep FILE --format json</c> document once it succeeded.</summary>
/// <param name="Status">"queued", "running", "succeeded" or "failed".</param>
/// <param name="Progress">Fraction of the sweep's runs done, 0–1, as its worker last wrote it.</param>
/// <param name="Attempts">Times a worker claimed it (more than one when a server stopped or died while running it).</param>
internal sealed record SweepJobDto(string Id, string Status, double Progress, int Attempts, string CreatedAt, string? FinishedAt, string? Error, JsonElement? Result)
{
    public static string UrlOf(string id) => "/api/sweeps/" + Uri.EscapeDataString(id);

    public static SweepJobDto From(JobRecord job) =>
        new(job.Id, job.Status.ToString().ToLowerInvariant(), job.Progress, job.Attempts, job.CreatedAt.ToString("O", CultureInfo.InvariantCulture),
            job.FinishedAt?.ToString("O", CultureInfo.InvariantCulture), job.Error, job.Result is { } r ? JsonDocument.Parse(r).RootElement.Clone() : null);
}
