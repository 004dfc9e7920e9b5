using Lodestone.Domain.Model;

namespace Lodestone.Data.Loading;

/// <summary>Collects the distinct sources cited by fact rows; the same citation yields the same id.</summary>
public sealed class SourceRegistry
{
    private readonly Dictionary<string, Source> _sources = new(StringComparer.Ordinal);

    public SourceRegistry(IEnumerable<Source> known)
    {
        foreach (var s in known)
        {
            _sources[s.Id] = s;
        }
    }

    public IReadOnlyCollection<Source> All => _sources.Values;

    /// <summary>Registers a source built by a reader (first registration of an id wins) and returns its id.</summary>
    public string Register(Source source)
    {
        _sources.TryAdd(source.Id, source);
        return source.Id;
    }

    /// <summary>Registers the row's citation (<c>source</c>, optional <c>source_url</c>, <c>read_via</c>) and returns its id.</summary>
    public string FromRow(CsvRow row)
    {
        var title = row.Required("source");
        if (title.Length == 0)
        {
            return "";
        }
        var source = SourceCitations.FromRow(title, row.Optional("source_url"), row.Optional("read_via"));
        _sources.TryAdd(source.Id, source);
        return source.Id;
    }
}
