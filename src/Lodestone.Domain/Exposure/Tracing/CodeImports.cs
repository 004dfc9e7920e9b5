using Lodestone.Domain.Trade;

namespace Lodestone.Domain.Exposure.Tracing;

/// <summary>One country's flows of one HS code in one year.</summary>
public sealed record CodeImports(HsCode Code, int Year, IReadOnlyList<TradeFlow> Flows);
