namespace Lodestone.Domain.Exposure;

/// <summary>One route from an origin to the importer's use, with the share of the importer's supply it carries.</summary>
/// <param name="Nodes">Origin first, use last.</param>
/// <param name="Share">Product of the input shares along the path, 0–1.</param>
public sealed record ExposurePath(IReadOnlyList<SupplyNode> Nodes, double Share)
{
    /// <summary>The nodes joined by arrows, origin first ("COD/mining → CHN/refining → USA/use").</summary>
    public override string ToString() => string.Join(" → ", Nodes);
}
