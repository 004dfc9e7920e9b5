using System.Globalization;
using Lodestone.News.Extraction;
using Lodestone.News.Ingestion;
using Lodestone.News.Model;

namespace Lodestone.News.Evaluation;

/// <summary>Extracts every article of a labelled folder and scores it against the labels.</summary>
public static class CorpusEvaluator
{
    /// <summary>Each article is read as ingestion reads it (header block removed), its publication date from the labels.</summary>
    /// <exception cref="Lodestone.Domain.Errors.DataValidationException">When an article cannot be read.</exception>
    public static EvaluationReport Evaluate(GoldCorpus corpus, ArticleExtractor extractor) =>
        CorpusScorer.Score(corpus.Articles.Select(gold => (gold, Extract(corpus, gold, extractor))).ToList());

    public static ArticleExtraction Extract(GoldCorpus corpus, GoldArticle gold, ArticleExtractor extractor)
    {
        var published = gold.Published is { } p ? DateOnly.ParseExact(p, "yyyy-MM-dd", CultureInfo.InvariantCulture) : (DateOnly?)null;
        var path = corpus.PathOf(gold);
        var result = ArticleSources.ReadFile(path, published);
        if (result.Error is not null || result.Documents.Count != 1)
        {
            throw new Lodestone.Domain.Errors.DataValidationException(
                [new Lodestone.Domain.Errors.DataIssue(path, 0, null, result.Error ?? $"expected one article, read {result.Documents.Count}")]);
        }
        var doc = result.Documents[0];
        return extractor.Extract(doc.Text, doc.Title, doc.Published ?? published);
    }
}
