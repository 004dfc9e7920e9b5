namespace Lodestone.Data.Storage;

/// <summary>What <see cref="SqlKnowledgeStore.ImportTradeFlowsAsync"/> wrote and replaced.</summary>
/// <param name="Written">Flows written (or, in a dry run, that would be).</param>
/// <param name="Replaced">Per nomenclature and year the input holds, in the order first met, the stored flows it replaced.</param>
internal sealed record TradeFlowImport(long Written, IReadOnlyList<ReplacedTradeFlows> Replaced)
{
    /// <summary>Stored flows replaced, over every nomenclature and year.</summary>
    public long ReplacedFlows => Replaced.Sum(r => r.Flows);
}
