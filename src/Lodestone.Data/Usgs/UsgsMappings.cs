using Lodestone.Data.Loading;
using Lodestone.Domain.Model;

namespace Lodestone.Data.Usgs;

/// <summary>The mapping tables that turn the USGS release into Lodestone facts; data, not code (<c>data/reference/usgs_*.csv</c>).</summary>
/// <remarks>
/// Every (COMMODITY, TYPE) series of the world file and every NIR column of a salient file must be listed, either mapped or
/// skipped with a reason: a series the tables do not know is an error, never silently dropped.
/// </remarks>
internal sealed class UsgsMappings
{
    public const string SeriesFile = "usgs_series.csv";
    public const string CountriesFile = "usgs_countries.csv";
    public const string SalientFile = "usgs_salient.csv";
    public const string ReleasesFile = "usgs_releases.csv";

    private readonly Dictionary<(string, string), UsgsSeriesMapping> _series;
    private readonly Dictionary<string, UsgsCountryMapping> _countries;
    private readonly Dictionary<(string, string), UsgsSalientMapping> _salient;
    private readonly Dictionary<string, UsgsRelease> _releases;

    public UsgsMappings(IEnumerable<UsgsSeriesMapping> series, IEnumerable<UsgsCountryMapping> countries,
        IEnumerable<UsgsSalientMapping> salient, IEnumerable<UsgsRelease> releases)
    {
        _series = series.ToDictionary(s => (UsgsText.Key(s.UsgsCommodity), UsgsText.Key(s.UsgsType)));
        _countries = countries.ToDictionary(c => UsgsText.Key(c.UsgsName));
        _salient = salient.ToDictionary(s => (UsgsText.Key(s.File), UsgsText.Key(s.Column)));
        _releases = releases.ToDictionary(r => r.Edition.ToUpperInvariant());
    }

    /// <summary>Every (COMMODITY, TYPE) row, imported or skipped.</summary>
    public IReadOnlyCollection<UsgsSeriesMapping> Series => _series.Values;

    /// <summary>Every salient-file column row, imported or skipped.</summary>
    public IReadOnlyCollection<UsgsSalientMapping> SalientColumns => _salient.Values;

    /// <summary>The mapping of a (COMMODITY, TYPE) pair as published (padding and case ignored), or null when the table lacks it.</summary>
    public UsgsSeriesMapping? FindSeries(string usgsCommodity, string usgsType) =>
        _series.GetValueOrDefault((UsgsText.Key(usgsCommodity), UsgsText.Key(usgsType)));

    /// <summary>The ISO code of a USGS country name (padding and case ignored), or null.</summary>
    public UsgsCountryMapping? FindCountry(string usgsName) => _countries.GetValueOrDefault(UsgsText.Key(usgsName));

    /// <summary>The mapping of a salient column (<paramref name="file"/> is the code, "antim"), or null.</summary>
    public UsgsSalientMapping? FindSalient(string file, string column) =>
        _salient.GetValueOrDefault((UsgsText.Key(file), UsgsText.Key(column)));

    /// <summary>The citation of an edition ("MCS2025"), or null.</summary>
    public UsgsRelease? FindRelease(string edition) => _releases.GetValueOrDefault(edition.ToUpperInvariant());

    /// <summary>Loads the four tables from <paramref name="referenceFolder"/>, validating commodities and ISO codes against <paramref name="reference"/>.</summary>
    public static UsgsMappings Load(string referenceFolder, ReferenceData reference, IssueLog issues) => new(
        LoadSeries(Path.Combine(referenceFolder, SeriesFile), reference, issues),
        LoadCountries(Path.Combine(referenceFolder, CountriesFile), reference, issues),
        LoadSalient(Path.Combine(referenceFolder, SalientFile), reference, issues),
        LoadReleases(Path.Combine(referenceFolder, ReleasesFile), issues));

    private static string Display(string file) => ReferenceLoader.Folder + "/" + file;

    private static List<UsgsSeriesMapping> LoadSeries(string path, ReferenceData reference, IssueLog issues)
    {
        var result = new List<UsgsSeriesMapping>();
        var keys = new Dictionary<(string, string), int>();
        var rows = CsvFile.Read(path, Display(SeriesFile), issues,
            ["usgs_commodity", "usgs_type", "action", "commodity", "stage", "series", "columns", "unit", "reserves_unit", "reserves_commodity", "reason"]);
        foreach (var row in rows)
        {
            var usgsCommodity = row.Required("usgs_commodity");
            var usgsType = row.Required("usgs_type");
            if (!keys.TryAdd((UsgsText.Key(usgsCommodity), UsgsText.Key(usgsType)), row.Line))
            {
                row.Error("usgs_type", $"duplicate (COMMODITY, TYPE) pair ('{usgsCommodity}', '{usgsType}'); first on line {keys[(UsgsText.Key(usgsCommodity), UsgsText.Key(usgsType))]}");
                continue;
            }
            var action = row.Required("action");
            var reason = row.Optional("reason");
            if (action == "skip")
            {
                if (reason is null)
                {
                    row.Error("reason", "a skipped series needs a reason");
                }
                result.Add(new UsgsSeriesMapping(usgsCommodity, usgsType, true, "", Stage.Mining, "", UsgsColumns.None, null, null, null, reason, row.Line));
                continue;
            }
            if (action != "import")
            {
                row.Error("action", $"expected import or skip, got '{action}'");
                continue;
            }
            var commodity = CanonicalCommodity(row, "commodity", reference, required: true);
            var stageText = row.Required("stage");
            if (!Stages.TryParse(stageText, out var stage) || stage is not (Stage.Mining or Stage.Refining))
            {
                row.Error("stage", $"expected mining or refining, got '{stageText}'");
            }
            var series = row.Required("series");
            var columns = ParseColumns(row);
            var unit = row.Optional("unit");
            var reservesUnit = row.Optional("reserves_unit");
            if ((unit is not null || reservesUnit is not null) && reason is null)
            {
                row.Error("reason", "a unit correction needs its reason");
            }
            foreach (var (column, text) in new[] { ("unit", unit), ("reserves_unit", reservesUnit) })
            {
                if (text is not null && !UsgsUnits.IsKnown(text))
                {
                    row.Error(column, $"unknown unit '{text}' (expected one of {string.Join(", ", UsgsUnits.Known)}, optionally followed by a basis in parentheses)");
                }
            }
            var reservesCommodity = CanonicalCommodity(row, "reserves_commodity", reference, required: false);
            result.Add(new UsgsSeriesMapping(usgsCommodity, usgsType, false, commodity ?? "", stage, series, columns, unit, reservesUnit,
                reservesCommodity, reason, row.Line));
        }
        return result;
    }

