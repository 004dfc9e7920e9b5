namespace Lodestone.Simulation.Backtest;

/// <summary>The backtest cannot run: an observation names data the shipped files lack, or an episode scenario does not fit its episode.</summary>
public sealed class BacktestException(string message) : Exception(message)
{
    /// <summary>An observation that cannot be checked: the message names the episodes file, the observation's line, market,
    /// measure and year, and <paramref name="reason"/>.</summary>
    public BacktestException(ObservationSpec spec, string reason)
        : this($"{BacktestFile.Folder}/{BacktestFile.FileName}:{spec.Line}: {spec.Market} {spec.Measure.Name()} {spec.Year}: {reason}")
    {
    }
}
