using System.Globalization;
using System.Text.Json;
using Lodestone.Domain.Model;

namespace Lodestone.Data.Storage;

/// <summary>How domain values become column values: the inverse of <see cref="RowReader"/>.</summary>
internal static class StoredValues
{
    public static object? Date(PartialDate? date) => date?.ToString();

    public static object? Iso(Iso3? code) => code?.Code;

    public static object List(IEnumerable<string> items) => JsonSerializer.Serialize(items.ToList());

    public static object List(IEnumerable<Iso3> items) => List(items.Select(i => i.Code));

    public static object List(IEnumerable<Stage> items) => List(items.Select(s => s.ToString()));

    /// <summary>Exact decimal text: keeps the published scale ("500000000" stays "500000000").</summary>
    public static object? Money(decimal? amount) => amount?.ToString(CultureInfo.InvariantCulture);
}
