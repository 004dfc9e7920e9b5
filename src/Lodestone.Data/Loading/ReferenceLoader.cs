using Lodestone.Domain.Model;

namespace Lodestone.Data.Loading;

/// <summary>Loads <c>data/reference/*.csv</c>: sources, commodities, countries, their names and groups.</summary>
public static class ReferenceLoader
{
    public const string Folder = "reference";

    public static ReferenceData Load(string dataDirectory, IssueLog issues)
    {
        var folder = Path.Combine(dataDirectory, Folder);
        var sources = LoadSources(folder, issues);
        var sourceIds = sources.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var commodities = LoadCommodities(folder, issues, sourceIds);
        var countries = LoadCountries(folder, issues, sourceIds);
        var catalog = new CommodityCatalog(commodities);
        var hsCodes = HsCodeReader.Load(folder, catalog, sourceIds, issues);
        var hs17 = hsCodes.Where(c => c.Nomenclature == "HS17").Select(c => c.Hs6).ToHashSet(StringComparer.Ordinal);
        var hsLinks = HsConcordanceReader.Load(folder, hs17, sourceIds, issues);
        var rules = SeriesRuleReader.Load(folder, catalog, issues);
        var agreementTypes = AgreementTypeReader.Load(folder, issues);
        var reference = new ReferenceData(catalog, new CountryCatalog(countries), sources, hsCodes, SeriesRules: rules, AgreementTypes: agreementTypes,
            ImportCategories: ImportCategoryReader.Load(folder, catalog, issues), HsLinks: hsLinks);
        // The series is 345,731 rows: read when a trade view first asks, not on every load.
        ReferenceData? self = null;
        self = reference with
        {
            ExportSeries = new Lazy<Domain.Trade.ExportSeries>(() => ExportSeriesReader.Load(dataDirectory, self!)),
            SalientFigures = new Lazy<Domain.Facts.SalientFigureTable>(() => Usgs.SalientFigureReader.Load(dataDirectory, self!)),
        };
        return self;
    }

    private static string FileName(string name) => Folder + "/" + name;

