using System.Text;

namespace Lodestone.Data.Storage;

/// <summary>The UTF-8 bytes of the few distinct strings a bulk load binds millions of times (codes, revision, source id).</summary>
/// <remarks>
/// Binding a .NET string makes SQLitePCLRaw encode it into a fresh array per call; a BACI year binds five text columns of
/// 11 million rows drawn from ~5,600 distinct values. Past <see cref="Capacity"/> distinct strings (an unusual input) the
/// rest are encoded per call, so the cache stays small whatever the input.
/// </remarks>
internal sealed class Utf8Cache
{
    public const int Capacity = 100_000;

    private readonly Dictionary<string, byte[]> _bytes = new(StringComparer.Ordinal);

    public ReadOnlySpan<byte> Get(string text)
    {
        if (_bytes.TryGetValue(text, out var bytes))
        {
            return bytes;
        }
        bytes = Encoding.UTF8.GetBytes(text);
        if (_bytes.Count < Capacity)
        {
            _bytes[text] = bytes;
        }
        return bytes;
    }
}
