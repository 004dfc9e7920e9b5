using System.Text.Json;
using Lodestone.News.Evaluation;
using Lodestone.News.Extraction;
using Lodestone.News.Model;
using Lodestone.News.Tests.Evaluation;

namespace Lodestone.News.Tests.Extraction;

/// <summary>The classifier's literal pre-checks (<see cref="TriggerGate"/>) only skip patterns that cannot match: the
/// extraction is the same with and without them.</summary>
public sealed class TriggerGateTests
{
    [Theory]
    [InlineData("train")]
    [InlineData("dev")]
    [InlineData("test")]
    [InlineData("outside")]
    [InlineData("test2")]
    [InlineData("test3")]
    [InlineData("test4")]
    [InlineData("test5")]
    [InlineData("test6")]
    public void Extract_EveryArticleOfASet_IsTheSameWithAndWithoutTheGates(string folder)
    {
        // Given every article of the folder (compared whole, never printed: the locked sets stay unread)
        var corpus = GoldCorpus.Load(Path.Combine(Corpus.Folder, folder));
        var extractor = new ArticleExtractor(DevSet.Gazetteers);

        // When each is extracted with the gates, then with every pattern run
        var gated = corpus.Articles.Select(a => Describe(CorpusEvaluator.Extract(corpus, a, extractor))).ToList();
        List<string> ungated;
        TriggerGate.Bypassed = true;
        try
        {
            ungated = corpus.Articles.Select(a => Describe(CorpusEvaluator.Extract(corpus, a, extractor))).ToList();
        }
        finally
        {
            TriggerGate.Bypassed = false;
        }

        // Then the events, their fields and evidence, the subjects and the quantities are equal, article by article
        Assert.NotEmpty(gated);
        var differing = gated.Zip(ungated).Count(p => p.First != p.Second);
        Assert.True(differing == 0, $"{differing} articles differ");
    }

    [Theory]
    [InlineData("Copper rose 3% on Tuesday.", false)]
    [InlineData("The TARIFFS take effect in March.", true)]
    [InlineData("A levy on imports.", true)]
    // Kelvin sign (U+212A): the pattern's case folding may match it where the scan's does not, so the pattern runs
    [InlineData("\u212Aelvin", true)]
    public void MayMatch_IsFalseOnlyWithoutAnyOfItsWords(string text, bool expected) =>
        Assert.Equal(expected, new TriggerGate("tariff", "levy").MayMatch(text));

    private static string Describe(ArticleExtraction x) => JsonSerializer.Serialize(new
    {
        Events = x.Events.Select(e => new
        {
            Type = e.Type.ToString(),
            Date = e.Date?.ToString(),
            e.Countries,
            e.CommodityNames,
            Evidence = e.Evidence.Select(s => $"{s.Start}-{s.End}").ToList(),
        }),
        Subjects = x.Subjects.Select(m => $"{m.Kind}:{m.Value}@{m.Span.Start}"),
        Quantities = x.Quantities.Select(q => $"{q.Kind}:{q.Tonnes}"),
    });
}
