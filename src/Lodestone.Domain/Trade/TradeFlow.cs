using Lodestone.Domain.Model;

namespace Lodestone.Domain.Trade;

/// <summary>One reconciled bilateral flow of one HS6 product in one year, as CEPII BACI publishes it.</summary>
/// <remarks>
/// BACI reconciles the exporter's and the importer's declarations into one flow; it does not record where a
/// re-exported good was first produced, which is why tracing needs each partner's own imports of the upstream code.
/// </remarks>
/// <param name="Year">Calendar year of the flow.</param>
/// <param name="Exporter">Exporting country (Taiwan, BACI's "Other Asia, nes", is TWN).</param>
/// <param name="Importer">Importing country.</param>
/// <param name="Hs6">Six-digit HS code, digits only ("811292").</param>
/// <param name="ValueUsd">Value in current U.S. dollars (BACI's raw files give thousands; readers convert).</param>
/// <param name="Tonnes">Quantity in metric tonnes of product (gross weight); null where BACI has none — never zero for unknown.</param>
/// <param name="SourceId">The BACI release cited.</param>
/// <param name="Nomenclature">
/// HS revision the code is read in ("HS92", "HS17" …), as the BACI release states it; null where the reader could not tell.
/// The same six digits can mean different products in two revisions, so a code is mapped (<see cref="HsCode"/>) within its revision.
/// </param>
public sealed record TradeFlow(int Year, Iso3 Exporter, Iso3 Importer, string Hs6, double ValueUsd, double? Tonnes, string SourceId,
    string? Nomenclature = null);
