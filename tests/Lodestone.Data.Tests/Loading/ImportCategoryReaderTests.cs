using Lodestone.Data.Loading;
using Lodestone.Domain.Errors;
using Lodestone.Domain.Facts;
using Lodestone.Domain.Model;
using Lodestone.Testing;

namespace Lodestone.Data.Tests.Loading;

public class ImportCategoryReaderTests
{
    private const string Header = "commodity,import_category,stage,use,nir_series,reason\n";

    private static (ImportCategoryRules Rules, IReadOnlyList<DataIssue> Issues) Read(string body)
    {
        var folder = Directory.CreateTempSubdirectory("lodestone-categories-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, ImportCategoryReader.File), Header + body);
            var issues = new IssueLog();
            var rules = ImportCategoryReader.Load(folder, DefaultData.Dataset.Commodities, issues);
            return (rules, issues.Issues);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Load_WellFormedRules_ReadsStageUseAndSeries()
    {
        var (rules, issues) = Read("graphite,natural graphite: all,mining,headline,natural graphite,mined product\n"
            + "zinc,Combined total,,detail,,spans stages\n");

        Assert.Empty(issues);
        var graphite = rules.Headline("graphite");
        Assert.NotNull(graphite);
        Assert.Equal(Stage.Mining, graphite.Stage);
        Assert.Equal("natural graphite", graphite.NirSeries);
        Assert.Same(graphite, rules.AtStage("graphite", Stage.Mining));
        Assert.Null(rules.AtStage("graphite", Stage.Refining));
        // A total spanning stages is never one stage's weights; its NIR series defaults to the commodity.
        var zinc = rules.Find("zinc", "Combined total");
        Assert.NotNull(zinc);
        Assert.Null(zinc.Stage);
        Assert.Equal("zinc", zinc.NirSeries);
        Assert.Null(rules.Headline("zinc"));
    }

    [Fact]
    public void Load_HeadlineWithoutCategory_SaysNoListStandsForTheWholeAndGivesNoWeights()
    {
        var (rules, issues) = Read("magnesium,,,headline,magnesium metal,two lists and no total\n"
            + "magnesium,magnesium metal: Magnesium alloys (magnesium content),refining,detail,magnesium metal,one list of two\n");

        Assert.Empty(issues);
        Assert.Null(rules.Headline("magnesium")!.Category);
        Assert.Null(rules.AtStage("magnesium", Stage.Refining));
    }

    [Theory]
    [InlineData("gallium,Metal,refining,headline,,a\ngallium,Powder,mining,headline,,b\n", 3, "use", "gallium already has a headline category on line 2")]
    [InlineData("gallium,Metal,refining,headline,,a\ngallium,Powder,refining,stage,,b\n", 3, "use", "gallium already has a category giving the refining weights on line 2; mark this one detail")]
    [InlineData("gallium,Metal,,stage,,a\n", 2, "stage", "a stage category gives one stage's weights: name the stage")]
    [InlineData("gallium,,refining,detail,,a\n", 2, "import_category", "expected a category; only a headline may leave it empty (no published list stands for the whole import)")]
    [InlineData("gallium,Metal,smelting,detail,,a\n", 2, "stage", "expected mining, refining, components, recycling or empty (spans stages), got 'smelting'")]
    [InlineData("gallium,Metal,refining,main,,a\n", 2, "use", "expected headline, stage or detail, got 'main'")]
    [InlineData("gallium,Metal,refining,headline,,a\ngallium,Metal,refining,detail,,b\n", 3, "import_category", "duplicate rule for (gallium, Metal); first on line 2")]
    public void Load_BadRule_NamesLineFieldAndWhatWasExpected(string body, int line, string field, string message)
    {
        var (_, issues) = Read(body);

        var issue = Assert.Single(issues);
        Assert.Equal(line, issue.Line);
        Assert.Equal(field, issue.Field);
        Assert.Equal(message, issue.Message);
    }

    [Fact]
    public void DefaultData_EveryImportCategoryHasOneRule_AndEveryCommodityWithSharesOneHeadline()
    {
        var data = DefaultData.Dataset;

        Assert.All(data.ImportSources, f => Assert.NotNull(data.ImportCategories.Find(f.Commodity, f.Category)));
        Assert.All(data.ImportSources.Select(f => f.Commodity).Distinct(), c => Assert.NotNull(data.ImportCategories.Headline(c)));
        // Every rule's NIR series exists in the data for the rules that give weights, so the NIR shown beside the shares is the same product's.
        Assert.All(data.ImportCategories.All.Where(r => r.Use != ImportCategoryUse.Detail && data.NetImportReliance.Any(n => n.Commodity == r.Commodity)),
            r => Assert.Contains(data.NetImportReliance, n => n.Commodity == r.Commodity && n.Series == r.NirSeries));
    }
}
