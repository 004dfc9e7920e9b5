using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Lodestone.Simulation.Scenarios;

/// <summary>A YAML mapping with its file and path, whose accessors fail with the line and field of the problem.</summary>
internal sealed class YamlMap
{
    private readonly YamlMappingNode _node;

    public YamlMap(YamlMappingNode node, string file, string path)
    {
        _node = node;
        File = file;
        Path = path;
    }

    public string File { get; }
    public string Path { get; }
    public long Line => _node.Start.Line;

    public IEnumerable<string> Keys => _node.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? "");

    public ScenarioException Error(string key, string reason) =>
        new(File, LineOf(key), Field(key), reason);

    public string Field(string key) => Path.Length == 0 ? key : Path + "." + key;

    public long LineOf(string key)
    {
        foreach (var (k, v) in _node.Children)
        {
            if (k is YamlScalarNode s && s.Value == key)
            {
                return v.Start.Line;
            }
        }
        return _node.Start.Line;
    }

    /// <summary>Fails on the first key not in <paramref name="allowed"/>.</summary>
    public void CheckKeys(params string[] allowed)
    {
        foreach (var (k, v) in _node.Children)
        {
            var name = (k as YamlScalarNode)?.Value ?? "";
            if (!allowed.Contains(name, StringComparer.Ordinal))
            {
                throw new ScenarioException(File, k.Start.Line, Field(name), "unknown field; expected one of: " + string.Join(", ", allowed));
            }
        }
    }

    public bool Has(string key) => Node(key) is not null;

    public YamlNode? Node(string key) =>
        _node.Children.TryGetValue(new YamlScalarNode(key), out var v) ? v : null;

    public string? String(string key)
    {
        var node = Node(key);
        return node switch
        {
            null => null,
            YamlScalarNode s => s.Value,
            _ => throw Error(key, "expected a single value"),
        };
    }

    public string RequiredString(string key) =>
        String(key) is { Length: > 0 } s ? s : throw Error(key, "required");

    public double? Double(string key)
    {
        var text = String(key);
        if (text is null)
        {
            return null;
        }
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d)
            ? d
            : throw Error(key, $"expected a number, got '{text}'");
    }

    public int? Int(string key)
    {
        var text = String(key);
        if (text is null)
        {
            return null;
        }
        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i)
            ? i
            : throw Error(key, $"expected a whole number, got '{text}'");
    }

    public YamlMap? Map(string key) => Node(key) switch
    {
        null => null,
        YamlMappingNode m => new YamlMap(m, File, Field(key)),
        _ => throw Error(key, "expected a mapping (key: value lines)"),
    };

    public IReadOnlyList<YamlMap> MapList(string key)
    {
        var node = Node(key);
        if (node is null)
        {
            return [];
        }
        if (node is not YamlSequenceNode seq)
        {
            throw Error(key, "expected a list");
        }
        var result = new List<YamlMap>();
        for (var i = 0; i < seq.Children.Count; i++)
        {
            var item = seq.Children[i] as YamlMappingNode
                ?? throw new ScenarioException(File, seq.Children[i].Start.Line, $"{Field(key)}[{i}]", "expected a mapping");
            result.Add(new YamlMap(item, File, $"{Field(key)}[{i}]"));
        }
        return result;
    }

    /// <summary>A scalar or a list of scalars.</summary>
    public IReadOnlyList<string> StringList(string key)
    {
        return Node(key) switch
        {
            null => [],
            YamlScalarNode s => s.Value is { Length: > 0 } v ? [v] : [],
            YamlSequenceNode seq => seq.Children.Select((c, i) => (c as YamlScalarNode)?.Value
                ?? throw new ScenarioException(File, c.Start.Line, $"{Field(key)}[{i}]", "expected a single value")).ToList(),
            _ => throw Error(key, "expected a value or a list of values"),
        };
    }

    public IReadOnlyList<double> NumberList(string key) =>
        StringList(key).Select(t => double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d)
            ? d
            : throw Error(key, $"expected numbers, got '{t}'")).ToList();
}
