using System.Text.Json;
using Lodestone.Simulation.MonteCarlo;

namespace Lodestone.Web.Simulations;

/// <summary>Whether a simulation report can be served: JSON has no NaN or infinity, so a report holding one fails its job.</summary>
/// <remarks>
/// A draw that overflowed (a lognormal tail, a product of extreme factors) used to reach the response writer, which threw,
/// and every route of that job answered 500 for as long as it was kept. Serialising once in the worker, with the API's own
/// options, finds any such value however deep in the report it sits.
/// </remarks>
internal static class FiniteReport
{

    /// <summary>Null when <paramref name="report"/> serialises; otherwise why the job failed, in words.</summary>
    public static string? Problem(SimulationReport report)
    {
        try
        {
            JsonSerializer.SerializeToUtf8Bytes(report, JobJson.Options);
            return null;
        }
        catch (ArgumentException e)
        {
            return "the run produced a value that is not a finite number (" + e.Message.Split('.')[0]
                + "): a parameter's draws overflow; narrow the scenario's distributions";
        }
    }
}
