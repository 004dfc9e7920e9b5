namespace Lodestone.Domain.Model;

/// <summary>One row of <c>data/reference/agreement_types.csv</c>: the tie an agreement type creates, with its reason.</summary>
/// <param name="Type">The agreement type exactly as <c>data/agreements.csv</c> spells it.</param>
public sealed record AgreementTypeRule(string Type, AgreementTie Tie, string Reason);
