namespace Lodestone.Simulation.Replays;

/// <summary>One quarter's consumption on the cap's basis: the volume counted and its concern content, the share's
/// denominator
/// and numerator.</summary>
internal struct ShareTally
{
    public double Counted;
    public double ConcernVolume;

    /// <summary>Counts <paramref name="amount"/> of concern content <paramref name="content"/> when it enters the
    /// share.</summary>
    public void Use(double amount, double content, bool counts)
    {
        if (counts)
        {
            Counted += amount;
            ConcernVolume += content * amount;
        }
    }
}
