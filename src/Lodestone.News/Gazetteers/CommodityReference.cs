namespace Lodestone.News.Gazetteers;

/// <summary>How a phrase relates to commodities.</summary>
public enum CommodityReferenceKind
{
    Commodity,
    /// <summary>A manufactured product or its fragment ("NdFeB magnets", "lithium-ion" alone): not a commodity mention.</summary>
    Product,
    /// <summary>A generic subject ("critical minerals"): kept as a topic, never as a commodity.</summary>
    Topic,
}

/// <summary>What a commodity phrase resolves to.</summary>
/// <param name="Names">Canonical names; several for a synonym such as "NdPr" (neodymium, praseodymium).</param>
/// <param name="Ambiguous">A word with a common non-mineral sense ("lead", "tin"): needs mineral context.</param>
/// <param name="Product">A catalogue product named in full ("lithium-ion batteries"): a mention only as a head noun,
/// not when it qualifies another noun ("lithium-ion battery anodes").</param>
public sealed record CommodityReference(CommodityReferenceKind Kind, IReadOnlyList<string> Names, bool Ambiguous = false, bool Product = false);
