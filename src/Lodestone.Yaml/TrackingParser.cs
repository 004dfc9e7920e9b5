using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Lodestone.Yaml;

/// <summary>A YAML event parser that remembers the event before the current one, so an error the node loader raises on an
/// event can be placed at the last event it accepted (the current one may already be the end of the input).</summary>
internal sealed class TrackingParser(string text) : IParser
{
    private readonly Parser _inner = new(new StringReader(text));

    public ParsingEvent? Current => _inner.Current;

    public ParsingEvent? Previous { get; private set; }

    public bool MoveNext()
    {
        Previous = _inner.Current;
        return _inner.MoveNext();
    }
}
