using Lodestone.Domain.Model;

namespace Lodestone.Domain.Exposure.Tracing;

/// <summary>The importer's dependence on the supplier at one stage, traced on data, with what backed it and what is missing.</summary>
/// <param name="Share">Share of the importer's supply at this stage that passed through the supplier here or upstream, as bounds.</param>
/// <param name="Split">Share of that supply made in the importer (the rest imported).</param>
/// <param name="SplitBasis">How <paramref name="Split"/> was found.</param>
/// <param name="WeightBasis">Where the partner weights come from (USGS import sources, or a BACI code and year).</param>
/// <param name="Partners">The importer's partners at this stage, largest first.</param>
/// <param name="Backing">Every data set the figure rests on (BACI code and year, USGS import sources, NIR, world output series).</param>
/// <param name="Gaps">Each link that could not be traced and why.</param>
/// <param name="ImportPeriod">Period of the USGS import sources used as weights, when they are.</param>
/// <param name="ImportCategory">Their product category.</param>
/// <param name="BundleWeights">True when the partner weights come from a bundle code: they say who could supply, not how much.</param>
public sealed record StageTrace(
    Stage Stage,
    ShareBounds Share,
    ShareBounds Split,
    string SplitBasis,
    string WeightBasis,
    IReadOnlyList<PartnerTrace> Partners,
    IReadOnlyList<string> Backing,
    IReadOnlyList<string> Gaps,
    bool BundleWeights = false,
    string? ImportPeriod = null,
    string? ImportCategory = null)
{
    /// <summary>Share of the importer's supply whose supplier content could not be traced (High − Low).</summary>
    public double Untraced => Share.Width;

    /// <summary>Share of the importer's supply traced to or around the supplier (1 − <see cref="Untraced"/>).</summary>
    public double Traced => 1 - Share.Width;
}
