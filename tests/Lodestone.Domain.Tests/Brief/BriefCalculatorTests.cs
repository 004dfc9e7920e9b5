using Lodestone.Domain.Brief;
using Lodestone.Domain.Model;
using Lodestone.Testing;

namespace Lodestone.Domain.Tests.Brief;

/// <summary>
/// Pins the brief's shares and HHI to values worked by hand from the source rows of data/usgs_mcs_production.csv
/// (USGS MCS 2025 World Data Release, 2024 estimates) and data/processing_shares.csv (IEA 2024 observed).
/// Each expected value is written as arithmetic on the published figures, not copied from the program's output.
/// </summary>
public class BriefCalculatorTests
{
    private static readonly DependencyBrief Brief = DefaultBrief.Brief;

    private static BriefRow Row(string commodity) => DefaultBrief.Row(commodity);

    /// <summary>HHI on the 0–10,000 scale from figures and their world total.</summary>
    private static double Hhi(double world, params double[] figures) => figures.Sum(f => (f / world * 100) * (f / world * 100));

    [Fact]
    public void Compute_RareEarthMining_ChinaShareEqualsUsgsFiguresExactly()
    {
        // USGS MCS 2025: China 270,000 t REO of a world total (rounded) of 390,000 t in 2024.
        var mining = Row("rare earths").Stages["mining"]!;

        Assert.Equal(270000.0 / 390000.0, mining.SupplierShare);
        Assert.Equal(2024, mining.Year);
    }

    [Fact]
    public void Compute_RareEarthMining_HhiIsSumOfSquaredListedShares()
    {
        // Listed 2024 figures (t REO): US 45,000; Australia 13,000; Brazil 20; Burma 31,000; Canada 0; China 270,000;
        // Greenland 0; India 2,900; Madagascar 2,000; Malaysia 130; Nigeria 13,000; Russia 2,500; South Africa 0;
        // Tanzania 0; Thailand 13,000; Vietnam 300. "Other countries" 1,100 is an aggregate and is left out (lower bound).
        var expected = Hhi(390000, 45000, 13000, 20, 31000, 0, 270000, 0, 2900, 2000, 130, 13000, 2500, 0, 0, 13000, 300);
        var mining = Row("rare earths").Stages["mining"]!;

        Assert.Equal(expected, mining.Hhi!.Value, 6);
        Assert.True(mining.HhiIsLowerBound);
        Assert.Equal(["CHN", "USA", "MMR"], mining.Top.Select(t => t.Country));
    }

    [Fact]
    public void Compute_RareEarthRefining_UsesIeaMagnetRareEarthShares()
    {
        // IEA Critical Minerals Data Explorer 2025, magnet REE refining 2024: China 73.76 of 80.81 kt = 91.3 %,
        // Malaysia 4.5 %, United States 1.2 %, rest of world 3.0 % (left out of the HHI).
        var refining = Row("rare earths").Stages["refining"]!;

        Assert.Equal(0.913, refining.SupplierShare!.Value, 9);
        Assert.Equal(91.3 * 91.3 + 4.5 * 4.5 + 1.2 * 1.2, refining.Hhi!.Value, 6);
        Assert.Equal("published shares", refining.Basis);
    }

    [Fact]
    public void Compute_Gallium_ChinaRefinesMostPrimaryGallium()
    {
        // USGS MCS 2025, primary (low-purity) gallium 2024, kg: China 750,000; Japan 3,000; Korea 3,000; Russia 6,000;
        // United States 0; world total 760,000.
        var refining = Row("gallium").Stages["refining"]!;

        Assert.Equal(750000.0 / 760000.0, refining.SupplierShare);
        Assert.Equal(Hhi(760000, 750000, 3000, 3000, 6000, 0), refining.Hhi!.Value, 6);
        Assert.Null(Row("gallium").Stages["mining"]);
    }

    [Fact]
    public void Compute_Graphite_MiningFromUsgsAndRefiningFromIea()
    {
        // USGS natural graphite 2024, t: China 1,270,000 of 1,600,000. Listed: US 0; Austria 500; Brazil 68,000; Canada 20,000;
        // China 1,270,000; Germany 170; India 27,800; North Korea 8,100; Korea 9,600; Madagascar 89,000; Mexico 900;
        // Mozambique 75,000; Norway 7,000; Russia 20,000; Sri Lanka 3,300; Tanzania 25,000; Turkey 3,100; Ukraine 1,200; Vietnam 2,000.
        var row = Row("graphite");
        var mining = row.Stages["mining"]!;
        var refining = row.Stages["refining"]!;

        Assert.Equal(1270000.0 / 1600000.0, mining.SupplierShare);
        Assert.Equal(Hhi(1600000, 0, 500, 68000, 20000, 1270000, 170, 27800, 8100, 9600, 89000, 900, 75000, 7000, 20000, 3300, 25000, 3100, 1200, 2000),
            mining.Hhi!.Value, 6);
        // IEA battery-grade graphite refining 2024: China 95.7 %, Japan 2.4 %, United States 0.1 %.
        Assert.Equal(0.957, refining.SupplierShare!.Value, 9);
        Assert.Equal(95.7 * 95.7 + 2.4 * 2.4 + 0.1 * 0.1, refining.Hhi!.Value, 6);
    }

