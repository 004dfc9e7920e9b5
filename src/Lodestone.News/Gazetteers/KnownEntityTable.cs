using System.Globalization;
using Lodestone.Data.Loading;
using Lodestone.Domain.Errors;
using Lodestone.Domain.Model;

namespace Lodestone.News.Gazetteers;

/// <summary>
/// Reads data/reference/companies.csv and places.csv: name, aliases, kind, iso3, the row's source, whether that source
/// was checked, when it was checked and the page's own date where it shows one.
/// </summary>
internal static class KnownEntityTable
{
    public const string CompaniesFile = "companies.csv";
    public const string PlacesFile = "places.csv";

    private static readonly string[] CompanyKinds = ["company", "agency", "exchange"];
    private static readonly string[] PlaceKinds = ["mine", "deposit", "region", "city"];

    /// <summary>Both tables under <paramref name="dataDirectory"/>; a missing file contributes nothing.</summary>
    /// <exception cref="DataValidationException">When a row is malformed (file:line:field and what was expected).</exception>
    public static IReadOnlyList<KnownEntity> Load(string dataDirectory, CountryCatalog countries)
    {
        var issues = new IssueLog();
        var entities = new List<KnownEntity>();
        entities.AddRange(Read(dataDirectory, CompaniesFile, CompanyKinds, countries, issues));
        entities.AddRange(Read(dataDirectory, PlacesFile, PlaceKinds, countries, issues));
        issues.ThrowIfAny();
        return entities;
    }

    private static List<KnownEntity> Read(string dataDirectory, string file, string[] kinds, CountryCatalog countries, IssueLog issues)
    {
        var path = Path.Combine(dataDirectory, ReferenceLoader.Folder, file);
        var result = new List<KnownEntity>();
        if (!File.Exists(path))
        {
            return result;
        }
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in CsvFile.Read(path, ReferenceLoader.Folder + "/" + file, issues, ["name", "aliases", "kind", "iso3", "source_title", "source_url", "source_checked", "source_published", "checked_on"]))
        {
            var name = row.Required("name");
            if (name.Length > 0 && !names.Add(name))
            {
                row.Error("name", $"duplicate name '{name}'");
            }
            var kind = row.Required("kind");
            if (kind.Length > 0 && !kinds.Contains(kind, StringComparer.Ordinal))
            {
                row.Error("kind", $"unknown kind '{kind}' (expected {string.Join(", ", kinds)})");
            }
            var url = row.Required("source_url");
            if (url.Length > 0 && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            {
                row.Error("source_url", $"'{url}' is not an http(s) URL");
            }
            var title = row.Required("source_title");
            // "no": the URL was written from knowledge and not fetched (no internet where the table was built); "yes":
            // the page was opened and says what the row says.
            var checkedText = row.Required("source_checked");
            if (checkedText.Length > 0 && checkedText is not ("yes" or "no"))
            {
                row.Error("source_checked", $"'{checkedText}' is not yes or no");
            }
            // A checked row must say when it was checked (a full date: the page may change after it); an unchecked row
            // must not carry a check date, which would pass it off as checked.
            var published = row.OptionalDate("source_published");
            var checkedOn = CheckedOn(row, checkedText == "yes");
            var country = row.Country("iso3", countries, required: true);
            var aliases = (row.Optional("aliases") ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (country is { } iso3)
            {
                result.Add(new KnownEntity(name, aliases, kind, iso3, title, url)
                {
                    SourceChecked = checkedText == "yes",
                    CheckedOn = checkedOn,
                    SourcePublished = published,
                });
            }
        }
        return result;
    }

    private static DateOnly? CheckedOn(CsvRow row, bool sourceChecked)
    {
        var text = row.Optional("checked_on");
        if (text is null)
        {
            if (sourceChecked)
            {
                row.Error("checked_on", "a row with source_checked=yes needs the date its page was checked (YYYY-MM-DD)");
            }
            return null;
        }
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            row.Error("checked_on", $"expected a date YYYY-MM-DD, got '{text}'");
            return null;
        }
        if (!sourceChecked)
        {
            row.Error("checked_on", $"'{text}' given on a row with source_checked=no: a check date belongs to checked rows only");
        }
        return date;
    }
}
