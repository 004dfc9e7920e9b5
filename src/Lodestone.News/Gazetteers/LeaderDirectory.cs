using Lodestone.Data.Loading;
using Lodestone.Domain.Errors;
using Lodestone.Domain.Model;

namespace Lodestone.News.Gazetteers;

/// <summary>The leaders of data/reference/leaders.csv, used to tie people named in news to their countries.</summary>
internal sealed class LeaderDirectory
{
    public const string FileName = "leaders.csv";

    public LeaderDirectory(IEnumerable<Leader> leaders) => All = leaders.ToList();

    public IReadOnlyList<Leader> All { get; }

    /// <summary>Loads <c>reference/leaders.csv</c> under <paramref name="dataDirectory"/>; a missing file gives an empty directory.</summary>
    /// <exception cref="DataValidationException">When a row is malformed.</exception>
    public static LeaderDirectory Load(string dataDirectory, CountryCatalog countries)
    {
        var path = Path.Combine(dataDirectory, ReferenceLoader.Folder, FileName);
        if (!File.Exists(path))
        {
            return new LeaderDirectory([]);
        }
        var issues = new IssueLog();
        var leaders = new List<Leader>();
        foreach (var row in CsvFile.Read(path, ReferenceLoader.Folder + "/" + FileName, issues, ["name", "title", "iso3", "from", "to", "source"]))
        {
            var country = row.Country("iso3", countries, required: true);
            var from = row.RequiredDate("from");
            var to = row.OptionalDate("to");
            var aliases = (row.Optional("aliases") ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (country is { } iso3)
            {
                leaders.Add(new Leader(row.Required("name"), aliases, row.Required("title"), iso3, from, to, row.Required("source")));
            }
        }
        issues.ThrowIfAny();
        return new LeaderDirectory(leaders);
    }

    /// <summary>The holder of <paramref name="title"/> for <paramref name="country"/> on <paramref name="date"/>, if listed.</summary>
    public Leader? Holder(Iso3 country, string title, DateOnly date) =>
        All.FirstOrDefault(l => l.Country == country && l.InOffice(date) && string.Equals(l.Title, title, StringComparison.OrdinalIgnoreCase));
}
