namespace Lodestone.Simulation.Backtest;

/// <summary>Whether an episode's outcomes may inform the calibration.</summary>
public enum EpisodeRole
{
    /// <summary>Its outcomes choose the calibrated value; its errors are in-sample.</summary>
    Calibration,
    /// <summary>Never seen by the calibration; its errors are out-of-sample.</summary>
    HeldOut,
}
