namespace Lodestone.Queries.Risk;

/// <summary>One partner's share of the importer's imports (0–1).</summary>
public sealed record ImportPartnerJson(string Partner, double Share);
