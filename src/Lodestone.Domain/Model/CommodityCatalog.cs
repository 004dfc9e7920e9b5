namespace Lodestone.Domain.Model;

/// <summary>The known commodities, with lookup by canonical name, alias or element symbol.</summary>
/// <remarks>
/// Names and aliases match case-insensitively; element symbols match case-sensitively ("In" is
/// indium, "in" is not). Qualified source names such as "silicon (ferrosilicon)" or
/// "titanium mineral concentrates (ilmenite)" resolve through their base name or an alias.
/// </remarks>
public sealed class CommodityCatalog
{
    private readonly Dictionary<string, Commodity> _byName;
    private readonly Dictionary<string, Commodity> _byAlias;
    private readonly Dictionary<string, Commodity> _bySymbol;

    /// <summary>A catalogue of the given commodities.</summary>
    /// <exception cref="ArgumentException">A canonical name is listed twice.</exception>
    public CommodityCatalog(IEnumerable<Commodity> commodities)
    {
        All = commodities.OrderBy(c => c.Name, StringComparer.Ordinal).ToList();
        _byName = new Dictionary<string, Commodity>(StringComparer.OrdinalIgnoreCase);
        _byAlias = new Dictionary<string, Commodity>(StringComparer.OrdinalIgnoreCase);
        _bySymbol = new Dictionary<string, Commodity>(StringComparer.Ordinal);
        foreach (var c in All)
        {
            if (!_byName.TryAdd(c.Name, c))
            {
                throw new ArgumentException($"commodity '{c.Name}' is listed twice", nameof(commodities));
            }
            foreach (var alias in c.Aliases)
            {
                _byAlias.TryAdd(alias, c);
            }
            foreach (var symbol in c.Symbols)
            {
                _bySymbol.TryAdd(symbol, c);
            }
        }
    }

    /// <summary>Every commodity, ordered by canonical name.</summary>
    public IReadOnlyList<Commodity> All { get; }

    /// <summary>The commodity a text names: canonical name or alias (any case), element symbol (exact case), or a qualified
    /// source name through its base or bracketed name ("silicon (ferrosilicon)"); null when none matches.</summary>
    public Commodity? Find(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var t = text.Trim();
        if (_byName.TryGetValue(t, out var c) || _byAlias.TryGetValue(t, out c) || _bySymbol.TryGetValue(t, out c))
        {
            return c;
        }
        // "silicon (ferrosilicon)" → "silicon"; "rare earths (NdPr; heavy REE planned)" → "rare earths"
        var paren = t.IndexOf('(', StringComparison.Ordinal);
        if (paren > 0)
        {
            var head = t[..paren].Trim();
            if (_byName.TryGetValue(head, out c) || _byAlias.TryGetValue(head, out c))
            {
                return c;
            }
            var inner = t[(paren + 1)..].TrimEnd(')').Trim();
            if (_byName.TryGetValue(inner, out c) || _byAlias.TryGetValue(inner, out c))
            {
                return c;
            }
        }
        return null;
    }

    /// <summary>Whether <paramref name="name"/> is a canonical name (any case); aliases and symbols do not count.</summary>
    public bool Contains(string name) => _byName.ContainsKey(name);

    /// <summary>The commodity <see cref="Find"/> resolves.</summary>
    /// <exception cref="KeyNotFoundException">No commodity matches.</exception>
    public Commodity Get(string name) =>
        Find(name) ?? throw new KeyNotFoundException($"unknown commodity '{name}'");

    /// <summary>Elements of a group ("rare earths" → lanthanum … yttrium, scandium).</summary>
    public IReadOnlyList<Commodity> MembersOf(string group) =>
        All.Where(c => string.Equals(c.MemberOf, group, StringComparison.OrdinalIgnoreCase)).ToList();
}
