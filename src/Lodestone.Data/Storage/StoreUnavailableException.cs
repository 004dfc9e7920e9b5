namespace Lodestone.Data.Storage;

/// <summary>The store could not be reached, opened or migrated (maps to <c>ErrorCode.StorageUnavailable</c>).</summary>
public sealed class StoreUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
