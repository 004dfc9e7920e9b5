using System.Buffers.Binary;
using Lodestone.Simulation.Engine;

namespace Lodestone.Simulation.MonteCarlo;

/// <summary>What a contiguous range of blocks of one Monte Carlo contributes: histogram counts and predicate hits (integers, merged in
/// any order) and each block's own sums (added in block order by <see cref="MonteCarloMerge"/>).</summary>
/// <remarks>
/// <see cref="ToBytes"/> encodes it losslessly (doubles by their bits, only the non-empty histogram bins) so that a range run on another
/// machine merges to the same bits as one run here; <see cref="FromBytes"/> checks the encoding against the model it is read for.
/// </remarks>
public sealed class MonteCarloPartial
{
    private const uint Magic = 0x4C4D4350; // "LMCP"
    private const int Version = 1;

    internal MonteCarloPartial(int firstBlock, Histogram histograms, int[] predicateHits, double[][] blockSums)
    {
        FirstBlock = firstBlock;
        Histograms = histograms;
        PredicateHits = predicateHits;
        BlockSums = blockSums;
    }

    /// <summary>Index of the first block of the range.</summary>
    public int FirstBlock { get; }

    /// <summary>Number of blocks in the range.</summary>
    public int BlockCount => BlockSums.Length;

    internal Histogram Histograms { get; }

    internal int[] PredicateHits { get; }

    /// <summary>Row b holds the sums of block <see cref="FirstBlock"/> + b.</summary>
    internal double[][] BlockSums { get; }

    /// <summary>The one merge of order-free counts, used by the runner's threads and by <see cref="MonteCarloMerge"/>.</summary>
    internal static void MergeCounts(Histogram histograms, int[] predicateHits, Histogram otherHistograms, int[] otherHits)
    {
        histograms.Merge(otherHistograms);
        for (var i = 0; i < predicateHits.Length; i++)
        {
            predicateHits[i] += otherHits[i];
        }
    }

    /// <summary>The range as bytes: a header, the non-empty bins (index, count, min, max), the hits, the block rows; little-endian.</summary>
    public byte[] ToBytes()
    {
        var cells = Histograms.Cells;
        var used = 0;
        foreach (var cell in cells)
        {
            if (cell.Count != 0)
            {
                used++;
            }
        }
        var rowLength = BlockSums.Length == 0 ? 0 : BlockSums[0].Length;
        var size = 4 * 8 + used * (4 + 4 + 8 + 8) + PredicateHits.Length * 4 + BlockSums.Length * rowLength * 8;
        var bytes = new byte[size];
        var writer = new SpanWriter(bytes);
        writer.Int((int)Magic);
        writer.Int(Version);
        writer.Int(FirstBlock);
        writer.Int(BlockSums.Length);
        writer.Int(rowLength);
        writer.Int(cells.Length);
        writer.Int(PredicateHits.Length);
        writer.Int(used);
        for (var i = 0; i < cells.Length; i++)
        {
            if (cells[i].Count != 0)
            {
                writer.Int(i);
                writer.Int(cells[i].Count);
                writer.Double(cells[i].Min);
                writer.Double(cells[i].Max);
            }
        }
        foreach (var hits in PredicateHits)
        {
            writer.Int(hits);
        }
        foreach (var row in BlockSums)
        {
            foreach (var value in row)
            {
                writer.Double(value);
            }
        }
        return bytes;
    }

    /// <summary>Reads <see cref="ToBytes"/>' encoding of a range of <paramref name="model"/>'s Monte Carlo.</summary>
    /// <exception cref="FormatException">The bytes are not such an encoding, or their shape is not the model's.</exception>
    public static MonteCarloPartial FromBytes(SimulationModel model, ReadOnlySpan<byte> bytes)
    {
        var reader = new SpanReader(bytes);
        if ((uint)reader.Int() != Magic || reader.Int() != Version)
        {
            throw new FormatException("not a Monte Carlo block range (version 1)");
        }
        var firstBlock = reader.Int();
        var blockCount = reader.Int();
        var rowLength = reader.Int();
        var histograms = BlockAccumulator.NewHistograms(model);
        var cells = histograms.Cells;
        MonteCarloRunner.SeriesOffsets(model, out var totalSeries);
        if (firstBlock < 0 || blockCount < 1 || rowLength != totalSeries || reader.Int() != cells.Length || reader.Int() != model.Predicates.Count)
        {
            throw new FormatException($"the block range's shape does not match scenario {model.Scenario}'s model");
        }
        var used = reader.Int();
        if (used < 0 || used > cells.Length)
        {
            throw new FormatException("bin count out of range");
        }
        for (var k = 0; k < used; k++)
        {
            var i = reader.Int();
            if (i < 0 || i >= cells.Length)
            {
                throw new FormatException("bin index out of range");
            }
            cells[i] = new HistogramBin { Count = reader.Int(), Min = reader.Double(), Max = reader.Double() };
        }
        var hits = new int[model.Predicates.Count];
        for (var i = 0; i < hits.Length; i++)
        {
            hits[i] = reader.Int();
        }
        if (reader.Remaining != (long)blockCount * rowLength * 8)
        {
            throw new FormatException("block rows truncated or followed by extra bytes");
        }
        var rows = new double[blockCount][];
        for (var b = 0; b < blockCount; b++)
        {
            rows[b] = new double[rowLength];
            for (var i = 0; i < rowLength; i++)
            {
                rows[b][i] = reader.Double();
            }
        }
        return new MonteCarloPartial(firstBlock, histograms, hits, rows);
    }

    private ref struct SpanWriter(Span<byte> bytes)
    {
        private readonly Span<byte> _bytes = bytes;
        private int _at;

        public void Int(int value)
        {
            BinaryPrimitives.WriteInt32LittleEndian(_bytes[_at..], value);
            _at += 4;
        }

        public void Double(double value)
        {
            BinaryPrimitives.WriteInt64LittleEndian(_bytes[_at..], BitConverter.DoubleToInt64Bits(value));
            _at += 8;
        }
    }

    private ref struct SpanReader(ReadOnlySpan<byte> bytes)
    {
        private readonly ReadOnlySpan<byte> _bytes = bytes;
        private int _at;

        public readonly long Remaining => _bytes.Length - _at;

        public int Int()
        {
            Need(4);
            var value = BinaryPrimitives.ReadInt32LittleEndian(_bytes[_at..]);
            _at += 4;
            return value;
        }

        public double Double()
        {
            Need(8);
            var value = BitConverter.Int64BitsToDouble(BinaryPrimitives.ReadInt64LittleEndian(_bytes[_at..]));
            _at += 8;
            return value;
        }

        private readonly void Need(int count)
        {
            if (_bytes.Length - _at < count)
            {
                throw new FormatException("block range truncated");
            }
        }
    }
}
