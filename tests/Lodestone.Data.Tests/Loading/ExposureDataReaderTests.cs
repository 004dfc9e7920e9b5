using Lodestone.Data.Loading;
using Lodestone.Domain.Errors;
using Lodestone.Domain.Facts;
using Lodestone.Domain.Model;
using Lodestone.Testing;

namespace Lodestone.Data.Tests.Loading;

public class ExposureDataReaderTests
{
    [Fact]
    public void LoadDirectory_DefaultData_LoadsGovernanceOwnershipTransitAndPublishedRisk()
    {
        var data = DefaultData.Dataset;

        // Row counts of the shipped files (data/governance_wgi.csv, ownership.csv, transit_routes.csv, eu_crm_results.csv)
        Assert.Equal(42, data.Governance.Count);
        Assert.Equal(5, data.Ownership.Count);
        Assert.Equal(12, data.TransitRoutes.Count);
        Assert.Equal(18, data.PublishedRisk.Count);
        Assert.All(data.Governance, g => Assert.True(data.Sources.ContainsKey(g.SourceId)));
        Assert.All(data.TransitRoutes, r => Assert.True(data.Sources.ContainsKey(r.SourceId)));
    }

    [Fact]
    public void LoadDirectory_ChinaWgi2023_IsAsPublished()
    {
        // World Bank WGI, China 2023, PV.EST = -0.513097047805786 (OHI copy of the World Bank download)
        var china = DefaultData.Dataset.Governance.Single(g => g.Country.Code == "CHN" && g.Year == 2023);

        Assert.Equal(-0.513097047805786, china.PoliticalStability);
        Assert.NotNull(china.MeanOfSix);
    }

    [Fact]
    public void LoadDirectory_OwnershipSourceDate_ComesFromTheSourceDateColumn()
    {
        var fact = DefaultData.Dataset.Ownership.Single(o => o.Country.Code == "COD" && o.Commodity == "cobalt");
        var source = DefaultData.Dataset.Sources[fact.SourceId];

        Assert.Equal(new PartialDate(2019, 8, 2), source.Published);
        Assert.True(fact.IsLowerBound);
        Assert.Equal(OwnershipScope.Country, fact.Scope);
    }

    [Fact]
    public void LoadFactFiles_BadTransitRow_ReportsFileLineAndField()
    {
        // Given a route file whose second data row has an unknown share kind and a share for an 'unknown' route
        using var dir = new TempDirectory();
        var path = dir.File(FactFiles.TransitRoutes);
        File.WriteAllText(path,
            string.Join(",", TransitRouteReader.Columns) + ",notes\n" +
            "R1,KAZ,uranium,all,TITR,AZE;GEO,10,derived,2023,Some source,,2024-05-21,,\n" +
            "R2,KAZ,uranium,all,North,RUS,50,guess,2023,Some source,,2024-05-21,,\n" +
            "R3,KAZ,uranium,all,East,CHN,5,unknown,2023,Some source,,2024-05-21,,\n");
        var issues = new IssueLog();

        // When
        DatasetLoader.LoadFactFiles([path], DatasetLoader.LoadReference(DefaultData.Directory), issues);

        // Then each problem is located
        Assert.Contains(issues.Issues, i => i.ToString() == "transit_routes.csv:3:share_kind: expected published, derived, declared assumption or unknown, got 'guess'");
        Assert.Contains(issues.Issues, i => i.ToString() == "transit_routes.csv:4:share_pct: a share of kind 'unknown' must be blank");
    }

    [Fact]
    public void LoadFactFiles_WgiOutOfScale_IsRejectedWithLocation()
    {
        using var dir = new TempDirectory();
        var path = dir.File(FactFiles.Governance);
        File.WriteAllText(path,
            string.Join(",", GovernanceReader.Columns) + ",notes\n" +
            "CHN,2023,0.1,0.2,53,0.4,0.5,0.6,World Bank WGI,,2025,,\n");
        var issues = new IssueLog();

        DatasetLoader.LoadFactFiles([path], DatasetLoader.LoadReference(DefaultData.Directory), issues);

        var issue = Assert.Single(issues.Issues);
        Assert.Equal("governance_wgi.csv", issue.File);
        Assert.Equal(2, issue.Line);
        Assert.Equal("political_stability", issue.Field);
    }

    [Fact]
    public void LoadDirectory_MissingColumn_ThrowsWithTheColumnName()
    {
        using var dir = new TempDirectory();
        var path = dir.File(FactFiles.Ownership);
        File.WriteAllText(path, "scope,asset,country\ncountry,,COD\n");

        var issues = new IssueLog();
        DatasetLoader.LoadFactFiles([path], DatasetLoader.LoadReference(DefaultData.Directory), issues);

        Assert.Contains(issues.Issues, i => i.File == "ownership.csv" && i.Line == 1 && i.Message.StartsWith("missing column(s): commodity", StringComparison.Ordinal));
        Assert.Throws<DataValidationException>(issues.ThrowIfAny);
    }
}
