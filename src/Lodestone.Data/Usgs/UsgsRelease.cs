using Lodestone.Domain.Model;

namespace Lodestone.Data.Usgs;

/// <summary>One edition of the Mineral Commodity Summaries data release (<c>data/reference/usgs_releases.csv</c>).</summary>
/// <param name="Edition">Edition code as in the SOURCE column and file names ("MCS2025").</param>
/// <param name="Title">Citation title.</param>
/// <param name="Publisher">Publisher.</param>
/// <param name="Url">DOI address of the release.</param>
/// <param name="Published">Release date.</param>
public sealed record UsgsRelease(string Edition, string Title, string Publisher, string Url, PartialDate Published)
{
    /// <summary>Publication year of the edition ("MCS2025" → 2025).</summary>
    public int Year => int.Parse(Edition.AsSpan(3), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The source of one file of the release: the release citation plus the file name.</summary>
    /// <remarks>
    /// The title carries the URL, and the id is derived from title and URL exactly as for a citation read from a CSV row
    /// (<see cref="Loading.SourceCitations"/>), so a fact exported to CSV and imported again cites the same source.
    /// </remarks>
    public Source SourceFor(string fileName)
    {
        var title = $"{Title}, file {fileName} ({Url})";
        return new Source(Source.DeriveId(title, Url), title, Publisher, Url, Published);
    }
}
