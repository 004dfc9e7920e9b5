using System.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Lodestone.Yaml;

/// <summary>Loads plan and scenario YAML only after checking, on the parser's event stream, that its work is bounded.</summary>
/// <remarks>
/// <para>YamlDotNet's representation model builds nodes recursively and compares mapping keys structurally: 32,000 nested
/// <c>[</c> (64 KB) overflowed the stack and killed the server, and a 548-byte alias bomb used as a mapping key cost 31 s of
/// CPU. The event parser is iterative, so a first pass over its events can refuse such input before anything recurses:
/// nesting deeper than <see cref="MaxDepth"/>, more than <see cref="MaxNodes"/> nodes, or aliases expanding to more than
/// <see cref="MaxExpandedNodes"/> nodes (each alias counts the whole subtree it stands for, so nested aliases multiply).</para>
/// <para>The largest shipped file (a scenario) has depth 6 and ~400 nodes; the limits leave two orders of magnitude.</para>
/// </remarks>
public static class YamlLimits
{
    /// <summary>Deepest nesting of mappings and sequences.</summary>
    public const int MaxDepth = 64;

    /// <summary>Most nodes (scalars, mappings, sequences) written in the file.</summary>
    public const int MaxNodes = 100_000;

    /// <summary>Most nodes once every alias is replaced by what it names.</summary>
    public const long MaxExpandedNodes = 200_000;

    /// <summary>Largest file read, in bytes (1 MiB).</summary>
    public const int MaxBytes = 1 << 20;

    /// <summary>Checks <paramref name="text"/> against the limits, then loads it.</summary>
    /// <exception cref="YamlException">Invalid YAML, or a limit exceeded (its mark gives the line).</exception>
    public static YamlStream Load(string text)
    {
        Check(text);
        var stream = new YamlStream();
        var parser = new TrackingParser(text);
        try
        {
            stream.Load(parser);
        }
        catch (ArgumentException e)
        {
            // The node loader refuses an event the event parser accepted: "max:\n  : v" (a value with no key under a key with
            // no value) made an ArgumentException escape to plan and simulate (found by scripts/fuzz plan). The error is placed
            // at the last event the loader accepted.
            var at = (parser.Previous ?? parser.Current)?.Start ?? Mark.Empty;
            throw new YamlException(at, at,
                $"malformed YAML at line {at.Line}: unexpected {Describe(parser.Current)} where a key, a value or an item was expected", e);
        }
        return stream;
    }

    private static string Describe(ParsingEvent? current) => current switch
    {
        MappingEnd => "end of a mapping",
        SequenceEnd => "end of a sequence",
        DocumentEnd or StreamEnd or null => "end of the document",
        _ => current.GetType().Name,
    };

    /// <summary>Reads a file of at most <see cref="MaxBytes"/> as UTF-8, counting what it reads rather than trusting a reported size.</summary>
    /// <exception cref="YamlException">The file is larger.</exception>
    public static string ReadFile(string path)
    {
        using var file = File.OpenRead(path);
        var buffer = new byte[MaxBytes + 1];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = file.Read(buffer, length, buffer.Length - length)) > 0)
        {
            length += read;
        }
        if (length > MaxBytes)
        {
            throw new YamlException($"the file is larger than {MaxBytes / (1 << 20)} MiB: a plan or scenario is a few KB");
        }
        return new UTF8Encoding(false, throwOnInvalidBytes: false).GetString(buffer, 0, length).TrimStart('\uFEFF');
    }

    private static void Check(string text)
    {
        if (text.Length > MaxBytes)
        {
            throw new YamlException($"the text is longer than {MaxBytes} characters: a plan or scenario is a few KB");
        }
        var parser = new Parser(new StringReader(text));
        var last = Mark.Empty;
        // Expanded size of each open collection, and the anchor it will be recorded under.
        var open = new Stack<(long Size, string? Anchor)>();
        var anchors = new Dictionary<string, long>(StringComparer.Ordinal);
        long nodes = 0, expanded = 0;
        while (Next(parser, ref last))
        {
            var current = parser.Current!;
            last = current.Start;
            long added;
            switch (current)
            {
                case AnchorAlias alias:
                    added = anchors.TryGetValue(alias.Value.Value, out var size) ? size : 1;
                    break;
                case Scalar scalar:
                    added = 1;
                    nodes++;
                    if (!scalar.Anchor.IsEmpty)
                    {
                        anchors[scalar.Anchor.Value] = 1;
                    }
                    break;
                case MappingStart or SequenceStart:
                    nodes++;
                    expanded++;
                    if (open.Count >= MaxDepth)
                    {
                        throw Exceeded(current, $"nested deeper than {MaxDepth} levels");
                    }
                    var anchor = ((NodeEvent)current).Anchor;
                    open.Push((1, anchor.IsEmpty ? null : anchor.Value));
                    continue;
                case MappingEnd or SequenceEnd:
                    var (total, name) = open.Pop();
                    if (name is not null)
                    {
                        anchors[name] = total;
                    }
                    Grow(open, total);
                    continue;
                default:
                    continue;
            }
            expanded += added;
            Grow(open, added);
            CheckTotals(current, nodes, expanded);
        }
    }

    /// <summary>The innermost open collection (if any) grows by <paramref name="size"/> expanded nodes.</summary>
    private static void Grow(Stack<(long Size, string? Anchor)> open, long size)
    {
        if (open.Count > 0)
        {
            var parent = open.Pop();
            open.Push((parent.Size + size, parent.Anchor));
        }
    }

    private static void CheckTotals(ParsingEvent current, long nodes, long expanded)
    {
        if (nodes > MaxNodes)
        {
            throw Exceeded(current, $"more than {MaxNodes} nodes");
        }
        if (expanded > MaxExpandedNodes)
        {
            throw Exceeded(current, $"aliases expand to more than {MaxExpandedNodes} nodes (an alias bomb?)");
        }
    }

    private static YamlException Exceeded(ParsingEvent at, string what) =>
        new(at.Start, at.End, "refused: " + what);

    /// <summary>Advances the parser; an exception YamlDotNet's scanner throws outside its own type (an
    /// <see cref="InvalidOperationException"/> on a plain scalar such as <c>[MS[P, X]</c>, found by the parser properties) is
    /// reported as a <see cref="YamlException"/> at the last position read, so the caller's file:line error handling applies.</summary>
    private static bool Next(Parser parser, ref Mark last)
    {
        try
        {
            return parser.MoveNext();
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or IndexOutOfRangeException)
        {
            throw new YamlException(last, last, $"malformed YAML after line {last.Line}: {e.Message}", e);
        }
    }
}