    [Fact]
    public void Compute_Tungsten_MiningShareAndProxyRefining()
    {
        // USGS tungsten 2024, t W content: China 67,000 of 81,000. Listed: US 0; Australia 1,000; Austria 800; Bolivia 1,600;
        // China 67,000; North Korea 1,700; Portugal 500; Russia 2,000; Rwanda 1,200; Spain 700; Vietnam 3,400; Other 1,500.
        var row = Row("tungsten");
        var mining = row.Stages["mining"]!;

        Assert.Equal(67000.0 / 81000.0, mining.SupplierShare);
        Assert.Equal(Hhi(81000, 0, 1000, 800, 1600, 67000, 1700, 500, 2000, 1200, 700, 3400), mining.Hhi!.Value, 6);
        // No processing split is published: the refining column is the mine-stage proxy, and says so.
        Assert.Contains("PROXY", row.Stages["refining"]!.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_MissingData_IsNullNeverZero()
    {
        // Cobalt: USGS lists no Chinese mine figure for 2024, so China's mining share is unknown, not 0.
        var cobalt = Row("cobalt").Stages["mining"]!;

        Assert.Null(cobalt.SupplierShare);
        Assert.Contains("not listed", cobalt.Note, StringComparison.Ordinal);
        Assert.Null(Row("barite").Stages["refining"]);
    }

    [Fact]
    public void Compute_DefaultData_HasAtLeastTwentyCommodities()
    {
        Assert.True(Brief.Rows.Count >= 20, $"only {Brief.Rows.Count} rows");
        Assert.DoesNotContain(Brief.Rows, r => r.Commodity == "lithium-ion batteries");
    }

    [Fact]
    public void Compute_NetImportReliance_KeepsTypedBounds()
    {
        // USGS MCS 2025 salient data, 2024e: tungsten NIR ">50", rare-earth compounds and metals 80 (MCS 2026 gives 67 for 2025e).
        var tungsten = Row("tungsten").NetImportReliance!;

        Assert.Equal("greater_than", tungsten.Kind);
        Assert.Equal(50, tungsten.Lower);
        Assert.Equal(100, tungsten.Upper);
        Assert.Equal(">50", tungsten.Display);
    }

    [Fact]
    public void Compute_GalliumControls_UsBanSuspendedUntil27November2026()
    {
        // MOFCOM No. 46 [2024] banned gallium exports to the U.S.; No. 72 [2025] suspended it until 2026-11-27.
        var ban = Row("gallium").ExportControls.Single(c => c.Id == "CHN-2024-046-GA");

        Assert.StartsWith("suspended until 2026-11-27", ban.Status, StringComparison.Ordinal);
        Assert.False(ban.InForce);
        Assert.StartsWith("critical", Row("gallium").Flag, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_C5ShareOfAntimony_SumsMemberFiguresOverWorldTotal()
    {
        // USGS MCS 2025, antimony 2024 mine output (t): Kazakhstan 40, Kyrgyzstan 20, Tajikistan 17,000; world 100,000.
        // Reserves: Kyrgyzstan 260,000, Tajikistan 50,000, Kazakhstan listed with no figure; world published as ">2,000,000".
        var row = Row("antimony");

        Assert.Equal((40.0 + 20 + 17000) / 100000, row.C5ShareOfMining!.Share, 12);
        Assert.Equal((260000.0 + 50000) / 2000000, row.C5ShareOfReserves!.Share, 12);
        Assert.True(row.C5ShareOfReserves.IsLowerBound); // Kazakhstan's unpublished reserves could add to it
        Assert.Contains("lower bound", row.C5ShareOfReserves.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_TracedShareColumns_ComeFromTheExposureTracer()
    {
        // The brief does not recompute exposure: its columns are the tracer's figures for the same importer, supplier and vintage.
        var report = Lodestone.Domain.Exposure.ExposureCalculator.For(DefaultData.Dataset, new Iso3("USA"), new Iso3("CHN"), "cobalt", Brief.Year);
        var refining = Row("cobalt").Stages["refining"]!;

        Assert.Equal(report.At(Stage.Refining)?.Traced?.Share.Low, refining.TracedShareLow);
        Assert.Equal(report.At(Stage.Refining)?.Traced?.Share.High, refining.TracedShareHigh);
        Assert.NotNull(refining.TracedShareLow);
    }
}
