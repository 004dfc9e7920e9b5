using System.Globalization;
using Lodestone.Domain.Model;
using Lodestone.Optimization.Model;
using Lodestone.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Lodestone.Optimization.Specs;

/// <summary>Reads a plan file (YAML) into a <see cref="PlanSpec"/>, collecting every error with its line and field.</summary>
/// <remarks>
/// Sourced values are written <c>{ value: 6600, source: "USGS MCS 2025 …" }</c> or <c>{ value: 0.1, assumption: "why" }</c>;
/// a bare number where a sourced value is expected is an error. Unknown fields are errors (a typo must not
/// silently drop a constraint). Parsing uses the invariant culture.
/// </remarks>
public static class PlanSpecReader
{
    /// <summary>The plan in the file at <paramref name="path"/>.</summary>
    /// <exception cref="PlanSpecException">The file is missing, too large or invalid: every error with its line and field.</exception>
    public static PlanSpec ReadFile(string path)
    {
        string text;
        try
        {
            text = YamlLimits.ReadFile(path);
        }
        catch (YamlException e)
        {
            throw new PlanSpecException([new PlanSpecError(path, 0, "(file)", e.Message)]);
        }
        return Read(text, path);
    }

    /// <summary>The plan in <paramref name="yaml"/>, reported as <paramref name="fileName"/>.</summary>
    /// <exception cref="PlanSpecException">The text is invalid: every error with its line and field.</exception>
    public static PlanSpec Read(string yaml, string fileName)
    {
        var errors = new List<PlanSpecError>();
        YamlStream stream;
        try
        {
            stream = YamlLimits.Load(yaml);
        }
        catch (YamlException e)
        {
            throw new PlanSpecException([new PlanSpecError(fileName, (int)e.Start.Line, "(syntax)", e.Message)]);
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new PlanSpecException([new PlanSpecError(fileName, 1, "(root)", "expected a mapping of plan fields")]);
        }
        var context = new Context(fileName, errors);
        var spec = context.ReadRoot(root);
        if (errors.Count > 0)
        {
            throw new PlanSpecException(errors);
        }
        return spec with { Path = fileName };
    }

    private sealed class Context(string file, List<PlanSpecError> errors)
    {
        private static readonly HashSet<string> RootFields = new(StringComparer.Ordinal)
        {
            "name", "cap_basis", "cap_every_country", "importer", "supplier", "commodity", "stage", "unit", "start", "quarters", "cap", "by", "budget_usd",
            "partners_only", "partner_groups", "integer_projects", "demand_per_year", "price_usd_per_unit", "origin_prices",
            "offtake_premium_usd_per_unit", "spare_capacity_fraction", "risk_weight_usd_per_unit", "shortfall_penalty_usd_per_unit",
            "lead_time_quarters", "stockpile", "recycling", "projects",
        };

        private void Error(YamlNode node, string field, string message) => errors.Add(new PlanSpecError(file, Line(node), field, message));

        private static int Line(YamlNode node) => (int)node.Start.Line;

        /// <summary>A mapping key as text; a mapping or sequence used as a key ("{a: b}: c") is reported, never cast.</summary>
        private string? KeyOf(YamlNode node, string field)
        {
            if (node is YamlScalarNode scalar)
            {
                return scalar.Value ?? "";
            }
            Error(node, field, "expected a plain field name, got a " + (node is YamlMappingNode ? "mapping" : "sequence") + " as a key");
            return null;
        }

