using Lodestone.Data.Loading;
using Lodestone.Data.Usgs;
using Lodestone.Domain.Errors;
using Lodestone.Domain.Facts;
using Lodestone.Testing;

namespace Lodestone.Data.Tests.Usgs;

public class SalientFigureReaderTests
{
    private static SalientFigureTable Default() =>
        SalientFigureReader.Load(DataPaths.DefaultDataDirectory, DatasetLoader.LoadReference(DataPaths.DefaultDataDirectory));

    [Fact]
    public void Load_DefaultData_GalliumPricesAsPublished()
    {
        // When the shipped salient files are read
        var table = Default();

        // Then high-purity gallium carries the five yearly prices of mcs2025-galli_salient.csv (596, 625, 560, 450, 500 $/kg),
        // 2024 flagged as the edition's estimate, citing the release's source for that file
        var series = table.For("gallium").Where(f => f.Column == "Price_High-purity_dkg").ToList();
        Assert.Equal([2020, 2021, 2022, 2023, 2024], series.Select(f => f.Year));
        Assert.Equal([596.0, 625, 560, 450, 500], series.Select(f => f.Value!.Value));
        Assert.Equal([false, false, false, false, true], series.Select(f => f.IsEstimate));
        Assert.All(series, f => Assert.Equal("dollars per kilogram", f.Unit));
        Assert.Contains("mcs2025-galli_salient.csv", table.Sources[series[0].SourceId].Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_DefaultData_MissingFiguresKeepTheirMark()
    {
        // When
        var table = Default();

        // Then the New York indium price, published as NA for 2021-2024, is missing with its mark, never zero;
        // and U.S. antimony stocks, published as numbers, are stocks
        var indium = table.For("indium").Where(f => f.Column == "Price_NY_dkg").ToList();
        Assert.Equal(395, indium.Single(f => f.Year == 2020).Value);
        Assert.All(indium.Where(f => f.Year > 2020), f => { Assert.Null(f.Value); Assert.Equal("NA", f.Mark); });
        Assert.Contains(table.For("cobalt"), f => f.Kind == SalientFigureKind.Stocks && f.Column == "Stocks_Industry_t" && f.Year == 2024 && f.Value == 900);
    }

    [Fact]
    public void Load_DefaultData_GovernmentShipmentsAndSecondaryProductionAsPublished()
    {
        // When
        var table = Default();

        // Then the salient files' other flows are sourced facts too, as printed: National Defense Stockpile shipments of tungsten
        // concentrate 728, 1,030, 689 t (2020-22) then NA; germanium's 0 kg (2020-22); niobium's U+2212 minus kept (−88 t in 2020);
        // U.S. secondary antimony 3,520 ... 3,500 t; and cobalt's 2,000 t in 2024 (mcs2025-*_salient.csv)
        double?[] Values(string commodity, string column) => [.. table.For(commodity).Where(f => f.Column == column).OrderBy(f => f.Year).Select(f => f.Value)];
        Assert.Equal([728.0, 1030, 689, null, null], Values("tungsten", "Shipments_Concentrate_t"));
        Assert.All(table.For("tungsten").Where(f => f.Column == "Shipments_Concentrate_t"), f => Assert.Equal(SalientFigureKind.GovernmentShipments, f.Kind));
        Assert.Equal([0.0, 0, 0, null, null], Values("germanium", "Shipments_Gov_kg"));
        Assert.Equal(-88, table.For("niobium").Single(f => f.Column == "Shipments_Gov_t" && f.Year == 2020).Value);
        Assert.Equal([3520.0, 4050, 4100, 3490, 3500], Values("antimony", "USprod_Smelter-secondary_t"));
        Assert.Contains(table.For("cobalt"), f => f.Kind == SalientFigureKind.SecondaryProduction && f.Year == 2024 && f.Value == 2000);
    }

    [Fact]
    public void Load_DefaultData_EveryPriceColumnOfEverySalientFileIsMapped()
    {
        // Given every column of the shipped salient files whose name says it is a price
        var folder = Path.Combine(DataPaths.DefaultDataDirectory, "usgs", "salient");
        var columns = Directory.GetFiles(folder, "*.csv")
            .SelectMany(f => File.ReadLines(f).First().Split(',').Select(c => (File: Path.GetFileName(f), Column: c.Trim())))
            .Where(c => c.Column.Contains("Price", StringComparison.Ordinal))
            .ToList();

        // When
        var table = Default();

        // Then each is read (so the commodity's view has its price history): 69 columns in the MCS 2025 release
        var mapped = table.Figures.Select(f => (f.File, f.Column)).ToHashSet();
        Assert.Equal(69, columns.Count);
        Assert.All(columns, c => Assert.Contains(c, mapped));
        Assert.Equal([394.0, 462, 518, 481, 570], table.For("aluminum").Where(f => f.Column == "Alumina_Price_kt").OrderBy(f => f.Year).Select(f => f.Value!.Value));
    }

    [Fact]
    public void Load_UnknownColumn_ErrorNamesMappingLine()
    {
        // Given a copy of the reference folder whose price mapping names a column the gallium file does not have (line 3)
        using var temp = new TempDirectory();
        var reference = Path.Combine(temp.Path, "reference");
        Directory.CreateDirectory(reference);
        foreach (var file in Directory.GetFiles(Path.Combine(DataPaths.DefaultDataDirectory, "reference")))
        {
            File.Copy(file, Path.Combine(reference, Path.GetFileName(file)));
        }
        var salient = Path.Combine(temp.Path, "usgs", "salient");
        Directory.CreateDirectory(salient);
        File.Copy(Path.Combine(DataPaths.DefaultDataDirectory, "usgs", "salient", "mcs2025-galli_salient.csv"), Path.Combine(salient, "mcs2025-galli_salient.csv"));
        File.WriteAllText(Path.Combine(reference, SalientFigureReader.MappingFile),
            "file,column,measure,commodity,series,unit,note\ngalli,Price_High-purity_dkg,price,gallium,high-purity,dollars per kilogram,\ngalli,Price_Platinum_dkg,price,gallium,nothing,dollars per kilogram,\n");

        // When
        var error = Assert.Throws<DataValidationException>(() => SalientFigureReader.Load(temp.Path, DatasetLoader.LoadReference(temp.Path)));

        // Then the problem names the mapping file, line 3 and the column field
        var issue = Assert.Single(error.Issues);
        Assert.Equal(3, issue.Line);
        Assert.Equal("column", issue.Field);
        Assert.Contains("Price_Platinum_dkg", issue.Message, StringComparison.Ordinal);
    }
}
