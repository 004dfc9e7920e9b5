namespace Lodestone.Web.Tests.Telemetry;

/// <summary>Tests that listen to the "Lodestone" meter and activity source and to ASP.NET Core's: listeners are process-wide, so they run
/// alone, after the parallel tests, where no other test's server can add to what they count.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TelemetryCollection
{
    public const string Name = "Telemetry";
}
