using System.Globalization;
using Lodestone.Data.Alerts;

namespace Lodestone.Web.Contracts;

/// <summary>An alert: a figure of the brief (<c>/brief</c>, importer and supplier as given) that an accepted change altered.</summary>
/// <param name="Old">The figure before the change as the brief page writes it; null when the page showed it missing.</param>
/// <param name="New">The figure after the change; null when it is now missing.</param>
/// <param name="ChangeRef">"proposal:ID" (an accepted news proposal) or "import:…" (a data import).</param>
/// <param name="RaisedAt">UTC, ISO 8601.</param>
/// <param name="Webhook">Delivery to the configured webhook; <see cref="AlertWebhookDto.Deliveries"/> is filled on <c>/api/alerts/{id}</c> only.</param>
internal sealed record AlertDto(long Id, string Importer, string Supplier, string AsOf, string Commodity, string Figure, string? Old, string? New,
    string ChangeRef, string ChangeSummary, string RaisedAt, AlertWebhookDto Webhook)
{
    public static AlertDto From(AlertRecord a, IReadOnlyList<AlertDelivery>? deliveries = null) => new(
        a.Id, a.Importer, a.Supplier, a.AsOf, a.Commodity, a.Figure, a.Old, a.New, a.ChangeRef, a.ChangeSummary, Stamp(a.RaisedAt),
        new AlertWebhookDto(a.WebhookStatus, a.WebhookAttempts, a.WebhookLastError, a.WebhookDeliveredAt is { } d ? Stamp(d) : null,
            deliveries?.Select(x => new AlertDeliveryDto(x.Attempt, Stamp(x.At), x.Outcome, x.Error)).ToList()));

    private static string Stamp(DateTimeOffset at) => at.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);
}
