using Lodestone.Data.Loading;
using Lodestone.Domain.Errors;
using Lodestone.Domain.Model;
using Lodestone.Domain.Trade;
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

    [Fact]
    public void Load_ShippedSeries_ReadByThePlainPassToTheCheckedReadingsFigures()
    {
        // Given the shipped series and matrix, read by the plain pass (spans) and by the checked reading (CsvFile)
        var reference = DatasetLoader.LoadReference(DefaultData.Directory);
        var labels = ExportSeriesReader.PlainLabels(DefaultData.Directory);
        Assert.NotNull(labels);
        ExportSeriesReader.AddBundleMembers(labels, reference);
        var path = Path.Combine(DefaultData.Directory, "trade", ExportSeriesReader.File);
        Assert.NotNull(ExportSeriesReader.PlainPoints(path, labels, reference));

        var plain = ExportSeriesReader.Load(DefaultData.Directory, reference);
        var full = ExportSeriesReader.Checked(DefaultData.Directory, reference);

        // Then every code, year, exporter and importer has the same figures, to the bit (each total sums in file order)
        var countries = reference.Countries.All.Select(c => c.Iso3).Append(Iso3.Other).ToList();
        var codes = reference.HsCodes!.Select(c => c.Hs6).Distinct().ToList();
        Assert.Equal(23, plain.Years("811292").Count);
        Assert.Equal(Figures(full, codes, countries), Figures(plain, codes, countries));
    }

    private static List<object?> Figures(ExportSeries series, List<string> codes, List<Iso3> countries) =>
        codes.SelectMany(code => series.Years(code).SelectMany(year => countries.SelectMany(c => new object?[]
        {
            (code, year), series.Exports(code, year, c), series.Imports(code, year, c, new Iso3("CHN")),
            series.Imports(code, year, new Iso3("USA"), c),
        }))).Concat(codes.Select(c => (object?)series.Years(c).Count)).ToList();

    [Fact]
    public void Load_UnknownExporterCode_NamesFileLineAndField()
    {
        // Given a series whose second row names the exporter "XX", which no country carries
        using var dir = Series("2024,gallium,CN,US,50\n2024,gallium,XX,US,7\n");

        var reference = DatasetLoader.LoadReference(DefaultData.Directory);
        var e = Assert.Throws<DataValidationException>(() => ExportSeriesReader.Load(dir.Path, reference));

        var issue = Assert.Single(e.Issues);
        Assert.Equal(("trade/" + ExportSeriesReader.File, 3, "exporter_iso2"), (issue.File, issue.Line, issue.Field));
        Assert.Equal("unknown ISO 3166-1 alpha-2 code 'XX'", issue.Message);
    }

    [Fact]
    public void Load_QuotedCell_ReadByTheFullParserToTheSameValue()
    {
        // Given China's 2024 exports of the gallium bundle in two rows, one exporter code quoted: 50 + 25 = 75 USD
        using var dir = Series("2024,gallium,\"CN\",US,50\r\n2024,gallium,CN,DE,25\r\n");

        var series = ExportSeriesReader.Load(dir.Path, DatasetLoader.LoadReference(DefaultData.Directory));

        // Then both rows count, as the full parser unquotes them, and the U.S. row is an import of the United States
        Assert.Equal((75d, 75d), series.Exports("811292", 2024, new Iso3("CHN")));
        Assert.Equal((50d, 50d), series.Imports("811292", 2024, new Iso3("USA"), new Iso3("CHN")));
    }

    /// <summary>A data directory whose trade/ holds a one-row matrix (gallium's bundle 8112.92) and a series of
    /// <paramref name="rows"/>.</summary>
    private static TempDirectory Series(string rows)
    {
        var dir = new TempDirectory();
        var trade = Directory.CreateDirectory(Path.Combine(dir.Path, "trade")).FullName;
        File.WriteAllText(Path.Combine(trade, "matrix.csv"), string.Join(',', TradeFlowReader.Columns)
            + "\n2024,CHN,China,USA,United States,811292,gallium,100.0,1\n");
        File.WriteAllText(Path.Combine(trade, ExportSeriesReader.File),
            "year,material,exporter_iso2,importer_iso2,value_usd\n" + rows);
        return dir;
    }
}
