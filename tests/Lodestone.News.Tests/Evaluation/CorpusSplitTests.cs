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

    [Fact]
    public void Split_OutsideFolder_StandsApartFromTheSplit()
    {
        // Given the outside set: written after the split as an outside check, so the hash rule does not place it
        var split = new[] { "train", "dev", "test" }
            .SelectMany(s => GoldCorpus.Load(Path.Combine(Corpus.Folder, s)).Articles.Select(a => a.File))
            .ToHashSet(StringComparer.Ordinal);
        var outside = GoldCorpus.Load(Path.Combine(Corpus.Folder, "outside")).Articles;

        // Then it holds at least 30 articles, each named o<number>_…, none of them also in train, dev or test
        Assert.True(outside.Count >= 30, $"{outside.Count} outside articles");
        foreach (var article in outside)
        {
            Assert.Matches("^o[0-9]+_", article.File);
            Assert.DoesNotContain(article.File, split);
        }
    }

    [Fact]
    public void Split_Test2Folder_StandsApartFromTheSplitAndTheOutsideSet()
    {
        // Given test2/: a locked batch written on 2026-12-04 after the fourth batch, scored before and after one round of work
        var others = new[] { "train", "dev", "test", "outside" }
            .SelectMany(s => GoldCorpus.Load(Path.Combine(Corpus.Folder, s)).Articles.Select(a => a.File))
            .ToHashSet(StringComparer.Ordinal);
        var test2 = GoldCorpus.Load(Path.Combine(Corpus.Folder, "test2")).Articles;

        // Then it holds at least 20 articles, each named u<number>_…, none of them also in another folder
        Assert.True(test2.Count >= 20, $"{test2.Count} test2 articles");
        foreach (var article in test2)
        {
            Assert.Matches("^u[0-9]+_", article.File);
            Assert.DoesNotContain(article.File, others);
        }
    }

    [Fact]
    public void Split_Test3Folder_StandsApartFromEveryOtherFolder()
    {
        // Given test3/: a locked batch written on 2026-12-05 before that session changed any rule, scored before and after
        var others = new[] { "train", "dev", "test", "outside", "test2" }
            .SelectMany(s => GoldCorpus.Load(Path.Combine(Corpus.Folder, s)).Articles.Select(a => a.File))
            .ToHashSet(StringComparer.Ordinal);
        var test3 = GoldCorpus.Load(Path.Combine(Corpus.Folder, "test3")).Articles;

        // Then it holds at least 25 articles, each named v<number>_…, none of them also in another folder
        Assert.True(test3.Count >= 25, $"{test3.Count} test3 articles");
        foreach (var article in test3)
        {
            Assert.Matches("^v[0-9]+_", article.File);
            Assert.DoesNotContain(article.File, others);
        }
    }

    [Fact]
    public void Split_Test4Folder_StandsApartFromEveryOtherFolder()
    {
        // Given test4/: a locked batch written on 2026-12-05 before that round changed any rule, scored before and
        // after it
        var others = new[] { "train", "dev", "test", "outside", "test2", "test3" }
            .SelectMany(s => GoldCorpus.Load(Path.Combine(Corpus.Folder, s)).Articles.Select(a => a.File))
            .ToHashSet(StringComparer.Ordinal);
        var test4 = GoldCorpus.Load(Path.Combine(Corpus.Folder, "test4")).Articles;

        // Then it holds at least 25 articles, each named w<number>_…, none of them also in another folder
        Assert.True(test4.Count >= 25, $"{test4.Count} test4 articles");
        foreach (var article in test4)
        {
            Assert.Matches("^w[0-9]+_", article.File);
            Assert.DoesNotContain(article.File, others);
        }
    }
}
