using System.Globalization;
using System.Text.Json;
using Lodestone.Data.Loading;
using Lodestone.Domain.Facts;
using Lodestone.Domain.Model;
using Lodestone.Domain.Trade;
using Lodestone.News.Storage;

namespace Lodestone.News.Review;

/// <summary>Turns an accepted proposal into the knowledge-base records it stands for: the article as a source, plus one agreement, export control or trade measure.</summary>
/// <remarks>
/// Only what the article says goes in; what it leaves open stays open (status "reported", no amount) or must come
/// from the reviewer (<see cref="ReviewDecision"/>): an export control names several countries without saying which
/// one imposes it, so the reviewer names it rather than the code guessing.
/// </remarks>
internal static class ProposalRecords
{
    public static FactSet ToFacts(Proposal proposal, ReviewDecision decision)
    {
        var payload = Parse(proposal);
        var source = SourceOf(proposal, payload);
        var date = DateOf(proposal, payload);
        var parties = Countries(payload, "parties");
        var commodities = Strings(payload, "commodities");
        var commodityText = commodities.Count > 0 ? string.Join(';', commodities) : "unspecified";
        var summary = String(payload, "summary") ?? "";
        var id = "NEWS-" + proposal.Id.ToString(CultureInfo.InvariantCulture);
        var notes = $"accepted from news proposal {proposal.Id} (event {proposal.EventId})";
        return proposal.Kind switch
        {
            "agreement" => Facts(source, agreements: [new Agreement(
                id, date, parties, [], "reported agreement", commodities, commodityText,
                AmountUsd(payload), null, summary, "reported", source.Id, notes)]),
            "export_control" => Facts(source, controls: [new ExportControl(
                id, date, null, Imposing(proposal, parties, decision), null, commodities, commodityText, null, [], null,
                decision.MeasureType ?? (String(payload, "type") == "export_control_relaxation" ? "suspension (reported)" : "export control (reported)"),
                [], "as reported", "reported", date, null, null, source.Id, notes)]),
            "trade_measure" => Facts(source, measures: [TradeMeasure(proposal, payload, decision, id, date, parties, commodities, summary, source.Id, notes)]),
            _ => throw new ReviewException($"proposal {proposal.Id}: unknown kind '{proposal.Kind}' (expected agreement, export_control or trade_measure)"),
        };
    }

    private static FactSet Facts(Source source, IReadOnlyList<Agreement>? agreements = null, IReadOnlyList<ExportControl>? controls = null,
        IReadOnlyList<TradeMeasure>? measures = null) =>
        FactSet.Empty with { Sources = [source], Agreements = agreements ?? [], ExportControls = controls ?? [], TradeMeasures = measures ?? [] };

    /// <summary>A tariff or policy article as a trade measure: the imposing country from the article or the reviewer, the other
    /// parties as targets, the rate left open (the extractor reads none), status "reported" as of the event's date.</summary>
    private static TradeMeasure TradeMeasure(Proposal proposal, JsonElement payload, ReviewDecision decision, string id, PartialDate date,
        IReadOnlyList<Iso3> parties, IReadOnlyList<string> commodities, string summary, string sourceId, string notes)
    {
        var imposing = Imposing(proposal, parties, decision, "measure");
        var type = decision.MeasureType ?? (String(payload, "type") == "tariff"
            ? "tariff"
            : throw new ReviewException($"proposal {proposal.Id}: a policy article does not say what kind of trade measure it is; name it (--measure-type {string.Join('|', TradeMeasureReader.Types)})"));
        if (!TradeMeasureReader.Types.Contains(type))
        {
            throw new ReviewException($"proposal {proposal.Id}: measure type '{type}' is not one of {string.Join(", ", TradeMeasureReader.Types)}");
        }
        var scope = commodities.Count > 0 ? string.Join(", ", commodities) + " (as reported)" : "as reported";
        return new TradeMeasure(id, date, null, type, imposing, parties.Where(p => p != imposing).ToList(), commodities, scope, null, "reported",
            date, summary, sourceId, notes);
    }

    private static JsonElement Parse(Proposal proposal)
    {
        try
        {
            using var document = JsonDocument.Parse(proposal.Payload);
            return document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new ReviewException($"proposal {proposal.Id}: the stored record is not valid JSON ({e.Message})");
        }
    }

    /// <summary>The reporting article, cited like every other source: title, publisher (the site), URL, publication date.</summary>
    private static Source SourceOf(Proposal proposal, JsonElement payload)
    {
        if (!payload.TryGetProperty("source", out var s) || s.ValueKind != JsonValueKind.Object)
        {
            throw new ReviewException($"proposal {proposal.Id}: the record names no source article");
        }
        var url = String(s, "url");
        var title = String(s, "title") ?? String(s, "location")
            ?? throw new ReviewException($"proposal {proposal.Id}: the source article has neither a title nor a location");
        PartialDate? published = PartialDate.TryParse(String(s, "published"), out var p) ? p : null;
        var publisher = Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host : null;
        var location = String(s, "location");
        var readVia = url is null && location is not null ? "news review of " + location : "news review";
        return new Source(Source.DeriveId(title, url), title, publisher, url, published, readVia);
    }

    private static PartialDate DateOf(Proposal proposal, JsonElement payload) =>
        PartialDate.TryParse(String(payload, "date"), out var date)
            ? date
            : throw new ReviewException($"proposal {proposal.Id}: the article fixes no date for the event, and a record needs one");

    private static Iso3 Imposing(Proposal proposal, IReadOnlyList<Iso3> parties, ReviewDecision decision, string what = "control")
    {
        if (decision.Imposing is { } named)
        {
            return named;
        }
        return parties.Count == 1
            ? parties[0]
            : throw new ReviewException($"proposal {proposal.Id}: the article names {(parties.Count == 0 ? "no country" : string.Join(", ", parties))}; say which one imposes the {what} (--imposing ISO3)");
    }

    private static decimal? AmountUsd(JsonElement payload) =>
        payload.TryGetProperty("amount", out var a) && a.ValueKind == JsonValueKind.Object
        && String(a, "currency") == "USD" && a.TryGetProperty("value", out var v) && v.TryGetDecimal(out var value)
            ? value
            : null;

    private static IReadOnlyList<Iso3> Countries(JsonElement payload, string name) =>
        Strings(payload, name).Select(c => Iso3.TryParse(c, out var iso) ? iso : (Iso3?)null).OfType<Iso3>().ToList();

    private static IReadOnlyList<string> Strings(JsonElement payload, string name) =>
        payload.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToList()
            : [];

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
