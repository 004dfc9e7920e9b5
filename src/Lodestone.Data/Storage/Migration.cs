namespace Lodestone.Data.Storage;

/// <summary>One versioned schema change: an SQL script applied once, recorded in <c>schema_version</c>.</summary>
/// <param name="Version">Position in the sequence, from the file name's leading number (0001 → 1).</param>
/// <param name="Name">File name without number and extension ("initial").</param>
/// <param name="Sql">The script, possibly several statements.</param>
internal sealed record Migration(int Version, string Name, string Sql);
