using Lodestone.Domain.KnowledgeBase;
using Lodestone.Domain.Model;
using Lodestone.Queries.Contracts;

namespace Lodestone.Queries.Minerals;

/// <summary>The commodity list: list memberships and the largest supplier of each stage, filtered and paged. <c>lodestone
/// minerals</c> and <c>/api/minerals</c> ask this one question and return the same document.</summary>
public static class MineralListQuestion
{
    /// <summary>Checks the raw values: a stage name, a country for the leader (code or name), a plausible year, paging; the page
    /// size defaults to <see cref="Paging.MaxPageSize"/> so the whole list (about 60 commodities) is one page.</summary>
    public static MineralListRequest Request(Dataset data, string? query, string? stage, string? leader, int? year, bool all, int? page, int? pageSize) =>
        new(string.IsNullOrWhiteSpace(query) ? null : query.Trim(),
            QueryInput.Stage(stage, "stage"),
            string.IsNullOrWhiteSpace(leader) ? null : QueryInput.Country(data, leader, "leader").Iso3.Code,
            QueryInput.Vintage(data, year, "year"),
            all,
            Paging.Create(page, pageSize ?? Paging.MaxPageSize));

    public static PageDto<MineralSummaryDto> Answer(Dataset data, MineralListRequest request)
    {
        var stage = request.Stage?.Name();
        var matching = MineralQuestion.Summaries(data, request.Year, request.All)
            .Where(m => request.Query is null || m.Name.Contains(request.Query, StringComparison.OrdinalIgnoreCase))
            .Where(m => stage is null || m.Leaders.Any(l => l.Stage == stage))
            .Where(m => request.Leader is null || m.Leaders.Any(l => l.Country == request.Leader && (stage is null || l.Stage == stage)))
            .ToList();
        return request.Paging.Apply(matching);
    }
}
