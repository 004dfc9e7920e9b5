using Lodestone.Domain.KnowledgeBase;
using Lodestone.Domain.Model;
using Lodestone.News.Model;

namespace Lodestone.News.Resolution;

/// <summary>Finds the knowledge-base records (agreements, export controls, trade measures) an extracted event reports.</summary>
/// <remarks>
/// Agreements and summits are compared with <see cref="Dataset.Agreements"/>, export controls and their relaxation
/// with <see cref="Dataset.ExportControls"/>. A record matches when its date lies from 60 days before to 7 days after
/// the event's date (or, when the article fixes none, its publication date), and its countries and the event's
/// overlap with one set inside the other (at least two shared unless the event names one country, which then also needs
/// an instrument word of the record's type or a shared commodity). Among
/// matches, records whose type shares the event's instrument words (MoU, accords, framework, summit, ban, licence,
/// suspension, or a name such as "Abraham Accords" in the record's summary) and share a commodity are preferred.
/// Tariffs, and policies naming a duty or trade status, are compared with <see cref="Dataset.TradeMeasures"/> the same way, by
/// the measure's announcement or effective date; the imposing country must be among the event's countries.
/// </remarks>
public sealed class KnowledgeBaseMatcher(Dataset dataset)
{
    private static readonly string[][] InstrumentWords =
    [
        ["memorand", "mou"], ["accord"], ["framework"], ["summit", "leaders"], ["ban", "prohibit"], ["licen"], ["suspen", "lift", "paus"],
        ["invest", "fund", "financ"], ["agreement"], ["partnership"], ["quota"],
        ["tariff"], ["dumping"], ["countervail"], ["duty", "duties"], ["trade relations", "jackson"],
    ];

    public static bool IsReviewable(ExtractedEvent e) =>
        e.Type is EventType.Agreement or EventType.Summit or EventType.ExportControl or EventType.ExportControlRelaxation or EventType.Tariff
        || (e.Type == EventType.Policy && ProposalKinds.IsTradePolicy(e.Summary));

    public IReadOnlyList<string> Match(ExtractedEvent e, DateOnly? published)
    {
        var reference = e.Date?.Earliest ?? published;
        if (reference is not { } r || !IsReviewable(e))
        {
            return [];
        }
        var countries = e.Countries;
        var candidates = new List<(string Id, int Score)>();
        if (e.Type is EventType.Agreement or EventType.Summit)
        {
            foreach (var a in dataset.Agreements)
            {
                if (InWindow(a.Date, r) && PartiesMatch(a.Parties, countries))
                {
                    var commodityBonus = e.CommodityNames.Intersect(a.Commodities, StringComparer.Ordinal).Any() ? 2 : 0;
                    var typeScore = Score(e.Summary, a.Type);
                    if (countries.Count == 1 && typeScore == 0 && commodityBonus == 0)
                    {
                        // One country and nothing else in common is too weak a link.
                        continue;
                    }
                    var summitBonus = e.Type == EventType.Summit == a.Type.Contains("summit", StringComparison.OrdinalIgnoreCase) ? 2 : 0;
                    candidates.Add((a.Id, 2 * typeScore + Score(e.Summary, a.Summary) + summitBonus + commodityBonus));
                }
            }
        }
        else if (e.Type is EventType.Tariff or EventType.Policy)
        {
            foreach (var m in dataset.TradeMeasures.Measures)
            {
                var dated = InWindow(m.Date, r) || (m.EffectiveDate is { } effective && InWindow(effective, r));
                var commodityOk = e.CommodityNames.Count == 0 || m.Commodities.Count == 0 || m.Commodities.Intersect(e.CommodityNames, StringComparer.Ordinal).Any();
                if (dated && commodityOk && countries.Contains(m.Imposing.Code))
                {
                    candidates.Add((m.Id, 2 * Score(e.Summary, m.MeasureType) + Score(e.Summary, m.Summary)));
                }
            }
        }
        else
        {
            foreach (var c in dataset.ExportControls)
            {
                var parties = new List<Iso3> { c.Imposing };
                parties.AddRange(c.Targets);
                var relaxation = c.MeasureType.Contains("suspen", StringComparison.OrdinalIgnoreCase) || c.Id.EndsWith("SUSP", StringComparison.Ordinal);
                if (relaxation != (e.Type == EventType.ExportControlRelaxation) || !InWindow(c.Date, r) || !parties.Any(p => countries.Contains(p.Code)))
                {
                    continue;
                }
                var commodityOk = e.CommodityNames.Count == 0 || c.Commodities.Count == 0 || c.Commodities.Intersect(e.CommodityNames, StringComparer.Ordinal).Any();
                if (commodityOk && countries.Contains(c.Imposing.Code))
                {
                    candidates.Add((c.Id, Score(e.Summary, c.MeasureType)));
                }
            }
        }
        if (candidates.Count == 0)
        {
            return [];
        }
        // Several records can be right (one MOU report naming three partners); keep those within one point of the best.
        var best = candidates.Max(c => c.Score);
        var floor = best == 0 ? 0 : Math.Max(1, best - 1);
        return candidates.Where(c => c.Score >= floor).Select(c => c.Id).ToList();
    }

    private static bool InWindow(PartialDate date, DateOnly reference) =>
        date.Latest >= reference.AddDays(-60) && date.Earliest <= reference.AddDays(7);

    private static bool PartiesMatch(IReadOnlyList<Iso3> record, IReadOnlyList<string> eventCountries)
    {
        var recordCodes = record.Select(p => p.Code).ToList();
        var shared = recordCodes.Intersect(eventCountries, StringComparer.Ordinal).Count();
        if (eventCountries.Count == 1)
        {
            return shared == 1;
        }
        return shared >= 2 && (shared == recordCodes.Count || shared == eventCountries.Count);
    }

    private static int Score(string summary, string recordType)
    {
        var score = 0;
        foreach (var words in InstrumentWords)
        {
            if (words.Any(w => summary.Contains(w, StringComparison.OrdinalIgnoreCase)) && words.Any(w => recordType.Contains(w, StringComparison.OrdinalIgnoreCase)))
            {
                score++;
            }
        }
        return score;
    }
}
