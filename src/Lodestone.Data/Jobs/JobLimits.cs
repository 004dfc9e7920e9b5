namespace Lodestone.Data.Jobs;

/// <summary>How many jobs of one kind a database keeps, and how they are shared between callers.</summary>
/// <param name="Capacity">Jobs kept (all states); a submission when full evicts the oldest finished one, or is refused when none has finished.</param>
/// <param name="KeyedReserve">Slots only API-key callers may take: anonymous callers stop at <paramref name="Capacity"/> minus this many unfinished jobs.</param>
/// <param name="PerClientUnfinished">Unfinished (queued or running) jobs one anonymous client may have at once.</param>
public sealed record JobLimits(int Capacity, int KeyedReserve, int PerClientUnfinished);
