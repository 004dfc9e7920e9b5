namespace Lodestone.Web.Contracts;

/// <summary>One try at posting an alert: when (UTC, ISO 8601), "delivered" or "failed", and why it failed.</summary>
internal sealed record AlertDeliveryDto(int Attempt, string At, string Outcome, string? Error);
