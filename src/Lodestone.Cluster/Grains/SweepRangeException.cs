namespace Lodestone.Cluster.Grains;

/// <summary>A work item that no silo can run as asked (its model differs from the sender's, or its scenario does not compile): not retried.</summary>
[GenerateSerializer, Alias("Lodestone.SweepRangeException")]
public sealed class SweepRangeException : Exception
{
    public SweepRangeException()
    {
    }

    public SweepRangeException(string message)
        : base(message)
    {
    }

    public SweepRangeException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
