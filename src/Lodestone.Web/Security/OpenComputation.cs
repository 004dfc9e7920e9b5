namespace Lodestone.Web.Security;

/// <summary>Endpoint metadata: a POST that is open without the API key on purpose, with the reason.</summary>
/// <remarks>
/// Every other non-GET route needs the key (a convention test checks). Starting a run of a shipped scenario writes
/// nothing a reader could not already cause: it computes over shipped inputs into a bounded, self-evicting job list.
/// </remarks>
internal sealed record OpenComputation(string Reason);
