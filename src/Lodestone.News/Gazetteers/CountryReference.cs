using Lodestone.Domain.Model;

namespace Lodestone.News.Gazetteers;

/// <summary>How a phrase names countries.</summary>
public enum CountryReferenceKind
{
    Name,
    Demonym,
    /// <summary>A capital used as a metonym ("Beijing").</summary>
    Capital,
    Leader,
    /// <summary>A group expanded to its members ("C5", "the five Central Asian countries").</summary>
    Group,
    /// <summary>A phrase that contains a country word but names none ("Latin America", "New Mexico").</summary>
    NotACountry,
    /// <summary>A company or agency named for its home country ("Lynas" → Australia), from companies.csv.</summary>
    Organization,
    /// <summary>A mine, deposit, region or city named for the country it lies in ("Kolwezi" → DR Congo), from places.csv.</summary>
    Place,
}

/// <summary>What a gazetteer phrase resolves to: zero, one or several countries, and the leader if the phrase names one.</summary>
public sealed record CountryReference(CountryReferenceKind Kind, IReadOnlyList<Iso3> Countries, Leader? Leader = null);
