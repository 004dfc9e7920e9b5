using Lodestone.Domain.Model;

namespace Lodestone.News.Gazetteers;

/// <summary>A company, agency or place that news names instead of its country, from data/reference/companies.csv or places.csv.</summary>
/// <param name="Kind">company, agency, exchange (companies.csv); mine, deposit, region, city (places.csv).</param>
/// <param name="Country">Home country of an organisation (where it is headquartered), or the country a place lies in.</param>
/// <param name="SourceUrl">The public page the row was taken from (the company's own site, Wikipedia for places).</param>
internal sealed record KnownEntity(string Name, IReadOnlyList<string> Aliases, string Kind, Iso3 Country, string SourceTitle, string SourceUrl)
{
    /// <summary>True when the source page was opened and confirmed; false when its URL was written without fetching it.</summary>
    public bool SourceChecked { get; init; }

    /// <summary>The day the source page was opened and found to state the row's country; null on unchecked rows.</summary>
    public DateOnly? CheckedOn { get; init; }

    /// <summary>The page's own publication or revision date where it shows one.</summary>
    public PartialDate? SourcePublished { get; init; }

    /// <summary>True for rows of places.csv.</summary>
    public bool IsPlace => Kind is "mine" or "deposit" or "region" or "city";
}
