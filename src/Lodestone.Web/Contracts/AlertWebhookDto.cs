namespace Lodestone.Web.Contracts;

/// <summary>An alert's webhook delivery.</summary>
/// <param name="Status">"pending" (no webhook configured yet, or a retry to come), "delivered", or "failed" (every try failed).</param>
/// <param name="Attempts">Tries made so far.</param>
/// <param name="LastError">The last failed try's error; null when none failed.</param>
/// <param name="DeliveredAt">UTC, ISO 8601; null until delivered.</param>
/// <param name="Deliveries">Every try, oldest first (on the single-alert route); null in lists.</param>
internal sealed record AlertWebhookDto(string Status, int Attempts, string? LastError, string? DeliveredAt, IReadOnlyList<AlertDeliveryDto>? Deliveries);
