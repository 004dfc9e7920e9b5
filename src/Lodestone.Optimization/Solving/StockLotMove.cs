using Lodestone.Domain.Model;

namespace Lodestone.Optimization.Solving;

/// <summary>One stock lot in one quarter: what went in, what came out and what is left, in the market's unit.</summary>
/// <remarks>Stock keeps its origin: a lot holds material from one origin (or one project, or the opening stock) and a release
/// enters the cap's share with the lot's <see cref="ConcernContent"/>, as if bought that quarter from that origin.</remarks>
/// <param name="Lot">Unique key within the market: the origin's code, "project:ID", or "opening".</param>
/// <param name="Country">The lot's origin country; null for the opening stock.</param>
/// <param name="ProjectId">The project, for a project lot.</param>
/// <param name="ConcernContent">Fraction of the lot that traces back to the supplier of concern, 0–1.</param>
/// <param name="Counts">Whether the lot's releases enter the cap's share (domestic material does not on an imports basis).</param>
public sealed record StockLotMove(
    string Lot,
    StockLotKind Kind,
    Iso3? Country,
    string? ProjectId,
    double ConcernContent,
    bool Counts,
    double Build,
    double Release,
    double Level);
