using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Lodestone.Domain.Exposure;

/// <summary>The sparse matrix A of an upstream attribution w = d + A·w, stored by rows (CSR).</summary>
/// <remarks>
/// Row i lists the nodes j that node i supplies, with A[i, j] = share of j's input coming from i. Then
/// w = d + A·w gives, for a demand vector d, the throughput attributed to every node: the Leontief form
/// w = (I − A)⁻¹·d = (I + A + A² + …)·d. The series converges when the spectral radius of A is below 1, which holds
/// when every cycle leaks to an origin (input shares ≤ 1 and every node reaches a node without inputs).
/// </remarks>
public sealed class UpstreamSystem
{
    /// <summary>A matrix of <paramref name="size"/> rows in CSR form: row i's entries are at
    /// <c>rowStart[i] .. rowStart[i + 1] − 1</c> of <paramref name="column"/> and <paramref name="weight"/>.</summary>
    /// <exception cref="ArgumentException">The arrays disagree in length, <paramref name="rowStart"/> does not run from 0 to the
    /// entry count without decreasing, or a column index is outside 0 .. size − 1.</exception>
    public UpstreamSystem(int size, int[] rowStart, int[] column, double[] weight)
    {
        if (rowStart.Length != size + 1 || column.Length != weight.Length || rowStart[0] != 0 || rowStart[size] != column.Length)
        {
            throw new ArgumentException("CSR arrays do not match: rowStart needs size + 1 entries and its first must be 0 and its last the entry count");
        }
        for (var i = 0; i < size; i++)
        {
            if (rowStart[i] > rowStart[i + 1])
            {
                throw new ArgumentException($"rowStart must be non-decreasing (row {i})", nameof(rowStart));
            }
        }
        foreach (var c in column)
        {
            if ((uint)c >= (uint)size)
            {
                throw new ArgumentException($"column index {c} outside 0..{size - 1}", nameof(column));
            }
        }
        Size = size;
        RowStart = rowStart;
        Column = column;
        Weight = weight;
    }

    /// <summary>Number of nodes: rows and columns of A.</summary>
    public int Size { get; }
    /// <summary>Size + 1 offsets: row i's entries are at <c>RowStart[i] .. RowStart[i + 1] − 1</c>.</summary>
    public int[] RowStart { get; }
    /// <summary>Per entry of row i: the node j that i supplies.</summary>
    public int[] Column { get; }
    /// <summary>Per entry: A[i, j], the share of node j's input that comes from node i (0–1).</summary>
    public double[] Weight { get; }
    /// <summary>Number of stored entries (links).</summary>
    public long EntryCount => Column.LongLength;

    /// <summary>Builds the CSR rows from per-node input lists (the transpose of the input view); <paramref name="keepNode"/> drops nodes.</summary>
    public static UpstreamSystem FromInputs(int size, IReadOnlyList<IReadOnlyList<SupplyInput>> inputsOf, Func<int, bool>? keepNode = null)
    {
        var counts = new int[size + 1];
        for (var j = 0; j < size; j++)
        {
            if (keepNode is not null && !keepNode(j))
            {
                continue;
            }
            foreach (var input in inputsOf[j])
            {
                if (keepNode is null || keepNode(input.From))
                {
                    counts[input.From + 1]++;
                }
            }
        }
        for (var i = 0; i < size; i++)
        {
            counts[i + 1] += counts[i];
        }
        var column = new int[counts[size]];
        var weight = new double[counts[size]];
        var next = (int[])counts.Clone();
        for (var j = 0; j < size; j++)
        {
            if (keepNode is not null && !keepNode(j))
            {
                continue;
            }
            foreach (var input in inputsOf[j])
            {
                if (keepNode is null || keepNode(input.From))
                {
                    var k = next[input.From]++;
                    column[k] = j;
                    weight[k] = input.Share;
                }
            }
        }
        return new UpstreamSystem(size, counts, column, weight);
    }

    /// <summary>y[i] = d[i] + Σⱼ A[i, j]·x[j] for rows [from, to).</summary>
    /// <remarks>The hot loop of every iterative solve: references instead of indexed access avoid a bounds check per
    /// entry (the CSR arrays were validated at construction, columns are checked once per call).</remarks>
    public void MultiplyAdd(ReadOnlySpan<double> x, ReadOnlySpan<double> demand, Span<double> y, int from, int to)
    {
        if (x.Length < Size || demand.Length < Size || y.Length < Size || from < 0 || to > Size)
        {
            throw new ArgumentException("vectors shorter than the system or row range out of bounds", nameof(x));
        }
        ref var rowStart = ref MemoryMarshal.GetArrayDataReference(RowStart);
        ref var column = ref MemoryMarshal.GetArrayDataReference(Column);
        ref var weight = ref MemoryMarshal.GetArrayDataReference(Weight);
        ref var xs = ref MemoryMarshal.GetReference(x);
        for (var i = from; i < to; i++)
        {
            var sum = demand[i];
            var end = Unsafe.Add(ref rowStart, i + 1);
            for (var k = Unsafe.Add(ref rowStart, i); k < end; k++)
            {
                sum += Unsafe.Add(ref weight, k) * Unsafe.Add(ref xs, Unsafe.Add(ref column, k));
            }
            y[i] = sum;
        }
    }

    /// <summary>The dense matrix A (row-major), for exact solvers on small systems.</summary>
    public double[,] ToDense()
    {
        var a = new double[Size, Size];
        for (var i = 0; i < Size; i++)
        {
            for (var k = RowStart[i]; k < RowStart[i + 1]; k++)
            {
                a[i, Column[k]] += Weight[k];
            }
        }
        return a;
    }
}
