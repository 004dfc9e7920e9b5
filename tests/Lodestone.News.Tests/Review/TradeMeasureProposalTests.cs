using Lodestone.Data;
using Lodestone.Data.Storage;
using Lodestone.Domain.Model;
using Lodestone.News.Extraction;
using Lodestone.News.Ingestion;
using Lodestone.News.Model;
using Lodestone.News.Resolution;
using Lodestone.News.Review;
using Lodestone.News.Storage;
using Lodestone.News.Tests.Evaluation;
using Lodestone.Testing;

namespace Lodestone.News.Tests.Review;

/// <summary>Tariff and trade-policy news: linked to the trade measure the knowledge base holds, else proposed and, once a reviewer
/// accepts it, a measure of the knowledge base like the shipped ones (issue 10, item 6).</summary>
public sealed class TradeMeasureProposalTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);

    // Test texts written for these tests (the tungsten tariff and the Uzbekistan bill are constructed, not reports of real events).
    private const string GraphiteDuty = """
        U.S. sets preliminary anti-dumping duty on Chinese graphite anode material

        WASHINGTON, July 18 (Wire) - The U.S. Commerce Department on Thursday imposed a preliminary anti-dumping duty of 93.5% on active anode material made of graphite from China, a key component of electric-vehicle batteries.

        The investigation was started in January after a petition by American anode producers.
        """;

    private const string TungstenTariff = """
        United States raises tariff on Chinese tungsten to 50%

        WASHINGTON, March 2 (Wire) - The United States on Monday raised its tariff on tungsten products imported from China to 50%, the trade representative's office said.

        Importers said the higher duty would push buyers toward suppliers in Vietnam and South Korea.
        """;

    private const string UzbekistanBill = """
        Senators move to end Jackson-Vanik limits on Uzbekistan

        WASHINGTON, May 14 (Wire) - A group of U.S. senators on Tuesday introduced a bill to grant Uzbekistan permanent normal trade relations, repealing the Jackson-Vanik amendment for the country.
        """;

    private const string LithiumStrategy = """
        Chile unveils national lithium strategy

        SANTIAGO, April 20 (Wire) - Chile's government on Thursday unveiled a national lithium strategy that gives the state a controlling stake in new lithium projects.
        """;

    private static SqlNewsStore Ingest(TempDirectory dir, string text, DateOnly published)
    {
        var path = dir.File("article.txt");
        File.WriteAllText(path, text);
        var news = NewsStores.Open(dir.File("lodestone.db"));
        new NewsIngestor(new ArticleExtractor(DevSet.Gazetteers), new KnowledgeBaseMatcher(DefaultData.Dataset), news, TimeProvider.System)
            .Ingest([ArticleSources.ReadFile(path, published)]);
        return news;
    }

    private static async Task<SqlKnowledgeStore> SeededKnowledgeBase(TempDirectory dir) =>
        await KnowledgeBaseOpener.OpenStoreAsync(dir.File("lodestone.db"), seedIfEmpty: true, CancellationToken.None);

    [Fact]
    public void Ingest_DutyTheKnowledgeBaseHolds_IsLinkedToItAndNotProposed()
    {
        // Given the report of Commerce's preliminary duty of 17 July 2025, which data/us_trade_measures.csv holds as DOC-AD-AAM-2025
        using var dir = new TempDirectory();
        using var news = Ingest(dir, GraphiteDuty, new DateOnly(2025, 7, 18));

        // Then the event is linked to that measure and nothing is proposed
        Assert.Empty(news.Proposals(null));
        var stored = Assert.Single(news.Events(new EventQuery()), e => e.Type == EventType.Tariff);
        Assert.Equal(["DOC-AD-AAM-2025"], stored.KnowledgeBaseIds);
    }

    [Fact]
    public async Task Accept_TariffNamingTwoCountries_NeedsTheImposerThenBecomesAMeasureCitingTheArticle()
    {
        // Given a tariff the knowledge base does not hold, proposed from the article
        using var dir = new TempDirectory();
        using var news = Ingest(dir, TungstenTariff, new DateOnly(2026, 3, 4));
        var proposal = Assert.Single(news.Proposals("pending"));
        Assert.Equal(ProposalKinds.TradeMeasure, proposal.Kind);
        var kb = await SeededKnowledgeBase(dir);
        var reviewer = new ProposalReviewer(news, kb);
        var before = (await kb.LoadAsync()).TradeMeasures.Measures.Count;

        // When accepted without saying who imposes it, then with the United States named
        var refused = await Assert.ThrowsAsync<ReviewException>(() => reviewer.AcceptAsync(proposal.Id, new ReviewDecision(), At));
        var id = await reviewer.AcceptAsync(proposal.Id, new ReviewDecision(new Iso3("USA")), At);

        // Then the first is refused naming both countries and the option, and the second adds one measure: a tariff the United
        // States imposes on China for tungsten, dated 2 March 2026 (the dateline's Monday), its rate left open, cited
        // to the article; tungsten's measures list it after the shipped Section 301 row of 2024
        Assert.Contains("CHN, USA", refused.Message, StringComparison.Ordinal);
        Assert.Contains("--imposing", refused.Message, StringComparison.Ordinal);
        var dataset = await kb.LoadAsync();
        Assert.Equal(before + 1, dataset.TradeMeasures.Measures.Count);
        var measure = Assert.Single(dataset.TradeMeasures.Measures, m => m.Id == id);
        Assert.Equal(("tariff", new Iso3("USA"), "2026-03-02", "reported"), (measure.MeasureType, measure.Imposing, measure.Date.ToString(), measure.Status));
        Assert.Equal([new Iso3("CHN")], measure.Targets);
        Assert.Equal(["tungsten"], measure.Commodities);
        Assert.Null(measure.RateText);
        Assert.Equal("United States raises tariff on Chinese tungsten to 50%", dataset.Sources[measure.SourceId].Title);
        var shown = dataset.TradeMeasures.For("tungsten", []).Select(m => m.Id).ToList();
        Assert.Equal(["USTR-301-2024-MINERALS", id], shown);
    }

    [Fact]
    public async Task Accept_TradePolicy_NeedsTheMeasureTypeFromTheReviewer()
    {
        // Given a bill on Uzbekistan's trade status in May 2024, before the 2025 calls the knowledge base holds
        using var dir = new TempDirectory();
        using var news = Ingest(dir, UzbekistanBill, new DateOnly(2024, 5, 15));
        var proposal = Assert.Single(news.Proposals("pending"));
        Assert.Equal(ProposalKinds.TradeMeasure, proposal.Kind);
        var kb = await SeededKnowledgeBase(dir);
        var reviewer = new ProposalReviewer(news, kb);

        // When accepted with the imposer only, with a type that is no measure, then as a call to change the trade status
        var untyped = await Assert.ThrowsAsync<ReviewException>(() => reviewer.AcceptAsync(proposal.Id, new ReviewDecision(new Iso3("USA")), At));
        var wrong = await Assert.ThrowsAsync<ReviewException>(() => reviewer.AcceptAsync(proposal.Id, new ReviewDecision(new Iso3("USA"), "embargo"), At));
        var id = await reviewer.AcceptAsync(proposal.Id, new ReviewDecision(new Iso3("USA"), "policy_call"), At);

        // Then the first two are refused saying what is expected, and the measure targets Uzbekistan
        Assert.Contains("--measure-type tariff|antidumping|countervailing|trade_status|policy_call", untyped.Message, StringComparison.Ordinal);
        Assert.Contains("'embargo' is not one of", wrong.Message, StringComparison.Ordinal);
        var measure = Assert.Single((await kb.LoadAsync()).TradeMeasures.Measures, m => m.Id == id);
        Assert.Equal("policy_call", measure.MeasureType);
        Assert.Equal([new Iso3("UZB")], measure.Targets);
    }

    [Fact]
    public void Ingest_PolicyAtHomeWithoutADutyOrTradeStatus_IsNotProposedAsATradeMeasure()
    {
        using var dir = new TempDirectory();
        using var news = Ingest(dir, LithiumStrategy, new DateOnly(2023, 4, 21));

        Assert.Single(news.Events(new EventQuery()), e => e.Type == EventType.Policy);
        Assert.Empty(news.Proposals(null));
    }
}
