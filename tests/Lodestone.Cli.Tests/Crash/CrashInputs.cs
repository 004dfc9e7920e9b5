using System.Globalization;
using Lodestone.Data;
using Lodestone.News.Storage;
using Lodestone.Testing;
using Microsoft.Data.Sqlite;

namespace Lodestone.Cli.Tests.Crash;

/// <summary>Inputs the process tests give the writers: shipped rows moved to a new year, and the news dev set.</summary>
internal static class CrashInputs
{
    /// <summary>The news dev set's 24 articles (one file each).</summary>
    public static string DevSetArticles => RepoPaths.Combine("tests", "Lodestone.News.Tests", "DevSet", "articles");

    /// <summary>Creates <paramref name="folder"/> with the first <paramref name="count"/> dev-set articles (by file name):
    /// a smaller ingest, so each crash-test run is short.</summary>
    public static string Articles(string folder, int count)
    {
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(DevSetArticles).Order(StringComparer.Ordinal).Take(count))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }
        return folder;
    }

    /// <summary>The dev-set article on the Ukraine–EU raw-materials memorandum (July 2021), which <c>data/agreements.csv</c> lacks: ingested, it is one pending proposal.</summary>
    public static string UkraineMou => Path.Combine(DevSetArticles, "a18_eu_ukraine_mou.txt");

    /// <summary>Seeds <paramref name="db"/> and ingests <see cref="UkraineMou"/> through the CLI; returns the one pending proposal's id.
    /// SQLite's pools are cleared so the processes the test starts next find no connection of this one.</summary>
    public static async Task<string> SeededWithPendingProposalAsync(string db)
    {
        await KnowledgeBaseOpener.OpenStoreAsync(db, seedIfEmpty: true, CancellationToken.None);
        Assert.Equal(0, (await CliProcess.RunAsync("--db", db, "news", "ingest", UkraineMou)).ExitCode);
        string id;
        using (var news = NewsStores.Open(db))
        {
            id = Assert.Single(news.Proposals("pending")).Id.ToString(CultureInfo.InvariantCulture);
        }
        SqliteConnection.ClearAllPools();
        return id;
    }

    /// <summary>Rows of <see cref="Additions"/>.</summary>
    public const int AddedRows = 40;

    /// <summary>The year <see cref="Additions"/> moves its rows to (no shipped row has it).</summary>
    public const int AddedYear = 2031;

    /// <summary>Creates <paramref name="folder"/> with a production file of rows new to a seeded store: the first
    /// <see cref="AddedRows"/> distinct rows of the shipped file moved to <see cref="AddedYear"/>.</summary>
    public static string Additions(string folder)
    {
        Directory.CreateDirectory(folder);
        var lines = File.ReadAllLines(Path.Combine(DefaultData.Directory, "usgs_mcs_production.csv"));
        var rows = lines.Skip(1).Where(l => !l.Contains('"', StringComparison.Ordinal))
            .Select(l => l.Split(','))
            .DistinctBy(c => (c[0], c[1], c[3]))
            .Take(AddedRows)
            .Select(c => string.Join(',', c.Select((cell, i) => i == 4 ? AddedYear.ToString(System.Globalization.CultureInfo.InvariantCulture) : cell)));
        File.WriteAllLines(Path.Combine(folder, "usgs_mcs_production.csv"), [lines[0], .. rows]);
        return folder;
    }
}
