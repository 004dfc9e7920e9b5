namespace Lodestone.News.Model;

/// <summary>What a stated tonnage measures; serialised in lower case.</summary>
public enum QuantityKind
{
    /// <summary>A rate a plant, mine or project can reach ("capacity of 10,500 tonnes a year", "designed to produce").</summary>
    Capacity,
    /// <summary>What was produced, shipped from production or is expected to be produced ("produced 2,500 t", "output of").</summary>
    Output,
    /// <summary>Quotas, reserves and resources, exports and imports, stockpile purchases.</summary>
    Other,
}
