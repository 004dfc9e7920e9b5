namespace Lodestone.Data.Baci;

/// <summary>One HS6 code met in a file: the one string all its flows share, whether the import keeps them, and its
/// rows.</summary>
/// <param name="Hs6">Six digits.</param>
/// <param name="Kept">True when its flows are written (a mapped code, or any code with <c>--all-codes</c>).</param>
/// <param name="Listed">False when the release's product table lacks the code (each such row is an error).</param>
internal sealed record BaciCode(string Hs6, bool Kept, bool Listed)
{
    /// <summary>Valid rows of the code read so far (kept or skipped).</summary>
    public long Rows { get; set; }
}
