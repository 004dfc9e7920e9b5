namespace Lodestone.Web.Contracts;

/// <summary>What a reload of the knowledge base found.</summary>
/// <param name="LoadedAt">UTC time of the reload, ISO 8601.</param>
internal sealed record ReloadResultDto(int Commodities, int Countries, int Sources, int Facts, string LoadedAt);
