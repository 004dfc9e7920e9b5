namespace Lodestone.Data.Watch;

/// <summary>A polled feed or folder as the shared table holds it.</summary>
/// <param name="LastPolled">When a poll of it last finished (on any server); null before the first.</param>
/// <param name="LastError">The last poll's error (unreachable, refused address, not a feed), null when it succeeded.</param>
/// <param name="ArticlesAdded">New articles its polls have stored, over all servers.</param>
public sealed record WatchedFeed(string Source, DateTimeOffset? LastPolled, string? LastError, long ArticlesAdded);
