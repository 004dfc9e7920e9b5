using Lodestone.Data.Storage;
using Npgsql;

namespace Lodestone.Data.Tests.Storage;

public class StoreTargetTests
{
    [Fact]
    public void Resolve_PostgresUrl_GivesNpgsqlConnectionStringWithEveryPart()
    {
        // Given a URL with an escaped password ("p@ss" → p%40ss), a port and an SSL mode
        var target = StoreTarget.Resolve("postgres://ana:p%40ss@db.example.org:6543/lodestone?sslmode=require");

        var builder = new NpgsqlConnectionStringBuilder(target.Location);
        Assert.Equal(StoreBackend.Postgres, target.Backend);
        Assert.Equal(("db.example.org", 6543, "lodestone", "ana", "p@ss"), (builder.Host, builder.Port, builder.Database, builder.Username, builder.Password));
        Assert.Equal(SslMode.Require, builder.SslMode);
        Assert.DoesNotContain("p@ss", target.Display, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_PostgresqlUrlWithoutPort_UsesTheDefaultPort5432()
    {
        var builder = new NpgsqlConnectionStringBuilder(StoreTarget.Resolve("postgresql://ana@localhost/kb").Location);

        Assert.Equal(("localhost", 5432, "kb"), (builder.Host, builder.Port, builder.Database));
    }

    [Fact]
    public void Resolve_NpgsqlConnectionString_IsPostgres()
    {
        var target = StoreTarget.Resolve("Host=localhost;Port=5433;Database=kb;Username=ana;Password=secret");

        Assert.Equal(StoreBackend.Postgres, target.Backend);
        Assert.Equal(5433, new NpgsqlConnectionStringBuilder(target.Location).Port);
        Assert.DoesNotContain("secret", target.Display, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_FilePath_IsSqliteAtTheFullPath()
    {
        var target = StoreTarget.Resolve("some/dir/kb.db");

        Assert.Equal(StoreBackend.Sqlite, target.Backend);
        Assert.Equal(Path.GetFullPath("some/dir/kb.db"), target.Location);
    }

    [Fact]
    public void Migrations_ForEachBackend_AreNumberedFromOneWithoutGaps()
    {
        foreach (var backend in new[] { "sqlite", "postgres" })
        {
            var versions = Migrations.For(backend).Select(m => m.Version).ToList();
            Assert.Equal(Enumerable.Range(1, versions.Count), versions);
        }
    }
}
