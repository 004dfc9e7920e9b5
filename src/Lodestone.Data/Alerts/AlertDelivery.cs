namespace Lodestone.Data.Alerts;

/// <summary>One try at posting an alert to the webhook.</summary>
/// <param name="Outcome">"delivered" (2xx) or "failed" (an HTTP error, a refused address, a timeout: <paramref name="Error"/> says which).</param>
public sealed record AlertDelivery(long AlertId, int Attempt, DateTimeOffset At, string Outcome, string? Error);
