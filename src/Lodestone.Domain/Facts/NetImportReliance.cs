using System.Globalization;

namespace Lodestone.Domain.Facts;

/// <summary>How a net import reliance figure was published.</summary>
public enum NirKind
{
    /// <summary>An exact percentage.</summary>
    Exact,
    /// <summary>A lower bound: "&gt;50" means more than 50 %.</summary>
    GreaterThan,
    /// <summary>An upper bound: "&lt;25" means less than 25 %.</summary>
    LessThan,
    /// <summary>"E": the importer is a net exporter.</summary>
    NetExporter,
    /// <summary>"W": withheld to avoid disclosing company proprietary data.</summary>
    Withheld,
    /// <summary>"NA": not available.</summary>
    NotAvailable,
}

/// <summary>A U.S.-style net import reliance value, kept as published: exact, bounded, net exporter or withheld.</summary>
/// <remarks>
/// NIR = (imports − exports ± stock changes) / apparent consumption × 100 (USGS MCS).
/// Bounds are never collapsed to midpoints: <see cref="Lower"/> and <see cref="Upper"/> give the interval in
/// percent (net exporter: [0, 0]; withheld and not available: unknown).
/// </remarks>
public readonly record struct NetImportReliance(NirKind Kind, double? Percent)
{
    public static NetImportReliance Exact(double percent) => new(NirKind.Exact, percent);

    /// <summary>Lower end of the interval in percent, or null when unknown.</summary>
    public double? Lower => Kind switch
    {
        NirKind.Exact or NirKind.GreaterThan => Percent,
        NirKind.LessThan or NirKind.NetExporter => 0,
        _ => null,
    };

    /// <summary>Upper end of the interval in percent, or null when unknown.</summary>
    public double? Upper => Kind switch
    {
        NirKind.Exact or NirKind.LessThan => Percent,
        NirKind.GreaterThan => 100,
        NirKind.NetExporter => 0,
        _ => null,
    };

    /// <summary>Parses "80", "&gt;50", "&lt;25", "E", "W", "NA" (whitespace tolerated).</summary>
    public static bool TryParse(string? text, out NetImportReliance value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        var t = text.Trim();
        switch (t.ToUpperInvariant())
        {
            case "E":
                value = new(NirKind.NetExporter, null);
                return true;
            case "W":
                value = new(NirKind.Withheld, null);
                return true;
            case "NA":
                value = new(NirKind.NotAvailable, null);
                return true;
        }
        var kind = t[0] switch
        {
            '>' => NirKind.GreaterThan,
            '<' => NirKind.LessThan,
            _ => NirKind.Exact,
        };
        var number = kind == NirKind.Exact ? t : t[1..].Trim();
        if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var pct) || pct < 0 || pct > 100)
        {
            return false;
        }
        value = new(kind, pct);
        return true;
    }

    public override string ToString() => Kind switch
    {
        NirKind.Exact => Percent!.Value.ToString("0.##", CultureInfo.InvariantCulture),
        NirKind.GreaterThan => ">" + Percent!.Value.ToString("0.##", CultureInfo.InvariantCulture),
        NirKind.LessThan => "<" + Percent!.Value.ToString("0.##", CultureInfo.InvariantCulture),
        NirKind.NetExporter => "E",
        NirKind.Withheld => "W",
        _ => "NA",
    };
}
