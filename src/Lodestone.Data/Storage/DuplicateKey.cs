namespace Lodestone.Data.Storage;

/// <summary>One fact whose key is already in the store (or twice in one import).</summary>
/// <param name="Table">Store table ("production").</param>
/// <param name="File">The data file of that table's shape ("usgs_mcs_production.csv").</param>
/// <param name="Field">The column that carries the key in that file ("iso3", "id").</param>
/// <param name="Key">The fact's key as <see cref="FactKeys"/> computes it.</param>
/// <param name="Description">The key in words, for messages.</param>
public sealed record DuplicateKey(string Table, string File, string Field, string Key, string Description);
