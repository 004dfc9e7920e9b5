namespace Lodestone.Web.Contracts;

/// <summary>Whether this server can serve: its snapshot is loaded and its database answers.</summary>
/// <param name="Status">"ready" (200) or "not_ready" (503).</param>
/// <param name="Database">"ok", or why the database (job queue, news store) did not answer.</param>
/// <param name="QueuedJobs">Simulation jobs waiting in the shared queue; null when the database did not answer.</param>
/// <param name="DatasetLoadedAt">UTC time the snapshot in force was loaded, ISO 8601.</param>
internal sealed record ReadinessDto(string Status, string Database, long? QueuedJobs, string DatasetLoadedAt);
