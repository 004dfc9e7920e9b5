using System.Diagnostics;

namespace Lodestone.Web.Telemetry;

/// <summary>The names Lodestone's own traces and metrics are published under, and the source of its spans.</summary>
internal static class LodestoneTelemetry
{
    /// <summary>The name of the <see cref="ActivitySource"/> and of the <see cref="System.Diagnostics.Metrics.Meter"/>: "Lodestone".</summary>
    public const string Name = "Lodestone";

    /// <summary>Spans of work that is not a request (a simulation job run). Costs nothing while no tracer listens.</summary>
    public static readonly ActivitySource Source = new(Name);
}
