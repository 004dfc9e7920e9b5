using Lodestone.Data.Jobs;
using Lodestone.Data.Storage;
using Lodestone.Simulation.Scenarios;
using Lodestone.Testing;
using Lodestone.Web.Simulations;

namespace Lodestone.Web.Tests.Infrastructure;

/// <summary>Simulation jobs in a job store in a temporary SQLite file, with no worker: the test claims and finishes jobs itself.</summary>
internal sealed class JobQueue : IDisposable
{
    private static readonly Lazy<SimulationPlan> Baseline = new(() =>
    {
        var library = new ScenarioLibrary(RepoPaths.Combine("scenarios"), RepoPaths.Combine("data"));
        var model = ScenarioCompiler.Compile(library.ReadShipped("baseline"), DefaultData.Dataset, library.Compile(DefaultData.Dataset, 6));
        return new SimulationPlan(model, 10, 1, Uploaded: false, Scenario: "baseline", HorizonMonths: 6);
    });

    private readonly TempDirectory _directory = new();

    public JobQueue()
    {
        Store = JobStores.OpenAsync(StoreTarget.Resolve(_directory.File("jobs.db")), TimeProvider.System, CancellationToken.None).GetAwaiter().GetResult();
        Jobs = new SimulationJobs(Store);
    }

    /// <summary>Ten runs of the shipped baseline over six months, seed 1.</summary>
    public static SimulationPlan Plan => Baseline.Value;

    public JobStore Store { get; }

    public SimulationJobs Jobs { get; }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _directory.Dispose();
    }
}
