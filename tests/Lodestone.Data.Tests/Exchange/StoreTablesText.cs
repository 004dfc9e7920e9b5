using Lodestone.Data.Exchange;
using Lodestone.Data.Storage;

namespace Lodestone.Data.Tests.Exchange;

/// <summary>Every store table a view reads, each row as text (NULL apart from ""), in key order: two stores are equal iff these are.</summary>
internal static class StoreTablesText
{
    private const string Null = "\u2400";

    public static async Task<Dictionary<string, List<string>>> OfAsync(SqlKnowledgeStore store)
    {
        var tables = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        await store.ReadRawAsync(RawTables.All, async (table, rows) =>
        {
            var lines = new List<string>();
            await foreach (var row in rows)
            {
                lines.Add(string.Join(" | ", row.Select(v => v is null ? Null : "«" + CellText.Format(v) + "»")));
            }
            tables[table.Name] = lines;
        });
        return tables;
    }

    public static void AssertEqual(Dictionary<string, List<string>> expected, Dictionary<string, List<string>> actual)
    {
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        foreach (var (table, rows) in expected)
        {
            var got = actual[table];
            Assert.True(rows.Count == got.Count, $"{table}: expected {rows.Count} rows, got {got.Count}");
            for (var i = 0; i < rows.Count; i++)
            {
                Assert.True(rows[i] == got[i], $"{table} row {i + 1}:\n expected {rows[i]}\n got      {got[i]}");
            }
        }
    }
}
