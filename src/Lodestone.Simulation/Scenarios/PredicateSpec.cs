using Lodestone.Domain.Model;

namespace Lodestone.Simulation.Scenarios;

/// <summary>A predicate as written: metric of a market ("*" = every market) at a month (1-based number or a calendar month) against a threshold.</summary>
public sealed record PredicateSpec(string Name, string Metric, string Market, int? Month, PartialDate? Date, string Op, double Threshold, long Line);
