using System.Text;

namespace Lodestone.Data.Loading;

/// <summary>Replaces each invalid UTF-8 sequence with U+FFFD, as the default decoder does, and counts them.</summary>
/// <remarks>
/// Throwing at the first bad byte would lose where it is (the reader decodes ahead of the parser); replacing silently kept
/// corrupt text. Counting lets <see cref="CsvFile"/> refuse the file and name each cell the replacement landed in.
/// </remarks>
internal sealed class CountingDecoderFallback : DecoderFallback
{
    public const char Replacement = '\uFFFD';

    /// <summary>Invalid sequences met so far.</summary>
    public int Count { get; private set; }

    public override int MaxCharCount => 1;

    public override DecoderFallbackBuffer CreateFallbackBuffer() => new Buffer(this);

    /// <summary>A UTF-8 encoding without BOM output that reports invalid input to a new counter.</summary>
    public static (Encoding Encoding, CountingDecoderFallback Fallback) Utf8()
    {
        var fallback = new CountingDecoderFallback();
        var encoding = (Encoding)new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).Clone();
        encoding.DecoderFallback = fallback;
        return (encoding, fallback);
    }

    private sealed class Buffer(CountingDecoderFallback owner) : DecoderFallbackBuffer
    {
        private int _pending;

        public override int Remaining => _pending;

        public override bool Fallback(byte[] bytesUnknown, int index)
        {
            owner.Count++;
            _pending = 1;
            return true;
        }

        public override char GetNextChar()
        {
            if (_pending == 0)
            {
                return '\0';
            }
            _pending--;
            return Replacement;
        }

        public override bool MovePrevious()
        {
            if (_pending == 1)
            {
                return false;
            }
            _pending = 1;
            return true;
        }

        public override void Reset() => _pending = 0;
    }
}
