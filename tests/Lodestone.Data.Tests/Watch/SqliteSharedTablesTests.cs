using Lodestone.Data.Storage;
using Lodestone.Testing;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace Lodestone.Data.Tests.Watch;

/// <summary>The feed-lease and alert suite on a SQLite file.</summary>
public sealed class SqliteSharedTablesTests(ITestOutputHelper output) : SharedTablesSuite(output), IDisposable
{
    private readonly TempDirectory _temp = new();
    private int _files;

    protected override StoreTarget NewTarget() => StoreTarget.Resolve(_temp.File($"shared-{Interlocked.Increment(ref _files)}.db"));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _temp.Dispose();
    }
}
