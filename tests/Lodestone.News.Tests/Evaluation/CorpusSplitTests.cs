using System.Security.Cryptography;
using System.Text;
using Lodestone.News.Evaluation;

namespace Lodestone.News.Tests.Evaluation;

/// <summary>The corpus split is fixed by the file name alone, so no article can move between train, dev and test.</summary>
public sealed class CorpusSplitTests
{
    // The salt was chosen before any article was scored; changing it would re-split the corpus.
    private const string Salt = "lodestone-news-split-v1:";

    [Fact]
    public void Split_EveryArticle_LivesInTheFolderItsNameHashesTo()
    {
        // Given the three folders of the labelled corpus
        foreach (var split in new[] { "train", "dev", "test" })
        {
            var corpus = GoldCorpus.Load(Path.Combine(Corpus.Folder, split));

            // Then every article is where SHA-256(salt + name)[0] mod 5 puts it (0 test, 1 dev, else train)
            Assert.NotEmpty(corpus.Articles);
            foreach (var article in corpus.Articles)
            {
                var bucket = SHA256.HashData(Encoding.UTF8.GetBytes(Salt + article.File))[0] % 5;
                var expected = bucket == 0 ? "test" : bucket == 1 ? "dev" : "train";
                Assert.True(expected == split, $"{article.File} is in {split} but hashes to {expected}");
            }
        }
    }

    [Fact]
    public void Split_AllFolders_HoldAtLeast150DistinctArticles()
    {
        var files = new[] { "train", "dev", "test" }
            .SelectMany(s => GoldCorpus.Load(Path.Combine(Corpus.Folder, s)).Articles.Select(a => a.File))
            .ToList();

        Assert.True(files.Count >= 150, $"{files.Count} articles");
        Assert.Equal(files.Count, files.Distinct(StringComparer.Ordinal).Count());
    }

    /// <summary>The folders written after the split, in the order they were written: each is named by its own prefix
    /// and shares no article with the split or an earlier folder (the hash rule does not place them).</summary>
    public static TheoryData<string, string, int> LaterFolders => new()
    {
        { "outside", "o", 30 }, // the outside check, written after the split
        { "test2", "u", 20 },   // locked batch of 2026-12-04, after the fourth train batch
        { "test3", "v", 25 },   // locked batch of 2026-12-05, before that session changed any rule
        { "test4", "w", 25 },   // locked batch of 2026-12-05, before that round changed any rule
        { "test5", "x", 30 },   // locked batch of 2026-12-05 08:05 UTC, before the ninth round changed any rule
        { "test6", "y", 30 },   // locked batch of 2026-12-05 11:05 UTC, before the tenth round changed any rule
    };

    [Theory]
    [MemberData(nameof(LaterFolders))]
    public void Split_LaterFolder_StandsApartFromTheSplitAndEveryEarlierFolder(
        string folder, string prefix, int atLeast)
    {
        // Given the split and every folder written before this one
        var written = new[] { "train", "dev", "test", "outside", "test2", "test3", "test4", "test5", "test6" };
        var others = written[..Array.IndexOf(written, folder)]
            .SelectMany(s => GoldCorpus.Load(Path.Combine(Corpus.Folder, s)).Articles.Select(a => a.File))
            .ToHashSet(StringComparer.Ordinal);
        var articles = GoldCorpus.Load(Path.Combine(Corpus.Folder, folder)).Articles;

        // Then it holds at least that many articles, each named <prefix><number>_…, none of them also in another folder
        Assert.True(articles.Count >= atLeast, $"{articles.Count} {folder} articles");
        foreach (var article in articles)
        {
            Assert.Matches($"^{prefix}[0-9]+_", article.File);
            Assert.DoesNotContain(article.File, others);
        }
    }
}
