using Lodestone.Domain.Model;

namespace Lodestone.Domain.Exposure;

/// <summary>The buyer region a transit route's "destinations" refer to.</summary>
internal static class TradeRegions
{
    private static readonly HashSet<string> NorthAmerica = new(StringComparer.Ordinal) { "USA", "CAN", "MEX" };
    private static readonly HashSet<string> EuropeExtra = new(StringComparer.Ordinal) { "GBR", "NOR", "CHE", "ISL" };
    private static readonly HashSet<string> Asia = new(StringComparer.Ordinal) { "CHN", "JPN", "KOR", "IND", "TWN", "VNM", "THA", "MYS", "IDN", "PHL", "SGP", "PAK" };

    /// <summary>"North America", "Europe", "Asia", or null when the country is in none of the route regions.</summary>
    public static string? Of(Country? country, Iso3 code) =>
        NorthAmerica.Contains(code.Code) ? "North America"
        : (country?.IsIn(CountryGroups.Eu27) ?? false) || EuropeExtra.Contains(code.Code) ? "Europe"
        : Asia.Contains(code.Code) ? "Asia"
        : null;
}
