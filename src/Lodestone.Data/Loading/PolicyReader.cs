using Lodestone.Domain.Facts;
using Lodestone.Domain.Model;

namespace Lodestone.Data.Loading;

/// <summary>Reads the policy files: export controls, agreements and projects.</summary>
/// <remarks>
/// Their commodity and stage cells are free text ("rare earths (dysprosium)", "mining; separation"). Each
/// ';'-separated part that names a known commodity is resolved; the rest (e.g. "superhard materials") stays in the
/// text column only. Country columns must be real ISO codes.
/// </remarks>
internal static class PolicyReader
{
    public static List<ExportControl> ReadExportControls(IEnumerable<CsvRow> rows, ReferenceData reference, SourceRegistry sources) =>
        StreamExportControls(rows, reference, sources, checkIds: true).ToList();

    /// <summary>As <see cref="ReadExportControls"/>, one row at a time; <paramref name="checkIds"/> false leaves a
    /// repeated id to the store's unique index.</summary>
    public static IEnumerable<ExportControl> StreamExportControls(IEnumerable<CsvRow> rows, ReferenceData reference,
        SourceRegistry sources, bool checkIds)
    {
        var ids = checkIds ? new Dictionary<string, int>(StringComparer.Ordinal) : null;
        foreach (var row in rows)
        {
            var id = UniqueId(row, ids);
            var date = row.RequiredDate("date");
            var effective = row.OptionalDate("effective_date");
            var imposing = row.Country("imposing_country", reference.Countries, required: true);
            var commodityText = row.Required("commodity");
            var stageText = row.Optional("stage");
            var targetsText = row.Required("targets");
            var targets = ParseTargets(row, targetsText, reference.Countries);
            var suspendedFrom = row.OptionalDate("suspended_from");
            var suspendedUntil = row.OptionalDate("suspended_until");
            if (suspendedFrom is { } f && suspendedUntil is { } u && u < f)
            {
                row.Error("suspended_until", $"suspension ends ({u}) before it starts ({f})");
            }
            var sourceId = sources.FromRow(row);
            if (imposing is null)
            {
                continue;
            }
            yield return new ExportControl(id, date, effective, imposing.Value, row.Optional("measure_ref"),
                ResolveCommodities(commodityText, reference.Commodities), commodityText, row.Optional("items_scope"),
                ParseStages(stageText), stageText, row.Required("measure_type"), targets, targetsText, row.Required("status"),
                row.OptionalDate("status_as_of"), suspendedFrom, suspendedUntil, sourceId, row.Optional("notes"));
        }
    }

    public static List<Agreement> ReadAgreements(IEnumerable<CsvRow> rows, ReferenceData reference, SourceRegistry sources) =>
        StreamAgreements(rows, reference, sources, checkIds: true).ToList();

    /// <summary>As <see cref="ReadAgreements"/>, one row at a time; <paramref name="checkIds"/> false leaves a repeated
    /// id to the store's unique index.</summary>
    public static IEnumerable<Agreement> StreamAgreements(IEnumerable<CsvRow> rows, ReferenceData reference,
        SourceRegistry sources, bool checkIds)
    {
        var ids = checkIds ? new Dictionary<string, int>(StringComparer.Ordinal) : null;
        foreach (var row in rows)
        {
            var id = UniqueId(row, ids);
            var date = row.RequiredDate("date");
            var parties = new List<Iso3>();
            var others = new List<string>();
            foreach (var party in ReferenceLoader.List(row.Required("parties")))
            {
                if (party == "EU")
                {
                    others.Add(party);
                }
                else if (row.ResolveCountry("parties", party, reference.Countries) is { } code)
                {
                    parties.Add(code);
                }
            }
            var commodityText = row.Optional("commodities") ?? "";
            var sourceId = sources.FromRow(row);
            yield return new Agreement(id, date, parties, others, row.Required("type"), ResolveCommodities(commodityText, reference.Commodities),
                commodityText, row.OptionalMoney("amount_usd"), row.Optional("amount_note"), row.Required("summary"), row.Required("status"),
                sourceId, row.Optional("notes"));
        }
    }

    public static List<Project> ReadProjects(IEnumerable<CsvRow> rows, ReferenceData reference,
        SourceRegistry sources) => StreamProjects(rows, reference, sources, checkIds: true).ToList();