        public PlanSpec ReadRoot(YamlMappingNode root)
        {
            var spec = new PlanSpec();
            foreach (var (keyNode, value) in root.Children)
            {
                if (KeyOf(keyNode, "(root)") is not { } key)
                {
                    continue;
                }
                if (!RootFields.Contains(key))
                {
                    Error(keyNode, key, "unknown field (expected one of: " + string.Join(", ", RootFields.Order(StringComparer.Ordinal)) + ")");
                    continue;
                }
                spec = key switch
                {
                    "name" => spec with { Name = Text(value, key) },
                    "importer" => spec with { Importer = Country(value, key) },
                    "supplier" => spec with { Supplier = Country(value, key) },
                    "commodity" => spec with { Commodity = Text(value, key) },
                    "stage" => spec with { Stage = StageOf(value, key) },
                    "unit" => spec with { Unit = UnitOf(value, key) },
                    "start" => spec with { Start = QuarterOf(value, key) },
                    "quarters" => spec with { Quarters = (int?)Number(value, key, 1, 80, integer: true) },
                    "cap" => spec with { Cap = Number(value, key, 0, 1), CapLine = Line(value) },
                    "cap_basis" => spec with { Basis = BasisOf(value, key) },
                    "cap_every_country" => spec with { CapEveryCountry = Bool(value, key) },
                    "by" => spec with { By = DateOf(value, key), ByLine = Line(value) },
                    "budget_usd" => spec with { BudgetUsd = Number(value, key, 0, double.MaxValue), BudgetLine = Line(value) },
                    "partners_only" => spec with { PartnersOnly = Bool(value, key) },
                    "partner_groups" => spec with { PartnerGroups = List(value, key) },
                    "integer_projects" => spec with { IntegerProjects = Bool(value, key) ?? true },
                    "demand_per_year" => spec with { DemandPerYear = SourcedNumber(value, key, 0, double.MaxValue) },
                    "price_usd_per_unit" => spec with { PriceUsdPerUnit = SourcedNumber(value, key, 0, double.MaxValue) },
                    "origin_prices" => spec with { OriginPrices = OriginPrices(value, key) },
                    "offtake_premium_usd_per_unit" => spec with { OfftakePremiumUsdPerUnit = SourcedNumber(value, key, 0, double.MaxValue) },
                    "spare_capacity_fraction" => spec with { SpareCapacityFraction = SourcedNumber(value, key, 0, 1) },
                    "risk_weight_usd_per_unit" => spec with { RiskWeightUsdPerUnit = SourcedNumber(value, key, 0, double.MaxValue) },
                    "shortfall_penalty_usd_per_unit" => spec with { ShortfallPenaltyUsdPerUnit = SourcedNumber(value, key, 0, double.MaxValue) },
                    "lead_time_quarters" => spec with { LeadTimeQuarters = SourcedNumber(value, key, 0, 80) },
                    "stockpile" => spec with { Stockpile = StockpileOf(value, key) },
                    "recycling" => spec with { Recycling = RecyclingOf(value, key) },
                    "projects" => spec with { Projects = ProjectsOf(value, key) },
                    _ => spec,
                };
            }
            return spec;
        }

        private string? Text(YamlNode node, string field)
        {
            if (node is YamlScalarNode { Value: { Length: > 0 } text })
            {
                return text.Trim();
            }
            Error(node, field, "expected text");
            return null;
        }

        private Iso3? Country(YamlNode node, string field)
        {
            var text = Text(node, field);
            if (text is null)
            {
                return null;
            }
            if (Iso3.TryParse(text, out var code) && text.Length == 3)
            {
                return code;
            }
            Error(node, field, $"'{text}' is not a three-letter ISO country code");
            return null;
        }

        private Stage? StageOf(YamlNode node, string field)
        {
            var text = Text(node, field);
            if (text is not null && Stages.TryParse(text, out var stage))
            {
                return stage;
            }
            Error(node, field, $"'{text}' is not a stage (mining, refining, components, recycling)");
            return null;
        }

        private string UnitOf(YamlNode node, string field)
        {
            var text = Text(node, field) ?? "t";
            if (UnitScale.ToTonnes(text) is null)
            {
                Error(node, field, $"'{text}' is not a mass unit the planner knows (t, kt, kg)");
            }
            return text;
        }

