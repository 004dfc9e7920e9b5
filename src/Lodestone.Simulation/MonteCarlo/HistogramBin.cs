namespace Lodestone.Simulation.MonteCarlo;

/// <summary>One histogram bin: how many values fell in it and the smallest and largest of them.</summary>
/// <remarks>The three fields sit together so that adding a value touches one cache line, not three arrays.</remarks>
internal struct HistogramBin
{
    public int Count;
    public double Min;
    public double Max;

    public static HistogramBin Empty => new() { Min = double.PositiveInfinity, Max = double.NegativeInfinity };
}
