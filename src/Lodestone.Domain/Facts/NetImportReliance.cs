using System.Globalization;

namespace Lodestone.Domain.Facts;

/// <summary>How a net import reliance figure was published.</summary>
/// <remarks>Stored by name, never by number. <see cref="NotAvailable"/> comes first so that a default
/// <see cref="NetImportReliance"/> is a valid "not available", not an exact figure without a number.</remarks>
public enum NirKind
{
    /// <summary>"NA": not available.</summary>
    NotAvailable,
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
}

/// <summary>A U.S.-style net import reliance value, kept as published: exact, bounded, net exporter or withheld.</summary>
/// <remarks>
/// NIR = (imports − exports ± stock changes) / apparent consumption × 100 (USGS MCS).
/// Bounds are never collapsed to midpoints: <see cref="Lower"/> and <see cref="Upper"/> give the interval in
/// percent (net exporter: [0, 0]; withheld and not available: unknown). Valid from construction: an exact or bounded
/// figure carries a percentage from 0 to 100, the other kinds none; <c>default</c> is "not available".
/// </remarks>
public readonly record struct NetImportReliance
{
    /// <summary>A figure of the given kind.</summary>
    /// <param name="kind">How the figure was published.</param>
    /// <param name="percent">The published percentage, 0–100: required for <see cref="NirKind.Exact"/>,
    /// <see cref="NirKind.GreaterThan"/> and <see cref="NirKind.LessThan"/> (the bound), null for the other kinds.</param>
    /// <exception cref="ArgumentOutOfRangeException">The kind is undefined, or the percentage is missing, NaN or outside
    /// 0–100 where the kind needs one, or present where it needs none.</exception>
    public NetImportReliance(NirKind kind, double? percent)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a net import reliance kind");
        }
        if (kind is NirKind.Exact or NirKind.GreaterThan or NirKind.LessThan)
        {
            if (percent is not (>= 0 and <= 100))
            {
                throw new ArgumentOutOfRangeException(nameof(percent), percent,
                    $"a {kind} net import reliance needs a percentage from 0 to 100");
            }
        }
        else if (percent is not null)
        {
            throw new ArgumentOutOfRangeException(nameof(percent), percent,
                $"a {kind} net import reliance carries no percentage");
        }
        Kind = kind;
        Percent = percent;
    }

    /// <summary>How the figure was published.</summary>
    public NirKind Kind { get; }

    /// <summary>The published percentage (0–100): the value itself when <see cref="NirKind.Exact"/>, the bound when
    /// <see cref="NirKind.GreaterThan"/> or <see cref="NirKind.LessThan"/>; null for the other kinds.</summary>
    public double? Percent { get; }

    /// <summary>An exact figure of <paramref name="percent"/> percent (0–100).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The percentage is NaN or outside 0–100.</exception>
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
        // "NaN" parses as a double; the range pattern rejects it with the out-of-range values.
        if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var pct) || pct is not (>= 0 and <= 100))
        {
            return false;
        }
        value = new(kind, pct);
        return true;
    }

    /// <summary>The published form: "80", "&gt;50", "&lt;25", "E", "W" or "NA" (what <see cref="TryParse"/> reads).</summary>
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
