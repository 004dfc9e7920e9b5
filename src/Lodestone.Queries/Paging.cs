using Lodestone.Queries.Contracts;

namespace Lodestone.Queries;

/// <summary>Validated paging parameters: page ≥ 1, 1 ≤ page_size ≤ <see cref="MaxPageSize"/>.</summary>
public readonly record struct Paging(int Page, int PageSize)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    /// <summary>Checks the values (defaults: page 1, <see cref="DefaultPageSize"/>); on failure <paramref name="errors"/> holds one message per bad parameter.</summary>
    /// <remarks>For forms that report every bad field at once (the events filter); questions use <see cref="Create"/>.</remarks>
    public static bool TryCreate(int? page, int? pageSize, out Paging paging, out Dictionary<string, string[]> errors)
    {
        errors = [];
        paging = new Paging(page ?? 1, pageSize ?? DefaultPageSize);
        foreach (var check in new Action[] { () => Create(page, null), () => Create(null, pageSize) })
        {
            try
            {
                check();
            }
            catch (Domain.Errors.LodestoneException e) when (e.Field is not null)
            {
                errors[e.Field] = [e.Message];
            }
        }
        return errors.Count == 0;
    }

    /// <summary>Checks the values (defaults: page 1, <see cref="DefaultPageSize"/>); a bad one throws a bad-arguments error naming it.</summary>
    public static Paging Create(int? page, int? pageSize) =>
        new(QueryInput.Between(page, 1, 1, int.MaxValue, "page"), QueryInput.Between(pageSize, DefaultPageSize, 1, MaxPageSize, "page_size"));

    public PageDto<T> Apply<T>(IReadOnlyList<T> all) =>
        new(all.Skip((Page - 1) * PageSize).Take(PageSize).ToList(), Page, PageSize, all.Count);
}
