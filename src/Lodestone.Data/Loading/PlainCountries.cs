using System.Runtime.CompilerServices;
using Lodestone.Domain.Model;

namespace Lodestone.Data.Loading;

/// <summary>The country a code of the export series names, as <see cref="ExportSeriesReader"/>'s checked reading
/// resolves it (a withdrawn code is OTH, else <see cref="CountryCatalog.FindByName"/>), each distinct text resolved
/// once.</summary>
/// <remarks>Two capital letters, the file's every code, are looked up in a 26 × 26 table (no hashing,
/// no string made).</remarks>
internal sealed class PlainCountries(CountryCatalog countries, IReadOnlySet<string> withdrawn)
{
    private readonly Iso3?[] _byLetters = new Iso3?[26 * 26];
    private readonly bool[] _resolved = new bool[26 * 26];
    private readonly Dictionary<string, Iso3?> _others = new(StringComparer.Ordinal);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public Iso3? Find(ReadOnlySpan<char> text)
    {
        if (text.Length != 2 || !char.IsAsciiLetterUpper(text[0]) || !char.IsAsciiLetterUpper(text[1]))
        {
            var other = text.ToString();
            if (!_others.TryGetValue(other, out var code))
            {
                _others[other] = code = Resolve(other);
            }
            return code;
        }
        var at = ((text[0] - 'A') * 26) + (text[1] - 'A');
        if (!_resolved[at])
        {
            _byLetters[at] = Resolve(text.ToString());
            _resolved[at] = true;
        }
        return _byLetters[at];
    }

    private Iso3? Resolve(string text) => withdrawn.Contains(text) ? Iso3.Other : countries.FindByName(text)?.Iso3;
}
