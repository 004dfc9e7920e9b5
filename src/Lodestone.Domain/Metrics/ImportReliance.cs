using Lodestone.Domain.Facts;

namespace Lodestone.Domain.Metrics;

/// <summary>Net import reliance as a metric: exact, bounded, net exporter (0), or insufficient when withheld.</summary>
/// <remarks>
/// NIR = (imports − exports ± stock changes) ÷ apparent consumption × 100 (USGS MCS). Published bounds ("&gt;50",
/// "&lt;25") stay intervals in percent; "E" (net exporter) is 0; "W" and "NA" give <c>insufficient_data</c>.
/// </remarks>
internal static class ImportReliance
{
    public static MetricResult Of(NetImportReliance value)
    {
        var inputs = new[] { new MetricInput("NIR as published", value.Percent, value.ToString()) };
        return value.Kind switch
        {
            NirKind.Exact => MetricResult.Ok("net_import_reliance", value.Percent!.Value, inputs),
            NirKind.NetExporter => MetricResult.Ok("net_import_reliance", 0, inputs),
            NirKind.GreaterThan or NirKind.LessThan => MetricResult.Bounded("net_import_reliance", value.Lower!.Value, value.Upper!.Value,
                "published as a bound (" + value + ")", inputs),
            NirKind.Withheld => MetricResult.Insufficient("net_import_reliance", "withheld (W) to avoid disclosing company proprietary data", inputs),
            _ => MetricResult.Insufficient("net_import_reliance", "not available (NA)", inputs),
        };
    }
}
