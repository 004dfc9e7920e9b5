using Lodestone.Data.Storage;

namespace Lodestone.Data.Exchange;

/// <summary>One table of an export.</summary>
/// <param name="Name">The store table's name, or a data file's path without <c>.csv</c> ("reference/commodities").</param>
/// <param name="File">Its file, relative to the export directory.</param>
/// <param name="Stored">True for a store table (imported); false for a data-directory table (checked against the data directory).</param>
/// <param name="Rows">Rows written.</param>
/// <param name="Columns">Its columns, in file order.</param>
public sealed record ExportedTable(string Name, string File, bool Stored, int Rows, IReadOnlyList<Column> Columns);
