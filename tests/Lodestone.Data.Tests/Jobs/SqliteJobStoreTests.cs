using Lodestone.Data.Storage;
using Lodestone.Testing;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace Lodestone.Data.Tests.Jobs;

/// <summary>The job-queue suite on a SQLite file.</summary>
public sealed class SqliteJobStoreTests(ITestOutputHelper output) : JobStoreSuite(output), IDisposable
{
    private readonly TempDirectory _temp = new();
    private int _files;

    protected override StoreTarget NewTarget() => StoreTarget.Resolve(_temp.File($"jobs-{Interlocked.Increment(ref _files)}.db"));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _temp.Dispose();
    }
}
