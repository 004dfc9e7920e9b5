namespace Lodestone.Simulation.Engine;

/// <summary>Receives every simulated month of every market of a block of runs.</summary>
public interface IMonthObserver
{
    /// <param name="market">Index into <see cref="SimulationModel.Markets"/>.</param>
    /// <param name="month">0-based month.</param>
    /// <param name="runs">How many lanes of <paramref name="values"/> hold real runs (the rest is padding).</param>
    void Observe(int market, int month, MonthBuffers values, int runs);
}
