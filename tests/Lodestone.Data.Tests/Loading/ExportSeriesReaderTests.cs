using Lodestone.Domain.Model;
using Lodestone.Testing;

namespace Lodestone.Data.Tests.Loading;

public class ExportSeriesReaderTests
{
    [Fact]
    public void Imports_GraphiteIntoUsa2022_ChinaAndRecordedTotalsOfTheShippedRows()
    {
        // Given the shipped BACI top-partner series: the rows "2022,graphite,*,US,value" sum to 7,732,326 USD, of which the
        // row "2022,graphite,CN,US" is 6,087,649 USD (summed by hand with awk over data/trade/baci_topn_values_2002_2024.csv)
        var series = DefaultData.Dataset.ExportSeries;

        // When U.S. imports of 2504.90 in 2022 are read by exporter
        var flows = series.Imports("250490", 2022, new Iso3("USA"), new Iso3("CHN"));

        // Then both figures are the rows' values, and a year without rows is missing (null), not zero
        Assert.Equal((6_087_649d, 7_732_326d), flows);
        Assert.Null(series.Imports("250490", 1990, new Iso3("USA"), new Iso3("CHN")));
    }

    [Fact]
    public void Imports_ExporterAbsentFromTheImportersPartners_IsZeroOfARecordedTotal()
    {
        // Given a year whose U.S. rows of 8112.92 record no Namibian exporter
        var flows = DefaultData.Dataset.ExportSeries.Imports("811292", 2024, new Iso3("USA"), new Iso3("NAM"));

        // Then the exporter's value is 0 of the recorded total (331,475,516 USD: the sum of the 2024 "gallium,*,US" rows)
        Assert.Equal((0d, 331_475_516d), flows);
    }
}