    private static List<Source> LoadSources(string folder, IssueLog issues)
    {
        var file = FileName("sources.csv");
        var result = new List<Source>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in CsvFile.Read(Path.Combine(folder, "sources.csv"), file, issues, ["id", "title", "publisher", "url", "published"]))
        {
            var id = row.Required("id");
            if (id.Length > 0 && !seen.Add(id))
            {
                row.Error("id", $"duplicate source id '{id}'");
            }
            result.Add(new Source(id, row.Required("title"), row.Optional("publisher"), row.Optional("url"), row.OptionalDate("published"), row.Optional("note")));
        }
        return result;
    }

    private static List<Commodity> LoadCommodities(string folder, IssueLog issues, HashSet<string> sourceIds)
    {
        var file = FileName("commodities.csv");
        var rows = CsvFile.Read(Path.Combine(folder, "commodities.csv"), file, issues,
            ["name", "kind", "aliases", "symbols", "member_of", "subgroup", "hs_codes", "us_critical_2025", "eu_critical_2023", "eu_strategic_2023", "source_ids"]);
        var result = new List<Commodity>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in rows)
        {
            var name = row.Required("name");
            if (name != name.ToLowerInvariant())
            {
                row.Error("name", $"canonical names are lower-case, got '{name}'");
            }
            if (name.Length > 0 && !names.Add(name))
            {
                row.Error("name", $"duplicate commodity '{name}'");
            }
            var kindText = row.Required("kind");
            if (!Enum.TryParse<CommodityKind>(kindText, ignoreCase: true, out var kind))
            {
                row.Error("kind", $"expected element, mineral, group or product, got '{kindText}'");
            }
            var ids = List(row.Optional("source_ids"));
            foreach (var id in ids.Where(id => !sourceIds.Contains(id)))
            {
                row.Error("source_ids", $"unknown source id '{id}' (expected an id from reference/sources.csv)");
            }
            result.Add(new Commodity(name, kind, List(row.Optional("aliases")), List(row.Optional("symbols")), row.Optional("member_of"),
                row.Optional("subgroup"), List(row.Optional("hs_codes")), row.RequiredBool("us_critical_2025"),
                row.RequiredBool("eu_critical_2023"), row.RequiredBool("eu_strategic_2023"), ids));
        }
        foreach (var (commodity, row) in result.Zip(rows))
        {
            if (commodity.MemberOf is { } group && !names.Contains(group))
            {
                row.Error("member_of", $"unknown group '{group}'");
            }
        }
        return result;
    }

    private static List<Country> LoadCountries(string folder, IssueLog issues, HashSet<string> sourceIds)
    {
        var codes = new Dictionary<string, (string IsoName, string? Common, string? Iso2)>(StringComparer.Ordinal);
        var file = FileName("countries.csv");
        foreach (var row in CsvFile.Read(Path.Combine(folder, "countries.csv"), file, issues, ["iso3", "iso2", "name", "official_name", "common_name"]))
        {
            var iso3 = row.Required("iso3");
            if (!Iso3.IsWellFormed(iso3))
            {
                row.Error("iso3", $"expected three upper-case letters, got '{iso3}'");
                continue;
            }
            if (!codes.TryAdd(iso3, (row.Required("name"), row.Optional("common_name"), row.Optional("iso2"))))
            {
                row.Error("iso3", $"duplicate country code '{iso3}'");
            }
        }

        var names = new Dictionary<string, (string Display, IReadOnlyList<string> Aliases, IReadOnlyList<string> Demonyms, string? Capital)>(StringComparer.Ordinal);
        file = FileName("country_names.csv");
        foreach (var row in CsvFile.Read(Path.Combine(folder, "country_names.csv"), file, issues, ["iso3", "display_name", "aliases", "demonyms", "capital", "source_id"]))
        {
            var iso3 = row.Required("iso3");
            if (!codes.ContainsKey(iso3))
            {
                row.Error("iso3", $"unknown ISO 3166-1 alpha-3 code '{iso3}'");
                continue;
            }
            CheckSource(row, "source_id", sourceIds);
            if (!names.TryAdd(iso3, (row.Required("display_name"), List(row.Optional("aliases")), List(row.Optional("demonyms")), row.Optional("capital"))))
            {
                row.Error("iso3", $"duplicate row for '{iso3}'");
            }
        }

        var groups = LoadGroups(folder, issues, sourceIds, codes.Keys);

        return codes.Select(kv =>
        {
            names.TryGetValue(kv.Key, out var n);
            var display = n.Display ?? kv.Value.Common ?? kv.Value.IsoName;
            var aliases = new List<string>(n.Aliases ?? []);
            if (kv.Value.Common is { } common && common != display)
            {
                aliases.Add(common);
            }
            return new Country(new Iso3(kv.Key), display, kv.Value.IsoName, aliases, n.Demonyms ?? [], n.Capital,
                groups.TryGetValue(kv.Key, out var g) ? g : new HashSet<string>())
            { Iso2 = kv.Value.Iso2 };
        }).ToList();
    }

    /// <summary>country_groups.csv: the groups each of the <paramref name="known"/> countries belongs to (by
    /// ISO3).</summary>
    private static Dictionary<string, HashSet<string>> LoadGroups(string folder, IssueLog issues,
        HashSet<string> sourceIds, ICollection<string> known)
    {
        var groups = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var file = FileName("country_groups.csv");
        foreach (var row in CsvFile.Read(Path.Combine(folder, "country_groups.csv"), file, issues, ["group", "iso3", "source_id"]))
        {
            var iso3 = row.Required("iso3");
            if (!known.Contains(iso3))
            {
                row.Error("iso3", $"unknown ISO 3166-1 alpha-3 code '{iso3}'");
                continue;
            }
            CheckSource(row, "source_id", sourceIds);
            var group = row.Required("group");
            if (!groups.TryGetValue(iso3, out var set))
            {
                groups[iso3] = set = new HashSet<string>(StringComparer.Ordinal);
            }
            if (!set.Add(group))
            {
                row.Error("group", $"'{iso3}' is listed twice in group '{group}'");
            }
        }
        return groups;
    }

    private static void CheckSource(CsvRow row, string column, HashSet<string> sourceIds)
    {
        var id = row.Required(column);
        if (id.Length > 0 && !sourceIds.Contains(id))
        {
            row.Error(column, $"unknown source id '{id}' (expected an id from reference/sources.csv)");
        }
    }

    /// <summary>Splits a ';'-separated list cell.</summary>
    public static IReadOnlyList<string> List(string? cell) =>
        cell is null ? [] : cell.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
