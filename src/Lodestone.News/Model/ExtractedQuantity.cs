namespace Lodestone.News.Model;

/// <summary>A mass quantity stated in an article, normalised to metric tonnes.</summary>
/// <param name="Tonnes">The amount in metric tonnes ("12 kt" → 12,000; "10 million lb" → 4,535.924); the bound itself when the text gives a bound ("more than 200,000 tonnes").</param>
/// <param name="Kind">Capacity (a rate a plant or mine can reach), output (what was or will be produced) or other (quotas, reserves, trade, stockpiles).</param>
/// <param name="PerDay">True when the text gives a daily rate ("4,500 tonnes a day"); <paramref name="Tonnes"/> is then per day.</param>
/// <param name="Text">The quantity as written, with its unit.</param>
public sealed record ExtractedQuantity(decimal Tonnes, QuantityKind Kind, bool PerDay, string Text, TextSpan Span);