        private Quarter? QuarterOf(YamlNode node, string field)
        {
            var text = Text(node, field);
            if (text is { Length: 6 } && text[4] is 'Q' or 'q'
                && int.TryParse(text[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
                && int.TryParse(text[5..], NumberStyles.None, CultureInfo.InvariantCulture, out var q) && q is >= 1 and <= 4)
            {
                return new Quarter(year, q);
            }
            if (PartialDate.TryParse(text, out var date))
            {
                return Quarter.Of(date.Earliest);
            }
            Error(node, field, $"'{text}' is not a quarter (2026Q4) or a date (2026-10)");
            return null;
        }

        private CapBasis? BasisOf(YamlNode node, string field)
        {
            var text = Text(node, field);
            if (Enum.TryParse<CapBasis>(text, ignoreCase: true, out var basis) && !int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out _))
            {
                return basis;
            }
            Error(node, field, $"'{text}' is not a cap basis (supply or imports)");
            return null;
        }

        private PartialDate? DateOf(YamlNode node, string field)
        {
            var text = Text(node, field);
            if (PartialDate.TryParse(text, out var date))
            {
                return date;
            }
            Error(node, field, $"'{text}' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD");
            return null;
        }

        private bool? Bool(YamlNode node, string field)
        {
            var text = Text(node, field);
            if (bool.TryParse(text, out var b))
            {
                return b;
            }
            Error(node, field, $"'{text}' is not true or false");
            return null;
        }

        private double? Number(YamlNode node, string field, double min, double max, bool integer = false)
        {
            var text = Text(node, field);
            if (text is null)
            {
                return null;
            }
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
            {
                Error(node, field, $"'{text}' is not a number");
                return null;
            }
            if (value < min)
            {
                Error(node, field, value < 0 && min >= 0 ? $"must not be negative (got {text})" : $"must be at least {min.ToString(CultureInfo.InvariantCulture)} (got {text})");
                return null;
            }
            if (value > max)
            {
                Error(node, field, $"must be at most {max.ToString(CultureInfo.InvariantCulture)} (got {text})");
                return null;
            }
            if (integer && value != Math.Floor(value))
            {
                Error(node, field, $"must be a whole number (got {text})");
                return null;
            }
            return value;
        }

        private IReadOnlyList<string> List(YamlNode node, string field)
        {
            if (node is YamlSequenceNode seq)
            {
                return seq.Children.Select(c => Text(c, field)).OfType<string>().ToList();
            }
            Error(node, field, "expected a list");
            return [];
        }

        private Sourced<T>? SourcedOf<T>(YamlNode node, string field, Func<YamlNode, string, T?> read)
        {
            if (node is not YamlMappingNode map)
            {
                Error(node, field, "needs a source: write { value: …, source: \"…\" } or { value: …, assumption: \"why\" }");
                return null;
            }
            YamlNode? valueNode = null;
            string? source = null, assumption = null;
            foreach (var (k, v) in map.Children)
            {
                if (KeyOf(k, field) is not { } key)
                {
                    continue;
                }
                switch (key)
                {
                    case "value": valueNode = v; break;
                    case "source": source = Text(v, field + ".source"); break;
                    case "assumption": assumption = Text(v, field + ".assumption"); break;
                    default: Error(k, field + "." + key, "unknown field (expected value, source, assumption)"); break;
                }
            }
            if (valueNode is null)
            {
                Error(node, field, "missing value");
                return null;
            }
            if (source is null == (assumption is null))
            {
                Error(node, field, source is null ? "needs a source or an assumption with its reason" : "give either a source or an assumption, not both");
                return null;
            }
            var value = read(valueNode, field);
            return value is null ? null : new Sourced<T>(value, source ?? assumption!, assumption is not null, Line(node));
        }

        private Sourced<double>? SourcedNumber(YamlNode node, string field, double min, double max) =>
            SourcedOf<double?>(node, field, (n, f) => Number(n, f, min, max)) is { } s ? new Sourced<double>(s.Value!.Value, s.Citation, s.IsAssumption, s.Line) : null;

        private Dictionary<Iso3, Sourced<double>> OriginPrices(YamlNode node, string field)
        {
            var prices = new Dictionary<Iso3, Sourced<double>>();
            if (node is not YamlMappingNode map)
            {
                Error(node, field, "expected a mapping of ISO3 code to { value, source }");
                return prices;
            }
            foreach (var (k, v) in map.Children)
            {
                if (Country(k, field) is { } code && SourcedNumber(v, field + "." + code, 0, double.MaxValue) is { } price)
                {
                    prices[code] = price;
                }
            }
            return prices;
        }

        private StockpileSpec? StockpileOf(YamlNode node, string field)
        {
            var map = Fields(node, field, ["initial", "initial_concern_content", "max", "carrying_usd_per_unit_quarter"]);
            if (map is null)
            {
                return null;
            }
            var initial = Required(map, node, field, "initial", 0);
            var content = map.TryGetValue("initial_concern_content", out var c) ? SourcedNumber(c, field + ".initial_concern_content", 0, 1) : null;
            var max = Required(map, node, field, "max", 0);
            var carrying = Required(map, node, field, "carrying_usd_per_unit_quarter", 0);
            if (initial is not null && max is not null && initial.Value > max.Value)
            {
                Error(node, field, $"initial stock {initial.Value.ToString(CultureInfo.InvariantCulture)} exceeds the storage limit {max.Value.ToString(CultureInfo.InvariantCulture)} (contradictory)");
                return null;
            }
            return initial is null || max is null || carrying is null ? null : new StockpileSpec(initial, max, carrying, Line(node)) { InitialConcernContent = content };
        }

        private RecyclingSpec? RecyclingOf(YamlNode node, string field)
        {
            var map = Fields(node, field, ["capacity_per_year", "cost_usd_per_unit"]);
            if (map is null)
            {
                return null;
            }
            var capacity = Required(map, node, field, "capacity_per_year", 0);
            var cost = map.TryGetValue("cost_usd_per_unit", out var c) ? SourcedNumber(c, field + ".cost_usd_per_unit", 0, double.MaxValue) : null;
            return capacity is null ? null : new RecyclingSpec(capacity, cost, Line(node));
        }

        private List<ProjectSpec> ProjectsOf(YamlNode node, string field)
        {
            var list = new List<ProjectSpec>();
            if (node is not YamlSequenceNode seq)
            {
                Error(node, field, "expected a list of projects");
                return list;
            }
            foreach (var item in seq.Children)
            {
                var map = Fields(item, field, ["id", "investment_usd", "capacity_per_year", "earliest_start", "ramp_quarters", "require", "exclude"]);
                if (map is null)
                {
                    continue;
                }
                if (!map.TryGetValue("id", out var idNode) || Text(idNode, field + ".id") is not { } id)
                {
                    Error(item, field, "each project needs an id (as in data/projects.csv)");
                    continue;
                }
                var f = field + "." + id;
                var require = map.TryGetValue("require", out var r) && (Bool(r, f + ".require") ?? false);
                var exclude = map.TryGetValue("exclude", out var x) && (Bool(x, f + ".exclude") ?? false);
                if (require && exclude)
                {
                    Error(item, f, "a project cannot be both required and excluded (contradictory)");
                }
                list.Add(new ProjectSpec(
                    id, Line(item),
                    map.TryGetValue("investment_usd", out var inv) ? SourcedNumber(inv, f + ".investment_usd", 0, double.MaxValue) : null,
                    map.TryGetValue("capacity_per_year", out var cap) ? SourcedNumber(cap, f + ".capacity_per_year", 0, double.MaxValue) : null,
                    map.TryGetValue("earliest_start", out var st) ? SourcedOf<PartialDate?>(st, f + ".earliest_start", DateOf) is { } sd ? new Sourced<PartialDate>(sd.Value!.Value, sd.Citation, sd.IsAssumption, sd.Line) : null : null,
                    map.TryGetValue("ramp_quarters", out var ramp) ? SourcedNumber(ramp, f + ".ramp_quarters", 1, 40) : null,
                    require, exclude));
            }
            var duplicates = list.GroupBy(p => p.Id, StringComparer.Ordinal).Where(g => g.Count() > 1);
            foreach (var d in duplicates)
            {
                errors.Add(new PlanSpecError(file, d.Last().Line, field + "." + d.Key, "project listed twice"));
            }
            return list;
        }

        private Dictionary<string, YamlNode>? Fields(YamlNode node, string field, string[] allowed)
        {
            if (node is not YamlMappingNode map)
            {
                Error(node, field, "expected a mapping with " + string.Join(", ", allowed));
                return null;
            }
            var result = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
            foreach (var (k, v) in map.Children)
            {
                if (KeyOf(k, field) is not { } key)
                {
                    continue;
                }
                if (!allowed.Contains(key))
                {
                    Error(k, field + "." + key, "unknown field (expected " + string.Join(", ", allowed) + ")");
                    continue;
                }
                result[key] = v;
            }
            return result;
        }

        private Sourced<double>? Required(Dictionary<string, YamlNode> map, YamlNode parent, string field, string name, double min)
        {
            if (map.TryGetValue(name, out var node))
            {
                return SourcedNumber(node, field + "." + name, min, double.MaxValue);
            }
            Error(parent, field + "." + name, "missing");
            return null;
        }
    }
}
