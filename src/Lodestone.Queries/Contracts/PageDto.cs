namespace Lodestone.Queries.Contracts;

/// <summary>One page of a list.</summary>
/// <param name="Page">1-based page number.</param>
/// <param name="PageSize">Items per page (1–200).</param>
/// <param name="Total">Items matching the filter, across all pages.</param>
public sealed record PageDto<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);
