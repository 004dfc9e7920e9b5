using System.Globalization;
using Lodestone.Data;
using Lodestone.Domain.Errors;
using Lodestone.News.Evaluation;
using Lodestone.News.Extraction;
using Lodestone.News.Model;
using Lodestone.News.Tests.Evaluation;
using Lodestone.Testing;

namespace Lodestone.News.Tests.Extraction;

/// <summary>The fallback event-type model: what it learns from its examples, where its examples come from, when it is asked.</summary>
public sealed class LeadTypeModelTests
{
    private static readonly (string, string)[] Examples =
    [
        ("agreement", "Japan and India sign partnership on rare earths"),
        ("agreement", "Two governments sign memorandum on lithium cooperation"),
        ("tariff", "United States raises duty on imports of Chinese graphite"),
        ("tariff", "Mexico puts levy on imports of steel and aluminium"),
        ("none", "Customs figures show flows of cobalt"),
    ];

    [Fact]
    public void Predict_WordsOfOneType_GiveThatType()
    {
        // Given a model of five hand-written examples
        var model = new LeadTypeModel(Examples);

        // Then "partnership" and "imports" (words the examples share with one type only) decide the type; "none" is no type
        Assert.Equal(EventType.Agreement, model.Predict("Brazil and Korea conclude a partnership"));
        Assert.Equal(EventType.Tariff, model.Predict("Vietnam charges 25% on imports of magnesium"));
        Assert.Null(model.Predict("Customs figures show cobalt flows"));
        Assert.Null(model.Predict("zzz qqq"));
    }

    [Fact]
    public void Load_ShippedExamples_ComeFromTrainArticlesOnly()
    {
        // Given the shipped data/reference/news_event_examples.csv and the train/ labels
        var path = Path.Combine(DataPaths.DefaultDataDirectory, "reference", LeadTypeModel.File);
        var train = GoldCorpus.Load(Path.Combine(Corpus.Folder, "train")).Articles.ToDictionary(a => a.File, StringComparer.Ordinal);
        var rows = File.ReadAllLines(path).Skip(1).ToList();

        // Then every row names a train/ article, carries that article's first labelled type, and its first sentence is in the article
        Assert.True(rows.Count >= 100, $"{rows.Count} examples");
        var model = LeadTypeModel.Load(DataPaths.DefaultDataDirectory);
        Assert.Equal(rows.Count, model!.Examples);
        foreach (var article in train.Values)
        {
            var row = Assert.Single(rows, r => r.EndsWith("," + article.File, StringComparison.Ordinal));
            var type = row[..row.IndexOf(',', StringComparison.Ordinal)];
            Assert.Equal(article.EventTypes.Count > 0 ? article.EventTypes[0] : "none", type);
        }
        Assert.Equal(train.Count, rows.Count);
    }

    [Fact]
    public void Load_UnknownType_ReportsFileLineAndField()
    {
        using var dir = new TempDirectory();
        Directory.CreateDirectory(dir.File("reference"));
        File.WriteAllText(dir.File(Path.Combine("reference", LeadTypeModel.File)), "type,text,source\npolicy,A plan,n1.txt\nmerger,A deal,n2.txt\n");

        var e = Assert.Throws<DataValidationException>(() => LeadTypeModel.Load(dir.Path));

        Assert.Contains(e.Issues.Select(i => i.ToString()), i => i.StartsWith("reference/news_event_examples.csv:3:type", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_ArticleNoTriggerTypes_TakesTheModelsTypeWithTheLeadsEntities()
    {
        // Given (written here) a lead whose verb no trigger knows: "clinched" a partnership (2024-10-02 is a Wednesday)
        var result = new ArticleExtractor(DevSet.Gazetteers).Extract(
            "Chile and Japan clinched a partnership on Tuesday covering lithium supplies and joint refining.",
            "Chile and Japan clinch lithium partnership",
            DateOnly.Parse("2024-10-02", CultureInfo.InvariantCulture));

        // Then one event of the model's type carries the lead's countries, commodity and date
        var e = Assert.Single(result.Events);
        Assert.Equal(EventType.Agreement, e.Type);
        Assert.Equal(["CHL", "JPN"], e.Countries);
        Assert.Equal(["lithium"], e.CommodityNames);
        Assert.Equal("2024-10-01", e.Date.ToString());
    }

    [Fact]
    public void Extract_ArticleATriggerTypes_IsNotAskedOfTheModel()
    {
        // Given a lead a trigger types (a price move), whose words might suggest another type to the model
        var result = new ArticleExtractor(DevSet.Gazetteers).Extract(
            "Lithium prices in China fell 5% on Monday after the government signed a partnership with Chile.",
            "Partnership news",
            DateOnly.Parse("2024-03-12", CultureInfo.InvariantCulture));

        // Then the trigger's type stands (the model is asked only when nothing is typed)
        Assert.Equal(EventType.PriceMove, Assert.Single(result.Events).Type);
    }

}
