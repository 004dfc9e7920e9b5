using Lodestone.Data.Loading;
using Lodestone.Domain.Model;
using Lodestone.Testing;

namespace Lodestone.Data.Tests.Loading;

public class TradeFlowReaderTests
{
    [Fact]
    public void LoadDirectory_DefaultData_ReadsEveryBaciFlowWithItsGaps()
    {
        // Given the shipped BACI 2024 matrix (data/trade/README.md: 21,723 flows, 1,030 without tonnage)
        var data = DefaultData.Dataset;

        // Then every flow loads, blank tonnage stays missing (never zero) and each flow cites the BACI release
        Assert.Equal(21_723, data.TradeFlows.Count);
        Assert.Equal(1_030, data.TradeFlows.Count(f => f.Tonnes is null));
        Assert.All(data.TradeFlows, f => Assert.Equal(DatasetLoader.BaciSourceId, f.SourceId));
        Assert.True(data.Sources.ContainsKey(DatasetLoader.BaciSourceId));
    }

    [Fact]
    public void LoadDirectory_DefaultData_ReadsBaciTaiwanCodeAsTwn()
    {
        // BACI's "Other Asia, nes" (S19 in the ISO3 form) is Taiwan; a reader that rejects it loses Taiwan's trade.
        var data = DefaultData.Dataset;

        Assert.Contains(data.TradeFlows, f => f.Exporter == new Iso3("TWN") || f.Importer == new Iso3("TWN"));
    }

    [Fact]
    public void LoadDirectory_DefaultData_MapsEveryShippedCodeAndMarksTheBundle()
    {
        var data = DefaultData.Dataset;

        // Every one of the 30 codes in the matrix has a mapping row.
        var shipped = data.TradeFlows.Select(f => f.Hs6).Distinct().ToList();
        Assert.Equal(30, shipped.Count);
        Assert.All(shipped, code => Assert.True(data.Trade.Codes.ContainsKey(code), code));
        // 8112.92 holds seven metals (HS 2017 subheading text): a bundle, carried by gallium and germanium alike.
        var bundle = data.Trade.Codes["811292"];
        Assert.True(bundle.IsBundle);
        Assert.Equal(7, bundle.BundleMembers.Count);
        Assert.True(bundle.Carries("germanium"));
        // Li2CO3: 2 x 6.94 / 73.89 = 0.1879 Li by mass.
        Assert.Equal(0.1879, data.Trade.Codes["283691"].ContentMin);
    }

    [Fact]
    public void Read_DuplicateFlowAndBadCode_ReportsFileLineAndField()
    {
        // Given a matrix with a malformed code on line 2 and the same flow twice (lines 3 and 4)
        var text = string.Join('\n',
            string.Join(',', TradeFlowReader.Columns),
            "2024,CHN,China,USA,USA,81129,gallium,1.0,1.0",
            "2024,CHN,China,USA,USA,811292,gallium,1.0,",
            "2024,CHN,China,USA,USA,811292,gallium,2.0,3.0");
        var issues = new IssueLog();
        var reference = DatasetLoader.LoadReference(DefaultData.Directory);

        // When it is read
        var flows = TradeFlowReader.Read(CsvFile.Read(new StringReader(text), "trade/x.csv", issues, TradeFlowReader.Columns), reference, "s");

        // Then the good flow is kept and both problems are located
        Assert.Single(flows);
        Assert.Null(flows[0].Tonnes);
        Assert.Contains(issues.Issues, i => i.File == "trade/x.csv" && i.Line == 2 && i.Field == "hs6");
        Assert.Contains(issues.Issues, i => i.File == "trade/x.csv" && i.Line == 4 && i.Field == "hs6" && i.Message.Contains("line 3", StringComparison.Ordinal));
    }
}
