using System.Globalization;
using Lodestone.News.Extraction;
using Lodestone.News.Model;
using Lodestone.News.Tests.Evaluation;

namespace Lodestone.News.Tests.Extraction;

/// <summary>
/// The mechanisms added after the eighth train batch (issue 13, 2026-12-05, n272–n285, labelled before the extractor
/// ran on them): each case is a train article or sentence of it (named in the comment), or one written here for the
/// same kind; expected values are worked out by reading it, with weekdays counted back from the publication date.
/// </summary>
public sealed class EighthBatchPatternTests
{
    private const string Train = "train";

    private static ArticleExtraction Extract(string text, string published) =>
        new ArticleExtractor(DevSet.Gazetteers)
            .Extract(text, null, DateOnly.Parse(published, CultureInfo.InvariantCulture));

    private static string Body(string file)
    {
        var text = File.ReadAllText(Path.Combine(Corpus.Folder, Train, file));
        return text[(text.IndexOf("\n\n", StringComparison.Ordinal) + 2)..];
    }

    [Theory]
    // n272: permits before shipping abroad; 2024-08-16 is a Friday, Thursday the 15th ("from September 15" bounds it).
    [InlineData("n272_china_antimony_licences_abroad.txt", "2024-08-16", "CHN", "antimony", "2024-08-15")]
    // n284: no more permits for shipments abroad is a control, not a relaxation; 2025-10-08 is a Wednesday, Monday
    // the 6th.
    [InlineData("n284_vietnam_rare_earth_permits_a.txt", "2025-10-08", "VNM", "rare earths", "2025-10-06")]
    public void Extract_PermitsForShippingAbroad_AreAnExportControl(
        string file, string published, string country, string commodity, string date)
    {
        var e = Assert.Single(Extract(Body(file), published).Events);

        Assert.Equal(EventType.ExportControl, e.Type);
        Assert.Equal([country], e.Countries);
        Assert.Equal([commodity], e.CommodityNames);
        Assert.Equal(date, e.Date.ToString());
    }

    [Fact]
    public void Extract_NameplateReached_IsAMilestoneAndPricesInAnAsClauseAreItsBackground()
    {
        // n273: "last week" of 2024-10-02 (a Wednesday) runs 23–29 September, one month; "has cut costs as lithium
        // prices fell" gives a reason, not a price move
        var e = Assert.Single(Extract(Body("n273_pilgangoora_nameplate.txt"), "2024-10-02").Events);

        Assert.Equal(EventType.ProjectMilestone, e.Type);
        Assert.Equal(["AUS"], e.Countries);
        Assert.Equal(["lithium"], e.CommodityNames);
        Assert.Equal("2024-09", e.Date.ToString());
    }

    [Fact]
    public void Extract_UnderTheAgreementAfterAnAgreement_IsItsTerms()
    {
        // n277: one agreement, signed late on Sunday (2024-01-02 is a Tuesday: 31 December 2023), not a second one
        // dated by the dateline
        var e = Assert.Single(Extract(Body("n277_codelco_sqm_new_year_a.txt"), "2024-01-02").Events);

        Assert.Equal(EventType.Agreement, e.Type);
        Assert.Equal(["CHL"], e.Countries);
        Assert.Equal("2023-12-31", e.Date.ToString());
    }

    [Fact]
    public void Extract_UnderTheAgreementAfterAnInvestment_IsNewsOfItsOwn()
    {
        // n009: the Pentagon's investment, then the agreement's price floor: two events
        var result = Extract(Body("n009_mp_materials_dod_2025.txt"), "2025-07-11");

        Assert.Equal([EventType.Agreement, EventType.Investment], result.Events.Select(e => e.Type).Order());
    }

    [Theory]
    // n280: the deposit is rare earth ore; its neodymium and praseodymium are named in the next sentence
    [InlineData("n280_songwe_hill_resource.txt", "2024-05-15", "MWI", "2024-05-14")]
    // n190: the same, "About 1.5 million tonnes of that is neodymium and praseodymium"; 2024-06-07 is a Friday
    [InlineData("n190_fen_resource_outlined.txt", "2024-06-07", "NOR", "2024-06-06")]
    public void Extract_GroupFoundAndMembersNamedNext_TakesTheMembers(
        string file, string published, string country, string date)
    {
        var e = Assert.Single(Extract(Body(file), published).Events);

        Assert.Equal(EventType.Discovery, e.Type);
        Assert.Equal([country], e.Countries);
        Assert.Equal(["neodymium", "praseodymium", "rare earths"], e.CommodityNames.Order(StringComparer.Ordinal));
        Assert.Equal(date, e.Date.ToString());
    }

