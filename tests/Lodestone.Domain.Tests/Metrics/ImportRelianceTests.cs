using Lodestone.Domain.Facts;
using Lodestone.Domain.Metrics;

namespace Lodestone.Domain.Tests.Metrics;

public class ImportRelianceTests
{
    [Fact]
    public void Of_GreaterThan50_IsTheInterval50To100()
    {
        // USGS prints ">50" for lithium 2024: an interval, never a midpoint
        Assert.True(NetImportReliance.TryParse(">50", out var nir));

        var result = ImportReliance.Of(nir);

        Assert.Equal(MetricStatus.Bounded, result.Status);
        Assert.Equal(50, result.Lower);
        Assert.Equal(100, result.Upper);
    }

    [Fact]
    public void Of_NetExporter_IsZero()
    {
        Assert.True(NetImportReliance.TryParse("E", out var nir));

        Assert.Equal(0, ImportReliance.Of(nir).Value);
    }

    [Fact]
    public void Of_Withheld_IsInsufficientWithReason()
    {
        Assert.True(NetImportReliance.TryParse("W", out var nir));

        var result = ImportReliance.Of(nir);

        Assert.True(result.IsInsufficient);
        Assert.Contains("withheld", result.Reason);
    }
}
