namespace Lodestone.Data.Storage;

/// <summary>A table of the store as the database holds it, every column including row numbers and ids: what a lossless copy reads and writes.</summary>
/// <param name="Name">The table's name in the schema (a name from the code, never user input).</param>
/// <param name="Columns">Every column, in the order of the migration.</param>
/// <param name="OrderBy">The columns that order its rows (its primary key), so two copies list rows in the same order.</param>
/// <param name="Fact">The fact table whose rows these are, when there is one: the import checks each row reads back as a fact.</param>
internal sealed record RawTable(string Name, IReadOnlyList<Column> Columns, string OrderBy, StoreTable? Fact = null)
{
    /// <summary>The columns of <see cref="Fact"/>'s rows: after <c>seq</c> and <c>fact_key</c>.</summary>
    public const int FactOffset = 2;

    /// <summary>A SELECT of every column in <see cref="OrderBy"/> order.</summary>
    internal string SelectSql => $"SELECT {string.Join(", ", Columns.Select(c => c.Name))} FROM {Name} ORDER BY {OrderBy}";
}
