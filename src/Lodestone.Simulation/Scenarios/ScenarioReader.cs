using System.Globalization;
using Lodestone.Domain.Model;
using Lodestone.Simulation.Distributions;
using Lodestone.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Lodestone.Simulation.Scenarios;

/// <summary>Reads scenario YAML into a <see cref="ScenarioDefinition"/>; every error names file, line and field.</summary>
/// <remarks>The schema is documented in docs/simulation.md ("Scenario files"). A scenario may <c>extends:</c> another file in
/// the same folder: defaults and markets are merged (the child wins), events, projects and predicates are appended.</remarks>
public static class ScenarioReader
{
    private static readonly string[] TopKeys = ["name", "description", "extends", "start", "horizon", "importer", "concern", "ramp_curve", "defaults", "markets", "events", "projects", "predicates"];
    private static readonly string[] DistributionKeys = ["value", "uniform", "triangular", "normal", "lognormal", "discrete"];

    /// <summary>The scenario in the file at <paramref name="path"/>, with its <c>extends:</c> chain merged (files of the same folder,
    /// at most eight deep).</summary>
    /// <exception cref="ScenarioException">The file is missing, too large or invalid: file, line and field of the first problem.</exception>
    public static ScenarioDefinition ReadFile(string path) => ReadFile(path, 0);

    /// <summary>The scenario in <paramref name="text"/>, reported as <paramref name="file"/>.</summary>
    /// <param name="resolveBase">Reads the scenario an <c>extends:</c> names; null refuses <c>extends:</c>.</param>
    /// <exception cref="ScenarioException">The text is invalid: file, line and field of the first problem.</exception>
    public static ScenarioDefinition ReadText(string text, string file, Func<string, ScenarioDefinition>? resolveBase = null)
    {
        var root = Parse(text, file);
        ScenarioDefinition? parent = null;
        if (root.String("extends") is { } extends)
        {
            parent = resolveBase?.Invoke(extends) ?? throw root.Error("extends", "cannot resolve '" + extends + "'");
        }
        return Build(root, parent);
    }

    private static ScenarioDefinition ReadFile(string path, int depth)
    {
        if (depth > 8)
        {
            throw new ScenarioException(path, 0, "extends", "too many nested extends (a cycle?)");
        }
        if (!File.Exists(path))
        {
            throw new ScenarioException(path, 0, null, "file not found");
        }
        var directory = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        string text;
        try
        {
            text = YamlLimits.ReadFile(path);
        }
        catch (YamlException e)
        {
            throw new ScenarioException(path, 0, null, e.Message);
        }
        return ReadText(text, Path.GetFileName(path), name => ReadFile(Path.Combine(directory, name), depth + 1));
    }

