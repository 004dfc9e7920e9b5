using Lodestone.Simulation.Scenarios;
using YamlDotNet.RepresentationModel;

namespace Lodestone.Simulation.Sweeps;

/// <summary>Reads a sweep file's <c>plans:</c>: each entry a shipped plan's name or a plan YAML path, or a mapping
/// <c>{plan: NAME, cap: 0.5, content: direct, …}</c> with options of <c>lodestone plan</c>.</summary>
internal static class SweepPlanReader
{
    public static IReadOnlyList<SweepPlanEntry> Read(YamlMap root)
    {
        var node = root.Node("plans");
        if (node is null)
        {
            return [];
        }
        if (node is not YamlSequenceNode list)
        {
            throw root.Error("plans",
                "expected a list of plan names, plan YAML paths or {plan: NAME, option: value} mappings");
        }
        var entries = new List<SweepPlanEntry>();
        for (var i = 0; i < list.Children.Count; i++)
        {
            var entry = Entry(root.File, i, list.Children[i]);
            if (entries.Any(e => e.Plan == entry.Plan && SameOptions(e, entry)))
            {
                throw new ScenarioException(root.File, entry.Line, entry.Field(),
                    $"'{entry.Plan}' is listed twice with the same options");
            }
            entries.Add(entry);
        }
        return entries;
    }

    private static SweepPlanEntry Entry(string file, int index, YamlNode node)
    {
        var field = $"plans[{index}]";
        if (node is YamlScalarNode { Value: { Length: > 0 } name })
        {
            return new SweepPlanEntry(index, name, node.Start.Line, new Dictionary<string, SweepPlanOption>());
        }
        if (node is not YamlMappingNode mapping)
        {
            throw new ScenarioException(file, node.Start.Line, field,
                "expected a plan name, a plan YAML path or a mapping {plan: NAME, …}");
        }
        var map = new YamlMap(mapping, file, field);
        map.CheckKeys(["plan", .. SweepPlanEntry.OptionNames]);
        var plan = map.RequiredString("plan");
        var options = new Dictionary<string, SweepPlanOption>(StringComparer.Ordinal);
        foreach (var key in map.Keys.Where(k => k != "plan"))
        {
            options[key] = new SweepPlanOption(map.String(key) ?? "", map.LineOf(key));
        }
        return new SweepPlanEntry(index, plan, mapping.Start.Line, options);
    }

    private static bool SameOptions(SweepPlanEntry a, SweepPlanEntry b) =>
        a.Options.Count == b.Options.Count
        && a.Options.All(o => b.Options.TryGetValue(o.Key, out var v) && v.Value == o.Value.Value);
}