    /// <summary>As <see cref="ReadProjects"/>, one row at a time; <paramref name="checkIds"/> false leaves a repeated
    /// id to the store's unique index.</summary>
    public static IEnumerable<Project> StreamProjects(IEnumerable<CsvRow> rows, ReferenceData reference,
        SourceRegistry sources, bool checkIds)
    {
        var ids = checkIds ? new Dictionary<string, int>(StringComparer.Ordinal) : null;
        foreach (var row in rows)
        {
            var id = UniqueId(row, ids);
            var country = row.Country("country", reference.Countries, required: true);
            var commodityText = row.Required("commodity");
            var stageText = row.Required("stage");
            var min = row.OptionalNumber("capacity_min");
            var max = row.OptionalNumber("capacity_max");
            if (min is { } lo && max is { } hi && hi < lo)
            {
                row.Error("capacity_max", $"expected capacity_max ≥ capacity_min ({lo}), got {hi}");
            }
            var sourceId = sources.FromRow(row);
            if (country is null)
            {
                continue;
            }
            yield return new Project(id, row.Required("project"), country.Value, row.Optional("location"), row.Optional("operator"),
                ResolveCommodities(commodityText, reference.Commodities), commodityText, ParseStages(stageText), stageText, min, max,
                row.Optional("unit"), row.Required("status"), row.OptionalDate("status_date"), row.OptionalDate("expected_start"),
                row.OptionalMoney("investment_usd"), row.Optional("investment_note"), row.Optional("us_gov_support"),
                row.Optional("other_gov_support"), sourceId, row.Optional("notes"));
        }
    }

    /// <summary>Canonical commodities named in a free-text cell: "rare earths (dysprosium)" → rare earths, dysprosium.</summary>
    public static IReadOnlyList<string> ResolveCommodities(string text, CommodityCatalog catalog)
    {
        var found = new List<string>();
        foreach (var part in text.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (catalog.Find(part) is { } whole)
            {
                Add(whole.Name);
            }
            var paren = part.IndexOf('(', StringComparison.Ordinal);
            if (paren > 0)
            {
                if (catalog.Find(part[..paren].Trim()) is { } head)
                {
                    Add(head.Name);
                }
                foreach (var inner in part[(paren + 1)..].TrimEnd(')').Split([',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                {
                    if (catalog.Find(inner) is { } member)
                    {
                        Add(member.Name);
                    }
                }
            }
        }
        return found;

        void Add(string name)
        {
            if (!found.Contains(name))
            {
                found.Add(name);
            }
        }
    }

    /// <summary>Stages named in a free-text cell ("mining; separation" → mining, refining).</summary>
    public static IReadOnlyList<Stage> ParseStages(string? text)
    {
        if (text is null)
        {
            return [];
        }
        var stages = new List<Stage>();
        foreach (var part in text.Split([';', ','], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (Stages.TryParse(part, out var s) && !stages.Contains(s))
            {
                stages.Add(s);
            }
        }
        if (text.Contains("all stages", StringComparison.OrdinalIgnoreCase) || text.Trim() == "all")
        {
            return Stages.All;
        }
        return stages;
    }

    private static List<Iso3> ParseTargets(CsvRow row, string text, CountryCatalog countries)
    {
        var targets = new List<Iso3>();
        if (text.StartsWith("all", StringComparison.OrdinalIgnoreCase))
        {
            return targets;
        }
        // "USA (military end users/uses)", "CHN (entities)", "USA end users and suppliers": the leading code is the target.
        // A field of separators alone ("(", " ;") has no leading code: it was an IndexOutOfRangeException (scripts/fuzz facts).
        if (text.Split([' ', '(', ';'], StringSplitOptions.RemoveEmptyEntries) is not [var head, ..])
        {
            row.Error("targets", $"expected 'all destinations' or a country code such as USA (with an optional note), got '{text}'");
            return targets;
        }
        if (row.ResolveCountry("targets", head, countries) is { } code)
        {
            targets.Add(code);
        }
        return targets;
    }

    private static string UniqueId(CsvRow row, Dictionary<string, int>? ids)
    {
        var id = row.Required("id");
        if (id.Length > 0 && ids is not null && !ids.TryAdd(id, row.Line))
        {
            row.Error("id", $"duplicate id '{id}'; first on line {ids[id]}");
        }
        return id;
    }
}
