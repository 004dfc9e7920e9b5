using Lodestone.Domain.Errors;

namespace Lodestone.Data.Storage;

/// <summary>The store could not be reached, opened or migrated (<see cref="ErrorCode.StorageUnavailable"/>).</summary>
public sealed class StoreUnavailableException(string message, Exception? inner = null)
    : LodestoneException(ErrorCode.StorageUnavailable, message, inner: inner);
