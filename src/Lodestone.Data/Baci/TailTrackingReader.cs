namespace Lodestone.Data.Baci;

/// <summary>A pass-through reader that remembers the last character read, so a file cut off mid-line (no final line break) can be told from a complete one.</summary>
/// <remarks>CEPII's files end every line, the last included, with a line break; a partial download almost never stops exactly after one.</remarks>
internal sealed class TailTrackingReader(TextReader inner) : TextReader
{
    /// <summary>The last character read, or null before any.</summary>
    public char? Last { get; private set; }

    public override int Peek() => inner.Peek();

    public override int Read()
    {
        var c = inner.Read();
        if (c >= 0)
        {
            Last = (char)c;
        }
        return c;
    }

    public override int Read(char[] buffer, int index, int count) => Track(buffer.AsSpan(index), inner.Read(buffer, index, count));

    public override int Read(Span<char> buffer) => Track(buffer, inner.Read(buffer));

    private int Track(Span<char> buffer, int read)
    {
        if (read > 0)
        {
            Last = buffer[read - 1];
        }
        return read;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }
        base.Dispose(disposing);
    }
}