    private static UsgsColumns ParseColumns(CsvRow row)
    {
        var columns = UsgsColumns.None;
        foreach (var part in ReferenceLoader.List(row.Required("columns")))
        {
            switch (part)
            {
                case "production":
                    columns |= UsgsColumns.Production;
                    break;
                case "capacity":
                    columns |= UsgsColumns.Capacity;
                    break;
                case "reserves":
                    columns |= UsgsColumns.Reserves;
                    break;
                default:
                    row.Error("columns", $"expected a ';' list of production, capacity, reserves, got '{part}'");
                    break;
            }
        }
        return columns;
    }

    private static string? CanonicalCommodity(CsvRow row, string column, ReferenceData reference, bool required)
    {
        var text = required ? row.Required(column) : row.Optional(column);
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }
        if (!reference.Commodities.Contains(text))
        {
            row.Error(column, $"unknown commodity '{text}' (expected a canonical name from data/reference/commodities.csv)");
            return null;
        }
        return text;
    }

    private static List<UsgsCountryMapping> LoadCountries(string path, ReferenceData reference, IssueLog issues)
    {
        var result = new List<UsgsCountryMapping>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in CsvFile.Read(path, Display(CountriesFile), issues, ["usgs_name", "iso3", "series", "note"]))
        {
            var name = row.Required("usgs_name");
            var code = row.Country("iso3", reference.Countries, required: true, "WLD", "OTH");
            if (!seen.TryAdd(UsgsText.Key(name), row.Line))
            {
                row.Error("usgs_name", $"duplicate name '{name}'; first on line {seen[UsgsText.Key(name)]}");
                continue;
            }
            if (code is { } iso3)
            {
                result.Add(new UsgsCountryMapping(name, iso3, row.Optional("series")));
            }
        }
        return result;
    }

    private static List<UsgsSalientMapping> LoadSalient(string path, ReferenceData reference, IssueLog issues)
    {
        var result = new List<UsgsSalientMapping>();
        var seen = new Dictionary<(string, string), int>();
        foreach (var row in CsvFile.Read(path, Display(SalientFile), issues, ["file", "column", "action", "measure", "commodity", "series", "reason"]))
        {
            var file = row.Required("file");
            var column = row.Required("column");
            if (!seen.TryAdd((UsgsText.Key(file), UsgsText.Key(column)), row.Line))
            {
                row.Error("column", $"duplicate column ({file}, {column}); first on line {seen[(UsgsText.Key(file), UsgsText.Key(column))]}");
                continue;
            }
            var action = row.Required("action");
            var reason = row.Optional("reason");
            if (action == "skip")
            {
                if (reason is null)
                {
                    row.Error("reason", "a skipped column needs a reason");
                }
                result.Add(new UsgsSalientMapping(file, column, true, SalientMeasure.NetImportReliance, "", "", reason));
                continue;
            }
            if (action != "import")
            {
                row.Error("action", $"expected import or skip, got '{action}'");
                continue;
            }
            var measureText = row.Required("measure");
            SalientMeasure? measure = measureText switch
            {
                "nir" => SalientMeasure.NetImportReliance,
                "us_production" => SalientMeasure.UsProduction,
                _ => null,
            };
            if (measure is null)
            {
                row.Error("measure", $"expected nir or us_production, got '{measureText}'");
            }
            var commodity = CanonicalCommodity(row, "commodity", reference, required: true);
            var series = row.Required("series");
            if (measure is { } m && commodity is not null)
            {
                result.Add(new UsgsSalientMapping(file, column, false, m, commodity, series, reason));
            }
        }
        return result;
    }

    private static List<UsgsRelease> LoadReleases(string path, IssueLog issues)
    {
        var result = new List<UsgsRelease>();
        foreach (var row in CsvFile.Read(path, Display(ReleasesFile), issues, ["edition", "title", "publisher", "url", "published"]))
        {
            var edition = row.Required("edition");
            if (edition.Length > 0 && !System.Text.RegularExpressions.Regex.IsMatch(edition, "^MCS[0-9]{4}$"))
            {
                row.Error("edition", $"expected an edition code such as MCS2025, got '{edition}'");
                continue;
            }
            var published = row.RequiredDate("published");
            result.Add(new UsgsRelease(edition, row.Required("title"), row.Required("publisher"), row.Required("url"), published));
        }
        return result;
    }
}
