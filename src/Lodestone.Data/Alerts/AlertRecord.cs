namespace Lodestone.Data.Alerts;

/// <summary>A brief figure that an accepted change altered: which figure, old → new as the brief page writes them (null: missing), which change, when, and its webhook delivery.</summary>
/// <param name="Importer">The brief's importer (ISO3).</param>
/// <param name="Supplier">The brief's supplier of concern (ISO3).</param>
/// <param name="AsOf">The as-of date both briefs were computed for (ISO date).</param>
/// <param name="ChangeRef">What changed the data: "proposal:ID" (an accepted news proposal), "import:…" (a data import), "check" (found by a later comparison).</param>
/// <param name="ChangeSummary">The change in words, for people.</param>
/// <param name="WebhookStatus">"pending" (not yet delivered: no webhook, or retries to come), "delivered", or "failed" (every try failed).</param>
public sealed record AlertRecord(
    long Id,
    string Importer,
    string Supplier,
    string AsOf,
    string Commodity,
    string Figure,
    string? Old,
    string? New,
    string ChangeRef,
    string ChangeSummary,
    DateTimeOffset RaisedAt,
    string WebhookStatus,
    int WebhookAttempts,
    string? WebhookLastError,
    DateTimeOffset? WebhookDeliveredAt);