    [Theory]
    // n183: Tianqi (China) co-owns the refinery; IGO (Australia) acts
    [InlineData("IGO said on Thursday it would halt construction of the second processing train at the Kwinana "
        + "lithium hydroxide refinery it owns with Tianqi Lithium.", "AUS")]
    // n281: a partner it had once planned the project with; Eramet (France) acts, in Salta (Argentina)
    [InlineData("Eramet produced its first lithium carbonate at the Centenario plant in Salta on Thursday, a project "
        + "it had once planned to build with China's Tsingshan.", "ARG,FRA")]
    public void Extract_PartnerInAClauseOfWhatTheSubjectOwns_IsNoParty(string text, string countries)
    {
        var e = Assert.Single(Extract(text, "2024-11-08").Events);

        Assert.Equal(countries.Split(','), e.Countries);
    }

    [Theory]
    // n282: the government acts on First Quantum's (Canada) mine; 2023-11-30 is a Thursday, Tuesday the 28th
    [InlineData("Panama's government ordered the closure of First Quantum's Cobre Panama copper mine on Tuesday.",
        "2023-11-30", "PAN", "2023-11-28")]
    // n269: the Serbian government restores the plan for Rio Tinto's (United Kingdom) project; 2024-07-17 is a
    // Wednesday
    [InlineData("Serbia's government restored the spatial plan for Rio Tinto's Jadar lithium project on Tuesday.",
        "2024-07-17", "SRB", "2024-07-16")]
    public void Extract_OwnerOfWhatAGovernmentActsOn_IsNoParty(
        string text, string published, string country, string date)
    {
        var e = Assert.Single(Extract(text, published).Events);

        Assert.Equal(EventType.Policy, e.Type);
        Assert.Equal([country], e.Countries);
        Assert.Equal(date, e.Date.ToString());
    }

    [Fact]
    public void Extract_OwnerWhoseFacilityActs_StaysAParty()
    {
        // Written here: no government acts, so First Quantum's home country stays beside the mine's
        var e = Assert.Single(Extract(
            "First Quantum's Kansanshi mine in Zambia produced its first copper from the S3 expansion on Tuesday.",
            "2025-06-05").Events);

        Assert.Contains("CAN", e.Countries);
        Assert.Contains("ZMB", e.Countries);
    }

    [Fact]
    public void Extract_AuthoritiesLetMiningResume_IsAPolicy()
    {
        // n279: "this week" of 2025-04-17 (a Thursday) runs 14–20 April, one month
        var e = Assert.Single(Extract(Body("n279_wa_state_tin_resume.txt"), "2025-04-17").Events);

        Assert.Equal(EventType.Policy, e.Type);
        Assert.Equal(["MMR"], e.Countries);
        Assert.Equal(["tin"], e.CommodityNames);
        Assert.Equal("2025-04", e.Date.ToString());
    }

    [Theory]
    // n283: "anode material" alone is graphite
    [InlineData("Anode material prices in Europe rose 5% on Monday.", "graphite")]
    // Written here: a silicon anode is named as such
    [InlineData("Silicon anode material prices in Europe rose 5% on Monday.", "silicon")]
    // n285: trade names of products
    [InlineData("Praseodymium-neodymium oxide prices in Europe rose 5% on Monday.", "neodymium,praseodymium")]
    [InlineData("Ferrotungsten prices in Europe rose 5% on Monday.", "tungsten")]
    [InlineData("Acidspar prices in Europe rose 5% on Monday.", "fluorspar")]
    [InlineData("Boric acid prices in Europe rose 5% on Monday.", "boron")]
    public void Extract_ProductName_GivesItsCommodity(string text, string commodities)
    {
        var e = Assert.Single(Extract(text, "2025-01-01").Events);

        Assert.Equal(commodities.Split(','), e.CommodityNames);
    }
}
