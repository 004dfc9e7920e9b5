using Lodestone.Simulation.MonteCarlo;
using Lodestone.Web.Simulations;

namespace Lodestone.Web.Contracts;

/// <summary>A simulation job as the API shows it; <paramref name="Result"/> is the <c>lodestone simulate --format json</c> document once the job succeeded.</summary>
/// <param name="Progress">Fraction of runs done, 0–1.</param>
/// <param name="ResultUrl">Where the bare result document is, once the job succeeded; null before.</param>
/// <param name="Error">Why the job failed; null otherwise.</param>
internal sealed record SimulationJobDto(
    string Id,
    SimulationJobStatus Status,
    double Progress,
    string Scenario,
    bool Uploaded,
    int Runs,
    ulong Seed,
    int HorizonMonths,
    string CreatedAt,
    string? FinishedAt,
    string? ResultUrl,
    string? Error,
    SimulationReport? Result)
{
    public static string UrlOf(string id) => "/api/simulations/" + Uri.EscapeDataString(id);

    public static SimulationJobDto From(SimulationJob job, bool withResult)
    {
        var status = job.Status;
        var succeeded = status == SimulationJobStatus.Succeeded;
        return new SimulationJobDto(job.Id, status, job.Progress, job.Scenario, job.Uploaded, job.Runs, job.Seed, job.Horizon,
            job.CreatedAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            job.FinishedAt?.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            succeeded ? UrlOf(job.Id) + "/result" : null, job.Error, withResult && succeeded ? job.Result : null);
    }
}
