using Lodestone.News.Model;

namespace Lodestone.News.Resolution;

/// <summary>Which knowledge-base record an unmatched event is proposed as, if any.</summary>
internal static class ProposalKinds
{
    public const string Agreement = "agreement";
    public const string ExportControl = "export_control";
    public const string TradeMeasure = "trade_measure";

    /// <summary>Words that make a policy a trade measure (a duty, a tariff, a country's trade status), not a strategy or a law at home.</summary>
    private static readonly string[] TradeWords =
        ["tariff", "duty", "duties", "dumping", "countervail", "trade relations", "jackson-vanik", "most-favoured", "most-favored", "section 301", "section 232"];

    /// <summary>The proposal kind for <paramref name="e"/>: agreements, export controls and their relaxation, tariffs, and policies
    /// that name a duty, tariff or trade status; null for the rest (summits, prices, projects … are news, not records to file).</summary>
    public static string? For(ExtractedEvent e) => e.Type switch
    {
        EventType.Agreement => Agreement,
        EventType.ExportControl or EventType.ExportControlRelaxation => ExportControl,
        EventType.Tariff => TradeMeasure,
        EventType.Policy when IsTradePolicy(e.Summary) => TradeMeasure,
        _ => null,
    };

    /// <summary>True when a policy's sentence names a tariff, duty or trade status.</summary>
    public static bool IsTradePolicy(string summary) => TradeWords.Any(w => summary.Contains(w, StringComparison.OrdinalIgnoreCase));
}
