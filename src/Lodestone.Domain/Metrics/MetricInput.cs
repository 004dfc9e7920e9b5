namespace Lodestone.Domain.Metrics;

/// <summary>One input a metric used, shown beside the result so the number can be checked by hand.</summary>
/// <param name="Name">What the input is ("HHI (0–1)", "share CHN", "WGI PV CHN").</param>
/// <param name="Value">Its value, or null when it was missing.</param>
/// <param name="Note">Unit, origin or caveat ("lower bound: OTH excluded", "source: USGS MCS 2025").</param>
public sealed record MetricInput(string Name, double? Value, string? Note = null);
