namespace Lodestone.Data.Loading;

/// <summary>The source columns of the exposure and risk data files: <c>source</c> (title), <c>source_url</c>, <c>source_date</c>, <c>read_via</c>.</summary>
internal static class SourceColumns
{
    public static readonly string[] Names = ["source", "source_url", "source_date", "read_via"];

    /// <summary>Registers the row's source with its date from <c>source_date</c>; returns the id ("" when the title is missing).</summary>
    public static string Register(CsvRow row, SourceRegistry sources)
    {
        var title = row.Required("source");
        var date = row.OptionalDate("source_date");
        if (title.Length == 0)
        {
            return "";
        }
        var cited = SourceCitations.FromRow(title, row.Optional("source_url"), row.Optional("read_via"));
        return sources.Register(cited with { Published = date ?? cited.Published });
    }
}
