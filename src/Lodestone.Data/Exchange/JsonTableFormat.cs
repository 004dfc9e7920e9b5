using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using Lodestone.Data.Storage;

namespace Lodestone.Data.Exchange;

/// <summary>JSON: an array with one object per row, one row per line; every column present, null for missing.</summary>
/// <remarks>
/// Text is a string, whole numbers and reals are numbers (reals in their shortest round-trip form), booleans are true/false. A real
/// that is not finite (never in the shipped data) is the string "NaN", "Infinity" or "-Infinity", since JSON has no such numbers.
/// The reader holds the file's bytes (not its rows) and counts lines, so an error names the line its row starts on.
/// </remarks>
internal sealed class JsonTableFormat : ITableFormat
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    public ExportFormat Format => ExportFormat.Json;

    public string Extension => "json";

    public async Task<int> WriteAsync(string path, IReadOnlyList<Column> columns, IAsyncEnumerable<object?[]> rows, CancellationToken cancellationToken)
    {
        await using var stream = File.Create(path);
        var newline = "\n"u8.ToArray();
        var count = 0;
        await stream.WriteAsync("["u8.ToArray(), cancellationToken);
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            buffer.ResetWrittenCount();
            await using (var json = new Utf8JsonWriter(buffer, WriterOptions))
            {
                json.WriteStartObject();
                for (var i = 0; i < columns.Count; i++)
                {
                    json.WritePropertyName(columns[i].Name);
                    WriteValue(json, row[i]);
                }
                json.WriteEndObject();
            }
            await stream.WriteAsync(count == 0 ? newline : ",\n"u8.ToArray(), cancellationToken);
            await stream.WriteAsync(buffer.WrittenMemory, cancellationToken);
            count++;
        }
        await stream.WriteAsync("\n]\n"u8.ToArray(), cancellationToken);
        return count;
    }

    private static void WriteValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case string s:
                json.WriteStringValue(s);
                break;
            case int n:
                json.WriteNumberValue(n);
                break;
            case long n:
                json.WriteNumberValue(n);
                break;
            case double d when double.IsFinite(d):
                json.WriteNumberValue(d);
                break;
            case double d:
                json.WriteStringValue(d.ToString(CultureInfo.InvariantCulture));
                break;
            case bool b:
                json.WriteBooleanValue(b);
                break;
            default:
                throw new ArgumentException($"no JSON form for {value.GetType().Name}", nameof(value));
        }
    }

    public async IAsyncEnumerable<(int Line, object?[] Row)> ReadAsync(string path, string displayName, IReadOnlyList<Column> columns,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        foreach (var row in Rows(bytes, displayName, columns))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return row;
        }
    }

    private static IEnumerable<(int Line, object?[] Row)> Rows(byte[] bytes, string displayName, IReadOnlyList<Column> columns)
    {
        var index = columns.Select((c, i) => (c.Name, i)).ToDictionary(p => p.Name, p => p.i, StringComparer.Ordinal);
        var state = new JsonReaderState(new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
        var lines = new LineCounter(bytes);
        var results = new List<(int, object?[])>();
        // Utf8JsonReader is a ref struct and cannot live across a yield: rows are parsed in one pass, then handed out.
        var reader = new Utf8JsonReader(bytes, isFinalBlock: true, state);
        try
        {
            Expect(ref reader, JsonTokenType.StartArray, displayName, lines, "a JSON array of row objects");
            while (Next(ref reader) && reader.TokenType != JsonTokenType.EndArray)
            {
                var line = lines.At(reader.TokenStartIndex);
                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    throw ExportIssue.At(displayName, line, null, $"expected a row object, found {reader.TokenType}");
                }
                var values = new object?[columns.Count];
                var seen = new bool[columns.Count];
                while (Next(ref reader) && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var name = reader.GetString()!;
                    var at = lines.At(reader.TokenStartIndex);
                    if (!index.TryGetValue(name, out var i))
                    {
                        throw ExportIssue.At(displayName, at, name, $"unknown column: this table has {string.Join(", ", columns.Select(c => c.Name))}");
                    }
                    if (seen[i])
                    {
                        throw ExportIssue.At(displayName, at, name, "the column appears twice in the row");
                    }
                    seen[i] = true;
                    Next(ref reader);
                    values[i] = Value(ref reader, columns[i].Type, displayName, lines.At(reader.TokenStartIndex), name);
                }
                if (Array.IndexOf(seen, false) is var missing and >= 0)
                {
                    throw ExportIssue.At(displayName, line, columns[missing].Name, "missing: every row names every column (null for a missing value)");
                }
                results.Add((line, values));
            }
            if (reader.TokenType != JsonTokenType.EndArray)
            {
                throw ExportIssue.At(displayName, lines.At(reader.TokenStartIndex), null, "expected the end of the array");
            }
        }
        catch (JsonException e)
        {
            throw ExportIssue.At(displayName, (int)(e.LineNumber ?? 0) + 1, null, "malformed JSON: " + e.Message.Split('\n')[0]);
        }
        return results;
    }

    private static bool Next(ref Utf8JsonReader reader) => reader.Read();

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type, string displayName, LineCounter lines, string what)
    {
        if (!reader.Read() || reader.TokenType != type)
        {
            throw ExportIssue.At(displayName, lines.At(reader.TokenStartIndex), null, "expected " + what);
        }
    }

    private static object? Value(ref Utf8JsonReader reader, ColumnType type, string displayName, int line, string field)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }
        object? value = (type, reader.TokenType) switch
        {
            (ColumnType.Text, JsonTokenType.String) => reader.GetString(),
            (ColumnType.Integer, JsonTokenType.Number) => reader.TryGetInt32(out var n) ? n : null,
            (ColumnType.BigInt, JsonTokenType.Number) => reader.TryGetInt64(out var l) ? l : null,
            (ColumnType.Real, JsonTokenType.Number) => reader.GetDouble(),
            (ColumnType.Real, JsonTokenType.String) => reader.GetString() is "NaN" or "Infinity" or "-Infinity" ? double.Parse(reader.GetString()!, CultureInfo.InvariantCulture) : null,
            (ColumnType.Bool, JsonTokenType.True) => true,
            (ColumnType.Bool, JsonTokenType.False) => false,
            _ => null,
        };
        return value ?? throw ExportIssue.At(displayName, line, field, $"expected {Expected(type)} or null, found {Found(ref reader)}");
    }

    private static string Expected(ColumnType type) => type switch
    {
        ColumnType.Text => "a string",
        ColumnType.Integer => "a 32-bit whole number",
        ColumnType.BigInt => "a 64-bit whole number",
        ColumnType.Real => "a number",
        _ => "true or false",
    };

    private static string Found(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => $"the string \"{CellText.Shorten(reader.GetString() ?? "")}\"",
        JsonTokenType.Number => "the number " + CellText.Shorten(System.Text.Encoding.UTF8.GetString(reader.ValueSpan)),
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        _ => reader.TokenType.ToString().ToLowerInvariant(),
    };

    /// <summary>The 1-based line of a byte offset, counting forwards (offsets only grow while a file is read).</summary>
    private sealed class LineCounter(byte[] bytes)
    {
        private long _offset;
        private int _line = 1;

        public int At(long offset)
        {
            for (; _offset < offset && _offset < bytes.Length; _offset++)
            {
                if (bytes[_offset] == (byte)'\n')
                {
                    _line++;
                }
            }
            return _line;
        }
    }
}
