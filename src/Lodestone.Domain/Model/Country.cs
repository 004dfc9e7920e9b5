namespace Lodestone.Domain.Model;

/// <summary>A country with its names and the groups it belongs to.</summary>
/// <param name="Iso3">ISO 3166-1 alpha-3 code.</param>
/// <param name="Name">Short display name ("South Korea").</param>
/// <param name="IsoName">ISO 3166-1 name ("Korea, Republic of").</param>
/// <param name="Aliases">Other names ("Burma", "DRC", "Congo (Kinshasa)").</param>
/// <param name="Demonyms">Adjectives and nationals ("Kazakh", "Chinese").</param>
/// <param name="Capital">Capital city, used as a metonym in news ("Beijing").</param>
/// <param name="Groups">Group codes: C5, G7, EU27, MSP, US_FTA, FEOC, LANDLOCKED.</param>
public sealed record Country(
    Iso3 Iso3,
    string Name,
    string IsoName,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Demonyms,
    string? Capital,
    IReadOnlySet<string> Groups)
{
    /// <summary>ISO 3166-1 alpha-2 code ("US"); null where the catalogue gives none.</summary>
    public string? Iso2 { get; init; }

    /// <summary>In the LANDLOCKED group: no sea coast, so its exports cross a transit country.</summary>
    public bool IsLandlocked => Groups.Contains(CountryGroups.Landlocked);

    /// <summary>Whether the country belongs to <paramref name="group"/> (a <see cref="CountryGroups"/> code, exact case).</summary>
    public bool IsIn(string group) => Groups.Contains(group);
}

/// <summary>Codes of the country groups the dataset defines (data/reference/country_groups.csv).</summary>
public static class CountryGroups
{
    /// <summary>Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan, Uzbekistan (C5+1 format).</summary>
    public const string C5 = "C5";
    /// <summary>Group of Seven: Canada, France, Germany, Italy, Japan, the United Kingdom, the United States.</summary>
    public const string G7 = "G7";
    /// <summary>The 27 member states of the European Union.</summary>
    public const string Eu27 = "EU27";
    /// <summary>Minerals Security Partnership members.</summary>
    public const string Msp = "MSP";
    /// <summary>Minerals Security Partnership Forum members (minerals-producing countries working with the MSP partners).</summary>
    public const string MspForum = "MSP_FORUM";
    /// <summary>Countries with a free-trade agreement in force with the United States.</summary>
    public const string UsFta = "US_FTA";
    /// <summary>"Foreign entity of concern" covered nations (10 U.S.C. 4872): China, Russia, North Korea, Iran.</summary>
    public const string Feoc = "FEOC";
    /// <summary>Countries without a sea coast.</summary>
    public const string Landlocked = "LANDLOCKED";
}
