namespace Lodestone.Domain.Exposure;

/// <summary>One input of a node: the index of the supplying node and the share of the node's input it supplies (0–1).</summary>
public readonly record struct SupplyInput(int From, double Share);
