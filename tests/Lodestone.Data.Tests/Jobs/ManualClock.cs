namespace Lodestone.Data.Tests.Jobs;

/// <summary>A clock the test moves by hand (leases expire when the test says so).</summary>
internal sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
