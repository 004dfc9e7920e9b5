namespace Lodestone.Domain.Model;

/// <summary>An ISO 3166-1 alpha-3 country code, or one of the aggregate codes the data uses.</summary>
/// <remarks>
/// Always three upper-case ASCII letters. Aggregates: <c>WLD</c> (world total), <c>OTH</c> (USGS
/// "Other countries"), <c>ROW</c> (rest of world after the listed countries). Whether a code is a
/// real country is the <see cref="CountryCatalog"/>'s business, not this type's. A <c>default(Iso3)</c> (an
/// uninitialised field, an array slot) names no country: reading its <see cref="Code"/> throws, so it cannot pass as
/// one.
/// </remarks>
public readonly record struct Iso3
{
    /// <summary>WLD: the world total row.</summary>
    public static readonly Iso3 World = new("WLD");
    /// <summary>OTH: USGS's "Other countries" row.</summary>
    public static readonly Iso3 Other = new("OTH");
    /// <summary>ROW: the rest of the world after the listed countries.</summary>
    public static readonly Iso3 RestOfWorld = new("ROW");

    private readonly string? _code;

    /// <summary>Three upper-case ASCII letters ("CHN").</summary>
    /// <exception cref="InvalidOperationException">The value is <c>default(Iso3)</c>, which names no
    /// country.</exception>
    public string Code => _code ?? throw new InvalidOperationException(
        "default(Iso3) names no country: an Iso3 is built from a three-letter code (new Iso3(\"CHN\"), Iso3.TryParse)");

    /// <summary>The code <paramref name="code"/>, taken as given (no trimming or upper-casing; see <see
    /// cref="TryParse"/>).</summary>
    /// <exception cref="ArgumentException">The code is not three upper-case ASCII letters.</exception>
    public Iso3(string code)
    {
        if (!IsWellFormed(code))
        {
            throw new ArgumentException($"'{code}' is not a three-letter upper-case code", nameof(code));
        }
        _code = code;
    }

    /// <summary>True for WLD, OTH and ROW: rows that are not one country.</summary>
    /// <exception cref="InvalidOperationException">The value is <c>default(Iso3)</c>.</exception>
    public bool IsAggregate => Code is "WLD" or "OTH" or "ROW";

    /// <summary>Whether <paramref name="code"/> is three upper-case ASCII letters (not whether such a country
    /// exists).</summary>
    public static bool IsWellFormed(string? code) =>
        code is { Length: 3 } && code.All(c => c is >= 'A' and <= 'Z');

    /// <summary>Reads a code from user text: trimmed and upper-cased ("chn " → CHN); false unless three letters
    /// remain.</summary>
    public static bool TryParse(string? text, out Iso3 iso3)
    {
        var trimmed = text?.Trim().ToUpperInvariant();
        if (IsWellFormed(trimmed))
        {
            iso3 = new Iso3(trimmed!);
            return true;
        }
        iso3 = default;
        return false;
    }

    /// <summary>The code, or "" for a <c>default</c> value (which names no country; see <see cref="Code"/>).</summary>
    public override string ToString() => _code ?? "";
}
