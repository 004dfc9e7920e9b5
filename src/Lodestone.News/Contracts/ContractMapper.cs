using System.Globalization;
using Lodestone.News.Model;
using Lodestone.News.Storage;

namespace Lodestone.News.Contracts;

/// <summary>Maps extraction results to the JSON contracts, by hand.</summary>
public static class ContractMapper
{
    public static ArticleJson ToJson(string file, ArticleExtraction extraction, Func<int, Resolution.ReportedDate?>? fromOtherReport = null) => new(
        file,
        extraction.Title,
        extraction.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        extraction.Events.Select((e, i) => fromOtherReport?.Invoke(i) is { } d
            ? ToJson(e) with { Date = d.Date.ToString(), DateSource = "report:" + d.FromFile }
            : ToJson(e)).ToList(),
        extraction.Claims.Select(ToJson).ToList(),
        null);

    public static ArticleJson Failed(string file, string error) => new(file, null, null, [], [], error);

    public static EventJson ToJson(ExtractedEvent e) => new(
        e.Type.Slug(),
        e.Date?.ToString(),
        e.Date is null ? null : "text",
        e.Countries,
        e.CommodityNames,
        e.Topics.Select(t => t.Value).Distinct(StringComparer.Ordinal).ToList(),
        e.Organizations.Select(o => o.Value).Distinct(StringComparer.Ordinal).ToList(),
        e.Amount is { } a ? new AmountJson(a.Value, a.Currency) : null,
        e.Amount?.Usd,
        e.Summary,
        e.Evidence.Select(Span).ToList(),
        new FieldEvidenceJson(
            e.Parties.Select(ValueSpan).ToList(),
            e.Commodities.Select(ValueSpan).ToList(),
            e.Organizations.Select(ValueSpan).ToList(),
            e.DateSpan is { } d ? Span(d) : null,
            e.Amount is { } m ? Span(m.Span) : null));

    public static ClaimJson ToJson(ExtractedClaim c) => new(
        c.Speaker, c.Text, c.HorizonMonths, c.DueDate?.ToString(), Span(c.Span), c.SpeakerSpan is { } s ? Span(s) : null, Span(c.HorizonSpan), c.SpeakerCountry);

    /// <summary>A stored event as <c>lodestone events --format json</c> and <c>/api/events</c> write it.</summary>
    public static StoredEventJson ToJson(StoredEvent e) => new(
        e.Id,
        e.Type.Slug(),
        e.Date?.ToString(),
        e.Status.Slug(),
        e.Countries,
        e.Commodities,
        e.Topics,
        e.Organizations,
        e.AmountValue is { } v && e.AmountCurrency is { } currency ? new AmountJson(v, currency) : null,
        e.AmountCurrency == "USD" ? e.AmountValue : null,
        e.Summary,
        e.KnowledgeBaseIds,
        e.Sources.Select(s => new EventSourceJson(s.ArticleId, s.Location, s.Url, s.Published, s.Evidence,
            s.Fields.Select(f => new FieldSpanJson(f.Field, f.Value, f.Start, f.End)).ToList())).ToList());

    public static ProposalJson ToJson(Proposal p) => new(p.Id, p.EventId, p.Kind, p.Status, p.Payload, p.CreatedAt, p.DecidedAt);

    private static SpanJson Span(TextSpan span) => new(span.Start, span.End);

    private static ValueSpanJson ValueSpan(Mention m) => new(m.Value, m.Span.Start, m.Span.End);
}
