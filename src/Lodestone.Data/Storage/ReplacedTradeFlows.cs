namespace Lodestone.Data.Storage;

/// <summary>The stored flows of one nomenclature and year that an import replaced (deleted in its transaction before writing its own).</summary>
/// <param name="Nomenclature">The HS revision ("HS17"), or "" for flows stored without one.</param>
/// <param name="Year">The year the import holds.</param>
/// <param name="Flows">Stored flows deleted (0 when the store held none of that nomenclature and year).</param>
public sealed record ReplacedTradeFlows(string Nomenclature, int Year, long Flows);
