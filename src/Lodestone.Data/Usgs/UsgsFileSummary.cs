namespace Lodestone.Data.Usgs;

/// <summary>One file of an import: rows read and facts it yielded (none when it had an error).</summary>
public sealed record UsgsFileSummary(string File, int Rows, int Facts, bool HasErrors);
