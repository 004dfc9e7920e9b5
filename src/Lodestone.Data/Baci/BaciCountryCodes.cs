using System.Globalization;
using Lodestone.Data.Loading;
using Lodestone.Domain.Model;

namespace Lodestone.Data.Baci;

/// <summary>BACI's numeric country codes, read from a release's <c>country_codes_V*.csv</c> or, without one, built from the reference data.</summary>
/// <remarks>
/// Without a release file the table is ISO 3166-1 numeric (the <c>numeric</c> column of <c>reference/countries.csv</c>, Debian
/// iso-codes) overlaid with <c>reference/baci_country_codes.csv</c>: the codes BACI takes from UN Comtrade (842 USA, 251 France,
/// 699 India, 579 Norway, 757 Switzerland, 58 Belgium-Luxembourg) and BACI's 490 "Other Asia, nes" (Taiwan), each with its source.
/// The overlay wins over a release file too, so 490 is always Taiwan and 58 always Belgium.
/// </remarks>
internal sealed class BaciCountryCodes
{
    public const string ExceptionsFile = "baci_country_codes.csv";

    private readonly Dictionary<int, BaciCountry> _codes;

    private BaciCountryCodes(Dictionary<int, BaciCountry> codes, string origin)
    {
        _codes = codes;
        Origin = origin;
    }

    /// <summary>Where the table came from: the release file's name, or "reference data".</summary>
    public string Origin { get; }

    public int Count => _codes.Count;

    /// <summary>The entry for <paramref name="code"/>, or null when the table does not know it.</summary>
    public BaciCountry? Find(int code) => _codes.GetValueOrDefault(code);

    /// <summary>ISO numeric codes plus the sourced exceptions.</summary>
    public static BaciCountryCodes FromReference(string dataDirectory, CountryCatalog countries, IssueLog issues)
    {
        var folder = Path.Combine(dataDirectory, ReferenceLoader.Folder);
        var codes = new Dictionary<int, BaciCountry>();
        foreach (var row in CsvFile.Read(Path.Combine(folder, "countries.csv"), ReferenceLoader.Folder + "/countries.csv", issues, ["iso3", "numeric", "name"]))
        {
            if (Code(row, "numeric") is { } code && Iso3.TryParse(row.Required("iso3"), out var iso3))
            {
                codes[code] = new BaciCountry(code, iso3, row.Required("name"), null);
            }
        }
        return new BaciCountryCodes(WithExceptions(codes, folder, countries, issues), "reference data (ISO 3166-1 numeric and " + ExceptionsFile + ")");
    }

    /// <summary>A release's own table (<c>country_code, country_name, country_iso2, country_iso3</c>, or the older
    /// <c>country_code, country_name_abbreviation, country_name_full, iso_2digit_alpha, iso_3digit_alpha</c>).</summary>
    /// <remarks>Cells are read as text, so Namibia's ISO2 "NA" stays "NA"; only the ISO3 column decides the country.</remarks>
    public static BaciCountryCodes FromRelease(TextReader reader, string displayName, string dataDirectory, CountryCatalog countries, IssueLog issues)
    {
        var rows = CsvFile.Read(reader, displayName, issues, ["country_code"]);
        var codes = new Dictionary<int, BaciCountry>();
        foreach (var row in rows)
        {
            var iso3Column = row.Raw("country_iso3") is not null ? "country_iso3" : "iso_3digit_alpha";
            var nameColumn = row.Raw("country_name") is not null ? "country_name" : "country_name_abbreviation";
            if (row.Raw(iso3Column) is null)
            {
                row.Error("country_iso3", "expected a country_iso3 (or iso_3digit_alpha) column, as in CEPII's country_codes_V*.csv");
                break;
            }
            if (Code(row, "country_code") is not { } code)
            {
                continue;
            }
            var name = row.Optional(nameColumn) ?? "";
            var text = row.Optional(iso3Column);
            if (text == "S19")
            {
                codes[code] = new BaciCountry(code, new Iso3("TWN"), name, "BACI's S19 'Other Asia, nes': Taiwan");
            }
            else if (text is not null && Iso3.TryParse(text, out var iso3) && countries.Contains(iso3))
            {
                codes[code] = new BaciCountry(code, iso3, name, null);
            }
            else
            {
                codes[code] = new BaciCountry(code, null, name, $"'{name}' ({text ?? "no ISO3 code"}) is not an ISO 3166-1 country");
            }
        }
        return new BaciCountryCodes(WithExceptions(codes, Path.Combine(dataDirectory, ReferenceLoader.Folder), countries, issues), displayName);
    }

    private static Dictionary<int, BaciCountry> WithExceptions(Dictionary<int, BaciCountry> codes, string folder, CountryCatalog countries, IssueLog issues)
    {
        var file = ReferenceLoader.Folder + "/" + ExceptionsFile;
        foreach (var row in CsvFile.Read(Path.Combine(folder, ExceptionsFile), file, issues, ["code", "iso3", "baci_name", "source_ids", "note"]))
        {
            if (Code(row, "code") is { } code && row.Country("iso3", countries, required: true) is { } iso3)
            {
                codes[code] = new BaciCountry(code, iso3, row.Required("baci_name"), row.Optional("note"));
            }
        }
        return codes;
    }

    private static int? Code(CsvRow row, string column)
    {
        var text = row.Optional(column);
        if (text is null)
        {
            return null;
        }
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var code))
        {
            row.Error(column, $"expected a numeric country code such as 842, got '{text}'");
            return null;
        }
        return code;
    }
}
