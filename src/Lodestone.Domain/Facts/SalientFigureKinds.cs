namespace Lodestone.Domain.Facts;

/// <summary>Names of <see cref="SalientFigureKind"/> values: in the mapping file (<c>data/reference/usgs_salient_prices.csv</c>,
/// column <c>measure</c>) and in JSON, the CLI and the dashboard.</summary>
public static class SalientFigureKinds
{
    /// <summary>Every kind with its mapping-file name and its display name.</summary>
    public static IReadOnlyList<(SalientFigureKind Kind, string Measure, string Display)> All { get; } =
    [
        (SalientFigureKind.Price, "price", "price"),
        (SalientFigureKind.Stocks, "stocks", "stocks"),
        (SalientFigureKind.GovernmentShipments, "government_shipments", "government stockpile shipments"),
        (SalientFigureKind.SecondaryProduction, "secondary_production", "secondary production"),
    ];

    /// <summary>The display name ("price", "stocks", "government stockpile shipments", "secondary production").</summary>
    public static string Display(this SalientFigureKind kind) => All.First(k => k.Kind == kind).Display;

    /// <summary>The kind a mapping file's <c>measure</c> names, or null.</summary>
    public static SalientFigureKind? FromMeasure(string measure) =>
        All.Where(k => k.Measure == measure).Select(k => (SalientFigureKind?)k.Kind).FirstOrDefault();
}
