using System.Globalization;
using System.Text.RegularExpressions;
using Lodestone.Domain.Model;

namespace Lodestone.Data.Baci;

/// <summary>A BACI release as CEPII names it: the HS revision ("HS92") and the version ("V202301", January 2023).</summary>
/// <remarks>
/// CEPII names every file of a release after it (<c>BACI_HS92_V202301.zip</c>, <c>BACI_HS92_Y2021_V202301.csv</c>,
/// <c>product_codes_HS92_V202301.csv</c>; CEPII, "The CEPII-BACI dataset", https://www.cepii.fr/DATA_DOWNLOAD/baci/doc/baci_webpage.html),
/// and CEPII asks users not to mix versions, so every flow records the release it came from as its source.
/// </remarks>
/// <param name="Nomenclature">"HS92", "HS96", "HS02", "HS07", "HS12", "HS17" or "HS22".</param>
/// <param name="Version">"V" and the release's year and month, "V202301".</param>
public sealed partial record BaciRelease(string Nomenclature, string Version)
{
    /// <summary>The source id of the release: <c>cepii-baci-hs17-v202601</c> (the id <c>reference/sources.csv</c> uses for the shipped matrix).</summary>
    public string SourceId => "cepii-baci-" + Nomenclature.ToLowerInvariant() + "-" + Version.ToLowerInvariant();

    /// <summary>Reads the revision and version from a file name such as <c>BACI_HS92_Y2021_V202301.csv</c> or <c>baci_hs17_v202601_2024_critical.csv</c>.</summary>
    public static BaciRelease? FromFileName(string path)
    {
        var match = Pattern().Match(Path.GetFileName(path));
        return match.Success
            ? new BaciRelease("HS" + match.Groups["hs"].Value, "V" + match.Groups["version"].Value)
            : null;
    }

    /// <summary>Parses "HS92" and "V202301" as given on the command line; null when either is malformed.</summary>
    public static BaciRelease? Parse(string nomenclature, string version)
    {
        var hs = nomenclature.Trim().ToUpperInvariant();
        var v = version.Trim().ToUpperInvariant();
        return HsPattern().IsMatch(hs) && VersionPattern().IsMatch(v) ? new BaciRelease(hs, v) : null;
    }

    /// <summary>The citation of the release, as <c>data/trade/README.md</c> asks every figure to carry it.</summary>
    public Source Source()
    {
        var year = int.Parse(Version.AsSpan(1, 4), CultureInfo.InvariantCulture);
        var month = int.Parse(Version.AsSpan(5, 2), CultureInfo.InvariantCulture);
        return new Source(SourceId,
            $"BACI: International Trade Database at the Product-Level, {Nomenclature} release {Version} (Gaulier and Zignago 2010, CEPII Working Paper 2010-23)",
            "CEPII", "https://www.cepii.fr/CEPII/en/bdd_modele/bdd_modele_item.asp?id=37",
            month is >= 1 and <= 12 ? new PartialDate(year, month) : new PartialDate(year), "Etalab Open Licence 2.0; value in USD (raw files: thousands), quantity in tonnes");
    }

    [GeneratedRegex(@"(?i)(?:^|_)hs(?<hs>92|96|02|07|12|17|22)_(?:y\d{4}_)?v(?<version>\d{6})")]
    private static partial Regex Pattern();

    [GeneratedRegex(@"^HS(92|96|02|07|12|17|22)$")]
    private static partial Regex HsPattern();

    [GeneratedRegex(@"^V\d{6}$")]
    private static partial Regex VersionPattern();
}
