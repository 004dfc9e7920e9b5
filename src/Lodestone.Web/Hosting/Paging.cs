using Lodestone.Web.Contracts;

namespace Lodestone.Web.Hosting;

/// <summary>Validated paging parameters: page ≥ 1, 1 ≤ page_size ≤ <see cref="MaxPageSize"/>.</summary>
public readonly record struct Paging(int Page, int PageSize)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    /// <summary>Checks the query values; on failure <paramref name="errors"/> holds one message per bad parameter.</summary>
    public static bool TryCreate(int? page, int? pageSize, out Paging paging, out Dictionary<string, string[]> errors)
    {
        errors = [];
        var p = page ?? 1;
        var size = pageSize ?? DefaultPageSize;
        if (p < 1)
        {
            errors["page"] = ["page must be 1 or more"];
        }
        if (size is < 1 or > MaxPageSize)
        {
            errors["page_size"] = [$"page_size must be between 1 and {MaxPageSize}"];
        }
        paging = new Paging(p, size);
        return errors.Count == 0;
    }

    public PageDto<T> Apply<T>(IReadOnlyList<T> all) =>
        new(all.Skip((Page - 1) * PageSize).Take(PageSize).ToList(), Page, PageSize, all.Count);
}
