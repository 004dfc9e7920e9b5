using Lodestone.Data.Loading;
using Lodestone.Data.Usgs;

namespace Lodestone.Data.Tests.Usgs;

public class UsgsMappingsTests
{
    [Fact]
    public void Load_ShippedTables_HaveNoIssuesAndCoverEveryReleaseSeries()
    {
        // Given the shipped mapping tables / When they load (UsgsRelease2025 throws on any issue)
        var mappings = UsgsRelease2025.Mappings;

        // Then the 95 (COMMODITY, TYPE) pairs of MCS2025_World_Data.csv each have a row (counted with Python's csv module)
        Assert.Equal(95, mappings.Series.Count);
        Assert.Equal("MMR", mappings.FindCountry("Burma")!.Country.Code);
        Assert.Equal("COD", mappings.FindCountry("Congo (Kinshasa)")!.Country.Code);
        Assert.Equal("KOR", mappings.FindCountry("Korea, Republic of")!.Country.Code);
        Assert.Equal("germanium", mappings.FindSeries("Gemanium", "Primary and secondary refinery production")!.Commodity);
    }

    [Fact]
    public void Load_BadRows_ReportFileLineAndField()
    {
        // Given a series table with an unknown commodity, a unit correction without reason and a skip without reason
        var folder = Directory.CreateTempSubdirectory("lodestone-usgs-map-");
        try
        {
            var shipped = Path.Combine(Lodestone.Testing.DefaultData.Directory, ReferenceLoader.Folder);
            foreach (var file in new[] { UsgsMappings.CountriesFile, UsgsMappings.SalientFile, UsgsMappings.ReleasesFile })
            {
                File.Copy(Path.Combine(shipped, file), Path.Combine(folder.FullName, file));
            }
            File.WriteAllText(Path.Combine(folder.FullName, UsgsMappings.SeriesFile),
                "usgs_commodity,usgs_type,action,commodity,stage,series,columns,unit,reserves_unit,reserves_commodity,reason\n" +
                "Unobtainium,Mine production,import,unobtainium,mining,mine production,production,,,,\n" +
                "Tin,\"Mine production, tin content\",import,tin,mining,mine production,production,thousand metric tons,,,\n" +
                "Cement,\"Cement production, estimated\",skip,,,,,,,,\n");
            var issues = new IssueLog();

            // When the tables load
            UsgsMappings.Load(folder.FullName, UsgsRelease2025.Reference, issues);

            // Then each row is reported at its line and field
            Assert.Equal([(2, "commodity"), (3, "reason"), (4, "reason")], issues.Issues.Select(i => (i.Line, i.Field!)));
            Assert.All(issues.Issues, i => Assert.Equal("reference/usgs_series.csv", i.File));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
