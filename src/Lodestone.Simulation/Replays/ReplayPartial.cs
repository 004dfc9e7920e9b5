using System.Buffers.Binary;

namespace Lodestone.Simulation.Replays;

/// <summary>The result of a range of replay blocks: runs in which the cap held, and per block and market the shortfall
/// summed over
/// the block's runs in run order. <see cref="ReplayMerge"/> folds the block sums in block order, so the total does not
/// depend on
/// how the blocks were split or where they ran.</summary>
/// <param name="Sums">Block-major: <c>Sums[(block − FirstBlock) × markets + market]</c>.</param>
public sealed record ReplayPartial(int FirstBlock, int BlockCount, int Markets, long Holds, double[] Sums)
{
    private const int Header = 4 + 4 + 4 + 8;

    /// <summary>Encoded for the wire: the header, then each sum's bits (little-endian), so decoding gives the same
    /// doubles.</summary>
    public byte[] ToBytes()
    {
        var bytes = new byte[Header + (8 * Sums.Length)];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, FirstBlock);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(4), BlockCount);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(8), Markets);
        BinaryPrimitives.WriteInt64LittleEndian(bytes.AsSpan(12), Holds);
        for (var i = 0; i < Sums.Length; i++)
        {
            BinaryPrimitives.WriteDoubleLittleEndian(bytes.AsSpan(Header + (8 * i)), Sums[i]);
        }
        return bytes;
    }

    /// <summary>The partial <see cref="ToBytes"/> wrote.</summary>
    /// <exception cref="FormatException">The bytes are not such a partial.</exception>
    public static ReplayPartial FromBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < Header)
        {
            throw new FormatException("replay partial: too short");
        }
        var first = BinaryPrimitives.ReadInt32LittleEndian(bytes);
        var count = BinaryPrimitives.ReadInt32LittleEndian(bytes[4..]);
        var markets = BinaryPrimitives.ReadInt32LittleEndian(bytes[8..]);
        var holds = BinaryPrimitives.ReadInt64LittleEndian(bytes[12..]);
        if (first < 0 || count < 0 || markets < 0 || bytes.Length != Header + (8L * count * markets))
        {
            throw new FormatException("replay partial: length does not match its header");
        }
        var sums = new double[count * markets];
        for (var i = 0; i < sums.Length; i++)
        {
            sums[i] = BinaryPrimitives.ReadDoubleLittleEndian(bytes[(Header + (8 * i))..]);
        }
        return new ReplayPartial(first, count, markets, holds, sums);
    }
}
