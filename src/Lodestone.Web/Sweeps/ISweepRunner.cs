using Lodestone.Domain.KnowledgeBase;
using Lodestone.Web.Contracts;

namespace Lodestone.Web.Sweeps;

/// <summary>Runs a sweep file (scenarios × commodities × runs × seeds): what a sweep job runs. The web app carries neither Orleans nor
/// the cluster client; the host that does (<c>lodestone serve</c>) gives one in <see cref="Hosting.LodestoneWebSettings.SweepRunner"/>,
/// which sends the work to an Orleans cluster when one is configured and runs it in-process otherwise.</summary>
public interface ISweepRunner
{
    /// <summary>Checks a sweep file's text without running it (YAML errors with their line, scenarios other than shipped ones, size).</summary>
    /// <exception cref="Domain.Errors.LodestoneException">The sweep cannot run (400, 404, 422).</exception>
    void Check(Dataset dataset, SweepJobRequestDto request);

    /// <summary>Runs a checked sweep; returns its report as JSON (the <c>lodestone sweep FILE --format json</c> document, byte for byte).</summary>
    /// <param name="progress">Called with the fraction of runs done, 0–1, from any thread.</param>
    /// <exception cref="Domain.Errors.LodestoneException">The sweep cannot run on this server's data or cluster (the job fails with the reason).</exception>
    Task<string> RunAsync(Dataset dataset, SweepJobRequestDto request, Action<double> progress, CancellationToken cancellationToken);
}
