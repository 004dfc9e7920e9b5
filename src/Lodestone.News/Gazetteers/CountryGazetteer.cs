using Lodestone.Domain.Model;

namespace Lodestone.News.Gazetteers;

/// <summary>Every phrase that names a country in news, built from the knowledge base and the leader list.</summary>
/// <remarks>
/// Sources: names, ISO names and aliases, demonyms and capitals from <see cref="CountryCatalog"/>
/// (data/reference/country_names.csv), leaders from data/reference/leaders.csv, and groups from
/// data/reference/country_groups.csv ("C5" and the phrases news uses for it, "G7"). A small list of phrases that
/// contain a country word but name no country ("Latin America", "New Mexico") stops false matches.
/// </remarks>
internal sealed class CountryGazetteer
{
    private static readonly string[] NotCountries =
    [
        "South America", "Latin America", "North America", "Central America", "South American", "Latin American",
        "North American", "Central American", "Native American", "African American", "New Mexico", "New Jersey",
        "New South Wales", "Washington state", "Washington State", "George Washington", "Washington Post",
        "Paris Agreement", "Paris Climate Agreement", "London Metal Exchange", "Hong Kong Exchange",
    ];

    private static readonly string[] C5Phrases =
    [
        "C5", "C5+1", "C5 + 1", "C5 countries", "five Central Asian countries", "five Central Asian nations",
        "five Central Asian states", "five Central Asian republics", "Central Asian countries", "Central Asian nations",
        "Central Asian states", "Central Asian republics", "Central Asian five",
    ];

    private readonly PhraseMatcher<CountryReference> _matcher = new();

    public CountryGazetteer(CountryCatalog countries, LeaderDirectory leaders)
    {
        foreach (var phrase in NotCountries)
        {
            _matcher.Add(phrase, new CountryReference(CountryReferenceKind.NotACountry, []));
        }
        // Reading rule: in minerals news "Congo" alone is the DR Congo (the Republic of the Congo is named in full).
        foreach (var phrase in new[] { "Democratic Republic of Congo", "DR Congo", "D.R. Congo", "Congo" })
        {
            if (countries.Contains(new Iso3("COD")))
            {
                _matcher.Add(phrase, new CountryReference(CountryReferenceKind.Name, [new Iso3("COD")]));
            }
        }
        AddGroup(C5Phrases, countries.InGroup(CountryGroups.C5));
        AddGroup(["G7", "G-7", "Group of Seven", "G7 countries", "G7 nations"], countries.InGroup(CountryGroups.G7));
        foreach (var leader in leaders.All)
        {
            var reference = new CountryReference(CountryReferenceKind.Leader, [leader.Country], leader);
            _matcher.Add(leader.Name, reference);
            foreach (var alias in leader.Aliases)
            {
                _matcher.Add(alias, reference);
            }
        }
        foreach (var country in countries.All)
        {
            var one = new[] { country.Iso3 };
            var name = new CountryReference(CountryReferenceKind.Name, one);
            _matcher.Add(country.Name, name);
            if (!country.IsoName.Contains(',', StringComparison.Ordinal))
            {
                _matcher.Add(country.IsoName, name);
            }
            foreach (var alias in country.Aliases)
            {
                _matcher.Add(alias, name);
            }
            foreach (var demonym in country.Demonyms)
            {
                _matcher.Add(demonym, new CountryReference(CountryReferenceKind.Demonym, one));
            }
            if (country.Capital is { Length: > 0 } capital)
            {
                _matcher.Add(capital, new CountryReference(CountryReferenceKind.Capital, one));
            }
        }
    }

    /// <summary>Country phrases in <paramref name="text"/>, longest first at each position.</summary>
    public IReadOnlyList<PhraseMatch<CountryReference>> Find(string text) => _matcher.FindAll(text);

    private void AddGroup(IEnumerable<string> phrases, IReadOnlyList<Country> members)
    {
        if (members.Count == 0)
        {
            return;
        }
        var reference = new CountryReference(CountryReferenceKind.Group, members.Select(m => m.Iso3).ToList());
        foreach (var phrase in phrases)
        {
            _matcher.Add(phrase, reference);
        }
    }
}
