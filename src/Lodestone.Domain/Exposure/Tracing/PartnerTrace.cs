using Lodestone.Domain.Model;

namespace Lodestone.Domain.Exposure.Tracing;

/// <summary>One partner of the importer at a stage: its share of the importer's imports and the supplier content of what it supplies.</summary>
/// <param name="Weight">Share of the importer's imports at this stage (0–1).</param>
/// <param name="Content">Supplier content of the partner's supply at this stage, traced through the partner's own output and imports.</param>
/// <param name="Evidence">What the trade data record of the partner's own imports from the supplier (one line), or why nothing can be said.</param>
public sealed record PartnerTrace(Iso3 Partner, double Weight, ShareBounds Content, string Evidence);
