namespace Lodestone.Domain.Facts;

/// <summary>What an ownership fact describes.</summary>
public enum OwnershipScope
{
    /// <summary>A share of a whole country's output (or capacity) at a stage, controlled from another country.</summary>
    Country,
    /// <summary>Equity in one asset (mine, refinery); usable for a country share only when the asset's share of output is known.</summary>
    Asset,
}
