namespace Lodestone.Testing.Fuzzing;

/// <summary>Counts how mutated inputs fared, so a property can show it exercised both the accepting and the refusing path.</summary>
/// <remarks>Thread-safe: CsCheck runs samples on several threads.</remarks>
public sealed class Outcomes
{
    private int _read;
    private int _refused;

    public int Read => _read;

    public int Refused => _refused;

    /// <summary>Records one outcome of <see cref="Mutations.ParsesOrRejects{TExpected}"/>.</summary>
    public void Add(bool read) => Interlocked.Increment(ref read ? ref _read : ref _refused);

    public override string ToString() => $"{Read} read, {Refused} refused";
}
