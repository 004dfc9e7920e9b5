namespace Lodestone.Domain.Model;

/// <summary>The known countries, with lookup by code, name, alias, demonym or capital.</summary>
public sealed class CountryCatalog
{
    private readonly Dictionary<string, Country> _byCode;
    private readonly Dictionary<string, Country> _byName;
    private readonly Dictionary<string, Country> _byIso2;

    /// <summary>A catalogue of the given countries.</summary>
    /// <exception cref="ArgumentException">An alpha-3 code is listed twice.</exception>
    public CountryCatalog(IEnumerable<Country> countries)
    {
        All = countries.OrderBy(c => c.Iso3.Code, StringComparer.Ordinal).ToList();
        _byCode = new Dictionary<string, Country>(StringComparer.Ordinal);
        _byName = new Dictionary<string, Country>(StringComparer.OrdinalIgnoreCase);
        _byIso2 = new Dictionary<string, Country>(StringComparer.OrdinalIgnoreCase);
        foreach (var c in All)
        {
            if (!_byCode.TryAdd(c.Iso3.Code, c))
            {
                throw new ArgumentException($"country '{c.Iso3}' is listed twice", nameof(countries));
            }
            if (c.Iso2 is { } iso2)
            {
                _byIso2.TryAdd(iso2, c);
            }
        }
        // Names first, aliases next: an alias never shadows another country's own name.
        foreach (var c in All)
        {
            _byName.TryAdd(c.Name, c);
            _byName.TryAdd(c.IsoName, c);
        }
        foreach (var c in All)
        {
            foreach (var alias in c.Aliases)
            {
                _byName.TryAdd(alias, c);
            }
        }
    }

    /// <summary>Every country, ordered by alpha-3 code.</summary>
    public IReadOnlyList<Country> All { get; }

    /// <summary>Whether <paramref name="code"/> is a catalogued country (the aggregates WLD, OTH and ROW are not).</summary>
    public bool Contains(Iso3 code) => _byCode.ContainsKey(code.Code);

    /// <summary>The country with this code, or null.</summary>
    public Country? Find(Iso3 code) => _byCode.GetValueOrDefault(code.Code);

    /// <summary>The country with this code.</summary>
    /// <exception cref="KeyNotFoundException">No country has it.</exception>
    public Country Get(Iso3 code) =>
        Find(code) ?? throw new KeyNotFoundException($"unknown country code '{code}'");

    /// <summary>Finds a country by ISO 3166-1 alpha-3 or alpha-2 code, English name or alias (case-insensitive).</summary>
    /// <remarks>A three-letter text is tried as an alpha-3 code first, a two-letter text as an alpha-2 code, then either as a name
    /// ("USA", "us", "United States" and "Korea, Republic of" all resolve).</remarks>
    public Country? FindByName(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var t = text.Trim();
        if (Iso3.TryParse(t, out var code) && t.Length == 3 && _byCode.TryGetValue(code.Code, out var byCode))
        {
            return byCode;
        }
        if (t.Length == 2 && _byIso2.TryGetValue(t, out var byIso2))
        {
            return byIso2;
        }
        return _byName.GetValueOrDefault(t);
    }

    /// <summary>Display name of a code, including the aggregate codes.</summary>
    public string NameOf(Iso3 code) => code.Code switch
    {
        "WLD" => "World",
        "OTH" => "Other countries",
        "ROW" => "Rest of world",
        _ => Find(code)?.Name ?? code.Code,
    };

    /// <summary>The countries of <paramref name="group"/> (a <see cref="CountryGroups"/> code), ordered by code.</summary>
    public IReadOnlyList<Country> InGroup(string group) => All.Where(c => c.IsIn(group)).ToList();
}
