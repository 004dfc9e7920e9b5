using Lodestone.Domain.Model;

namespace Lodestone.Simulation.Claims;

/// <summary>A dated public claim about supply dependence, with the horizon after which it can be checked.</summary>
/// <param name="Said">When the claim was made (or the best date the source gives).</param>
/// <param name="Reported">When the source reported it, if different.</param>
/// <param name="HorizonMonths">Months from <paramref name="Said"/> within which the claim says the outcome holds.</param>
/// <param name="Due">The month the claim falls due.</param>
/// <param name="Scenario">The shipped scenario that represents what has been announced toward the claim.</param>
/// <param name="SourceFile">A stored copy of the source, relative to the shared seeds folder, if any.</param>
public sealed record TrackedClaim(
    string Id,
    string Speaker,
    PartialDate Said,
    PartialDate? Reported,
    string Text,
    int HorizonMonths,
    PartialDate Due,
    string Scenario,
    string SourceTitle,
    string? SourcePublisher,
    string? SourceUrl,
    string? SourceFile,
    string? Notes);
