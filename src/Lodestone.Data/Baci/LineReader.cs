namespace Lodestone.Data.Baci;

/// <summary>Hands out the lines of a text as spans of one reused buffer: no string per line of an 11-million-line
/// file.</summary>
/// <remarks>A line ends at "\n" ("\r\n" loses its "\r"). The buffer grows for a long line up to <see cref="MaxLine"/>
/// characters; a longer one (a binary file, a file with no line breaks) stops the reading and sets <see
/// cref="TooLong"/>.</remarks>
internal sealed class LineReader(TextReader text) : IDisposable
{
    /// <summary>Longest line read: a BACI line is ~40 characters, a matrix line ~100.</summary>
    public const int MaxLine = 1 << 20;

    private char[] _buffer = new char[1 << 16];
    private int _start;
    private int _end;
    private bool _eof;

    /// <summary>Number of the line last handed out (1 for the first).</summary>
    public int Line { get; private set; }

    /// <summary>False when the text's last line has no line break after it (a truncated download), once the end is
    /// reached.</summary>
    public bool EndsWithLineBreak { get; private set; } = true;

    /// <summary>True when reading stopped at a line longer than <see cref="MaxLine"/>.</summary>
    public bool TooLong { get; private set; }

    /// <summary>The next line, without its line break; false at the end of the text (or at a line that is too
    /// long).</summary>
    public bool TryRead(out ReadOnlySpan<char> line)
    {
        while (true)
        {
            var rest = _buffer.AsSpan(_start, _end - _start);
            var newline = rest.IndexOf('\n');
            if (newline >= 0)
            {
                line = rest[..newline];
                _start += newline + 1;
                Line++;
                line = line.EndsWith('\r') ? line[..^1] : line;
                return true;
            }
            if (_eof || TooLong)
            {
                line = rest;
                _start = _end;
                if (rest.Length == 0 || TooLong)
                {
                    return false;
                }
                Line++;
                EndsWithLineBreak = rest[^1] == '\r';
                return true;
            }
            Fill();
        }
    }

    private void Fill()
    {
        var rest = _end - _start;
        if (_start > 0)
        {
            Array.Copy(_buffer, _start, _buffer, 0, rest);
            _start = 0;
            _end = rest;
        }
        if (_end == _buffer.Length)
        {
            if (_buffer.Length >= MaxLine)
            {
                TooLong = true;
                return;
            }
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }
        var read = text.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0)
        {
            _eof = true;
        }
        _end += read;
    }

    public void Dispose() => text.Dispose();
}
