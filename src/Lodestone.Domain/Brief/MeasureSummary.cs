namespace Lodestone.Domain.Brief;

/// <summary>A trade measure the importer imposes on the supplier's exports of the commodity (a Section 301 tariff, an antidumping
/// duty …), with its status judged on the as-of date: what shapes the supplier's flows beside the supplier's own controls.</summary>
/// <param name="RateText">The rate as published ("0% to 25%", "93.5%"); null when the source gives none.</param>
/// <param name="Status">The status on the as-of date (<see cref="Trade.TradeMeasure.StatusOn"/>).</param>
/// <param name="StatusAsOf">The date of the source's status, shown beside it.</param>
public sealed record MeasureSummary(string Id, string Date, string? EffectiveDate, string MeasureType, string? RateText, string Status,
    string? StatusAsOf, string SourceId)
{
    /// <summary>The measures <paramref name="importer"/> imposes on <paramref name="supplier"/> covering <paramref name="commodity"/>,
    /// announced on or before <paramref name="asOf"/>, oldest first: the list the brief shows.</summary>
    public static IReadOnlyList<MeasureSummary> Of(KnowledgeBase.Dataset data, string commodity, Model.Iso3 importer, Model.Iso3 supplier, DateOnly asOf) =>
        data.TradeMeasures.For(commodity, [])
            .Where(m => m.Imposing == importer && m.Targets.Contains(supplier) && m.Date.Earliest <= asOf)
            .Select(m => new MeasureSummary(m.Id, m.Date.ToString(), m.EffectiveDate?.ToString(), m.MeasureType, m.RateText, m.StatusOn(asOf),
                m.StatusAsOf?.ToString(), m.SourceId))
            .ToList();
}