    private static YamlMap Parse(string text, string file)
    {
        YamlStream stream;
        try
        {
            stream = YamlLimits.Load(text);
        }
        catch (YamlException e)
        {
            throw new ScenarioException(file, e.Start.Line, null, "invalid YAML: " + YamlMessage(e));
        }
        if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode map)
        {
            throw new ScenarioException(file, 1, null, "expected one YAML document whose top level is a mapping");
        }
        var root = new YamlMap(map, file, "");
        root.CheckKeys(TopKeys);
        return root;
    }

    /// <summary>The reason alone: YamlDotNet prefixes its messages with the marks, and the line is reported on its own.</summary>
    private static string YamlMessage(YamlException e)
    {
        var message = e.InnerException?.Message ?? e.Message;
        var colon = message.StartsWith("(Line:", StringComparison.Ordinal) ? message.IndexOf("): ", StringComparison.Ordinal) : -1;
        return colon < 0 ? message : message[(colon + 3)..];
    }

    private static ScenarioDefinition Build(YamlMap root, ScenarioDefinition? parent)
    {
        var name = root.String("name") ?? throw root.Error("name", "required");
        var start = root.String("start") is { } s ? Month(root, "start", s) : parent?.Start ?? throw root.Error("start", "required (YYYY-MM)");
        var horizon = root.Int("horizon") ?? parent?.Horizon ?? 36;
        if (horizon is < 1 or > 240)
        {
            throw root.Error("horizon", "must be 1–240 months");
        }
        var importer = root.String("importer") is { } imp ? Country(root, "importer", imp) : parent?.Importer ?? new Iso3("USA");
        var concern = root.String("concern") is { } con ? Country(root, "concern", con) : parent?.Concern ?? new Iso3("CHN");
        var curve = root.String("ramp_curve") ?? parent?.RampCurve ?? "linear";
        if (curve is not ("linear" or "s-curve"))
        {
            throw root.Error("ramp_curve", "expected linear or s-curve");
        }
        var defaults = new Dictionary<string, ParameterSpec>(parent?.Defaults ?? new Dictionary<string, ParameterSpec>(), StringComparer.Ordinal);
        foreach (var (key, spec) in Parameters(root.Map("defaults")))
        {
            defaults[key] = spec;
        }
        var markets = (parent?.Markets ?? []).ToList();
        foreach (var m in root.MapList("markets").Select(ReadMarket))
        {
            markets.RemoveAll(x => x.Key == m.Key);
            markets.Add(m);
        }
        return new ScenarioDefinition(
            name,
            root.String("description") ?? parent?.Description ?? "",
            root.File,
            start,
            horizon,
            importer,
            concern,
            curve,
            defaults,
            markets,
            (parent?.Events ?? []).Concat(root.MapList("events").Select(ReadEvent)).ToList(),
            (parent?.Projects ?? []).Concat(root.MapList("projects").Select(ReadProject)).ToList(),
            (parent?.Predicates ?? []).Concat(root.MapList("predicates").Select(ReadPredicate)).ToList());
    }

    private static IEnumerable<(string Key, ParameterSpec Spec)> Parameters(YamlMap? map)
    {
        if (map is null)
        {
            yield break;
        }
        foreach (var key in map.Keys)
        {
            if (!ParameterNames.All.ContainsKey(key))
            {
                throw map.Error(key, "unknown parameter; known: " + string.Join(", ", ParameterNames.All.Keys));
            }
            yield return (key, ReadParameter(map, key)!);
        }
    }

    internal static ParameterSpec? ReadParameter(YamlMap parent, string key)
    {
        if (!parent.Has(key))
        {
            return null;
        }
        var map = parent.Map(key)!;
        map.CheckKeys([.. DistributionKeys, "source", "assumption", "spread", "exact"]);
        var kinds = DistributionKeys.Where(map.Has).ToList();
        if (kinds.Count != 1)
        {
            throw parent.Error(key, "give exactly one of: " + string.Join(", ", DistributionKeys));
        }
        var kind = kinds[0];
        var distribution = ReadDistribution(map, kind);
        if (ParameterRanges.For(key) is { } range && ParameterRanges.Extremes(distribution) is var (low, high) && !(low >= range.Min && high <= range.Max))
        {
            throw map.Error(kind, string.Create(CultureInfo.InvariantCulture, $"{key} can draw {low:G6} to {high:G6}; allowed: {range}"));
        }
        var source = map.String("source");
        var assumption = map.String("assumption");
        if ((source is null) == (assumption is null))
        {
            throw parent.Error(key, "give exactly one of source: (a dataset id, or title and URL) or assumption: <reason>");
        }
        var spread = map.String("spread");
        var exact = map.String("exact");
        if (exact is not null && !distribution.IsFixed)
        {
            throw map.Error("exact", "only a value: can be exact; a distribution is sampled");
        }
        if (spread is not null && distribution.IsFixed)
        {
            throw map.Error("spread", "a value: has no spread; give a distribution, or exact: <why it is not an estimate>");
        }
        foreach (var (field, reason) in new[] { ("exact", exact), ("spread", spread) })
        {
            if (reason is not null && reason.Trim().Length < 8)
            {
                throw map.Error(field, "needs a reason (at least a few words)");
            }
        }
        return new ParameterSpec(distribution, source ?? assumption!, assumption is not null, map.LineOf(kind), spread, exact);
    }

    /// <summary>The distribution under <paramref name="kind"/> (one of <see cref="DistributionKeys"/>); a value the
    /// distribution rejects is reported at that key.</summary>
    private static Distribution ReadDistribution(YamlMap map, string kind)
    {
        try
        {
            return kind switch
            {
                "value" => new Fixed(map.Double("value")!.Value),
                "uniform" => Args(map, kind, 2, 2) is var u ? new Uniform(u[0], u[1]) : null!,
                "triangular" => Args(map, kind, 3, 3) is var t ? new Triangular(t[0], t[1], t[2]) : null!,
                "normal" => Args(map, kind, 2, 4) is var n
                    ? n.Count == 2 ? new Normal(n[0], n[1])
                        : n.Count == 4 ? new Normal(n[0], n[1], n[2], n[3])
                        : throw map.Error(kind, "expected [mu, sigma] or [mu, sigma, lower, upper]")
                    : null!,
                "lognormal" => Args(map, kind, 2, 2) is var l ? new LogNormal(l[0], l[1]) : null!,
                _ => ReadDiscrete(map.Map("discrete")!),
            };
        }
        catch (ArgumentException e)
        {
            throw map.Error(kind, e.Message);
        }
    }

    private static IReadOnlyList<double> Args(YamlMap map, string key, int min, int max)
    {
        var values = map.NumberList(key);
        return values.Count >= min && values.Count <= max ? values : throw map.Error(key, $"expected {min}{(max > min ? "–" + max : "")} numbers");
    }

    private static Discrete ReadDiscrete(YamlMap map)
    {
        map.CheckKeys("values", "probabilities");
        return new Discrete(map.NumberList("values"), map.NumberList("probabilities"));
    }

    private static PriceSpec ReadPrice(YamlMap map)
    {
        map.CheckKeys("salient", "column", "year");
        return new PriceSpec(map.RequiredString("salient"), map.RequiredString("column"), map.Int("year") ?? throw map.Error("year", "required"), map.Line);
    }

    private static MarketSpec ReadMarket(YamlMap map)
    {
        map.CheckKeys("commodity", "stage", "import_category", "import_period", "imports", "world_stage", "demand", "parameters", "price");
        DemandSpec? demand = null;
        if (map.Map("demand") is { } d)
        {
            d.CheckKeys("salient", "column", "year", "value", "uniform", "triangular", "normal", "lognormal", "source", "assumption", "unit");
            var unit = d.RequiredString("unit");
            if (d.String("salient") is { } file)
            {
                demand = new DemandSpec(file, d.RequiredString("column"), d.Int("year") ?? throw d.Error("year", "required with salient"), null, unit, d.Line);
            }
            else
            {
                demand = new DemandSpec(null, null, null, ReadParameter(RemoveUnit(map, "demand"), "demand"), unit, d.Line);
            }
        }
        return new MarketSpec(
            map.RequiredString("commodity"),
            Stage(map, "stage", map.RequiredString("stage")),
            map.String("import_category"),
            map.String("import_period"),
            map.String("world_stage") is { } ws ? Stage(map, "world_stage", ws) : null,
            demand,
            Parameters(map.Map("parameters")).ToDictionary(p => p.Key, p => p.Spec, StringComparer.Ordinal),
            map.Line,
            map.Map("price") is { } price ? ReadPrice(price) : null,
            map.Map("imports") is { } imports ? ReadImports(imports) : null);
    }

    private static ImportsSpec ReadImports(YamlMap map)
    {
        map.CheckKeys("shares", "source");
        var shares = map.Map("shares") ?? throw map.Error("shares", "required: origin ISO3 code to share of imports (0–1)");
        var list = new List<(Iso3, double)>();
        foreach (var key in shares.Keys)
        {
            var share = shares.Double(key)!.Value;
            if (share is < 0 or > 1)
            {
                throw shares.Error(key, string.Create(CultureInfo.InvariantCulture, $"a share of imports is 0–1, got {share}"));
            }
            list.Add((Country(shares, key, key), share));
        }
        if (list.Count == 0 || list.Sum(s => s.Item2) > 1 + 1e-9)
        {
            throw map.Error("shares", "expected at least one origin, shares summing to at most 1");
        }
        return new ImportsSpec(list, map.RequiredString("source"), map.Line);
    }

    /// <summary>A copy of the demand mapping without its unit, so the parameter reader sees only distribution and basis keys.</summary>
    private static YamlMap RemoveUnit(YamlMap parent, string key)
    {
        var original = (YamlMappingNode)parent.Node(key)!;
        var copy = new YamlMappingNode();
        foreach (var (k, v) in original.Children)
        {
            if (k is YamlScalarNode { Value: "unit" })
            {
                continue;
            }
            copy.Children.Add(k, v);
        }
        var wrapper = new YamlMappingNode();
        wrapper.Children.Add(new YamlScalarNode(key), copy);
        return new YamlMap(wrapper, parent.File, parent.Path);
    }

    private static EventSpec ReadEvent(YamlMap map)
    {
        map.CheckKeys("id", "country", "commodities", "stage", "from", "to", "targets", "severity", "approval_rate", "suspensions", "controls");
        var targets = map.StringList("targets");
        var suspensions = map.MapList("suspensions").Select(s =>
        {
            s.CheckKeys("from", "to", "source");
            return (Month(s, "from", s.RequiredString("from")), Month(s, "to", s.RequiredString("to")));
        }).ToList();
        var commodities = map.StringList("commodities");
        if (commodities.Count == 0)
        {
            throw map.Error("commodities", "required");
        }
        return new EventSpec(
            map.RequiredString("id"),
            Country(map, "country", map.RequiredString("country")),
            commodities,
            Stage(map, "stage", map.RequiredString("stage")),
            Month(map, "from", map.RequiredString("from")),
            map.String("to") is { } to ? Month(map, "to", to) : null,
            targets.Count == 1 && targets[0] == "all" ? [] : targets.Select(t => Country(map, "targets", t)).ToList(),
            ReadParameter(map, "severity") ?? throw map.Error("severity", "required"),
            ReadParameter(map, "approval_rate") ?? new ParameterSpec(new Fixed(0), "an export ban licenses nothing", false, map.Line, Exact: "an export ban licenses nothing: zero by definition"),
            suspensions,
            map.StringList("controls"),
            map.Line);
    }

    private static ProjectSpec ReadProject(YamlMap map)
    {
        map.CheckKeys("id", "market", "capacity", "to_demand_units", "offtake", "delay_months", "ramp_months", "curve", "start");
        var market = map.RequiredString("market");
        var slash = market.LastIndexOf('/');
        if (slash <= 0)
        {
            throw map.Error("market", "expected commodity/stage, e.g. gallium/refining");
        }
        var curve = map.String("curve");
        if (curve is not (null or "linear" or "s-curve"))
        {
            throw map.Error("curve", "expected linear or s-curve");
        }
        return new ProjectSpec(
            map.RequiredString("id"),
            market[..slash],
            Stage(map, "market", market[(slash + 1)..]),
            ReadParameter(map, "capacity"),
            ReadParameter(map, "to_demand_units") ?? throw map.Error("to_demand_units", "required: factor from the project's unit to the market's demand unit"),
            ReadParameter(map, "offtake") ?? throw map.Error("offtake", "required: share of output reaching the importer"),
            ReadParameter(map, "delay_months"),
            ReadParameter(map, "ramp_months"),
            curve,
            map.String("start") is { } st ? Month(map, "start", st) : null,
            map.Line);
    }

    private static PredicateSpec ReadPredicate(YamlMap map)
    {
        map.CheckKeys("name", "metric", "market", "month", "op", "threshold");
        var op = map.RequiredString("op");
        if (!Engine.Predicate.IsOperator(op))
        {
            throw map.Error("op", "expected <, <=, > or >=");
        }
        if (!Engine.Metrics.TryParse(map.RequiredString("metric"), out _))
        {
            throw map.Error("metric", "expected one of " + string.Join(", ", Engine.Metrics.All.Select(m => Engine.Metrics.Name(m))));
        }
        var monthText = map.RequiredString("month");
        int? month = null;
        PartialDate? date = null;
        if (monthText.Contains('-', StringComparison.Ordinal))
        {
            date = Month(map, "month", monthText);
        }
        else
        {
            month = map.Int("month");
        }
        return new PredicateSpec(map.RequiredString("name"), map.RequiredString("metric"), map.String("market") ?? "*", month, date, op,
            map.Double("threshold") ?? throw map.Error("threshold", "required"), map.Line);
    }

    private static PartialDate Month(YamlMap map, string key, string text) =>
        PartialDate.TryParse(text, out var d) && d.Month is not null ? d : throw map.Error(key, $"expected a month YYYY-MM or a date YYYY-MM-DD, got '{text}'");

    private static Iso3 Country(YamlMap map, string key, string text) =>
        Iso3.TryParse(text, out var c) && text.Trim().Length == 3 ? c : throw map.Error(key, $"expected an ISO 3166-1 alpha-3 code, got '{text}'");

    private static Stage Stage(YamlMap map, string key, string text) =>
        Stages.TryParse(text, out var s) && Stages.All.Any(x => x.Name() == text.Trim().ToLowerInvariant())
            ? s
            : throw map.Error(key, $"expected mining, refining, components or recycling, got '{text}'");
}
