using Lodestone.Domain.Errors;
using Lodestone.Domain.KnowledgeBase;
using Lodestone.Queries.Contracts;

namespace Lodestone.Queries.Sources;

/// <summary>The sources every figure cites: a filtered page of them, or one by id.</summary>
public static class SourcesQuestion
{
    public static SourcesRequest Request(string? text, int? page, int? pageSize) =>
        new(string.IsNullOrWhiteSpace(text) ? null : text.Trim(), Paging.Create(page, pageSize));

    public static PageDto<SourceDto> Answer(Dataset data, SourcesRequest request)
    {
        var t = request.Text;
        var all = data.Sources.Values
            .Concat(data.SalientFigures.Sources.Values.Where(s => !data.Sources.ContainsKey(s.Id)))
            .Where(s => t is null || s.Title.Contains(t, StringComparison.OrdinalIgnoreCase) || (s.Publisher?.Contains(t, StringComparison.OrdinalIgnoreCase) ?? false))
            .OrderBy(s => s.Id, StringComparer.Ordinal)
            .Select(s => s.ToDto())
            .ToList();
        return request.Paging.Apply(all);
    }

    /// <summary>One source by id; an unknown id is a not-found error.</summary>
    /// <remarks>The salient files' price and stock figures cite their files too (<see cref="Dataset.SalientFigures"/>), so those count.</remarks>
    public static SourceDto One(Dataset data, string id) =>
        data.Sources.TryGetValue(id.Trim(), out var source) || data.SalientFigures.Sources.TryGetValue(id.Trim(), out source)
            ? source.ToDto()
            : throw new LodestoneException(ErrorCode.NotFound, $"no source with id '{id.Trim()}' (`lodestone sources` lists them)");
}
