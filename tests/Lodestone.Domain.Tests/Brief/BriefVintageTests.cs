using Lodestone.Domain.Brief;
using Lodestone.Domain.Model;
using Lodestone.Testing;

namespace Lodestone.Domain.Tests.Brief;

/// <summary>The brief reads one vintage and marks every figure of another year (issue 11, "never mix years silently"), pinned to
/// the shipped data: the USGS MCS 2025 data release in data/usgs/ (production 2023 and 2024e, NIR 2020–2024e in the salient
/// files) and the MCS 2026 figures in data/usgs_mcs_us_trade.csv (NIR 2025e, import sources 2021–24).</summary>
public class BriefVintageTests
{
    private static DependencyBrief Brief(int? year) =>
        BriefCalculator.Compute(DefaultData.Dataset, new BriefRequest(new Iso3("USA"), new Iso3("CHN"), year, new DateOnly(2026, 11, 23)));

    private static BriefRow Row(DependencyBrief brief, string commodity) => brief.Rows.Single(r => r.Commodity == commodity);

    [Fact]
    public void Compute_NoYear_ReadsTheNewestCompleteYear2024()
    {
        // MCS 2025 gives production for 2023 and 2024e and NIR up to 2024e for every commodity; the MCS 2026 rows give NIR 2025e
        // but no 2025 production, so 2025 is not complete.
        var brief = Brief(null);

        Assert.Equal(2024, brief.Year);
        // mcs2025-antim_salient.csv, NIR_pct, 2024: 85 (not the MCS 2026 figure of 91 for 2025e).
        Assert.Equal(85, Row(brief, "antimony").NetImportReliance!.Percent);
        Assert.Equal(2024, Row(brief, "antimony").NetImportReliance!.Year);
        // mcs2025-coppe_salient.csv NIR_pct 2024: 45 (MCS 2026: 57 for 2025e).
        Assert.Equal(45, Row(brief, "copper").NetImportReliance!.Percent);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(2023)]
    [InlineData(2025)]
    public void Compute_AnyYear_EveryFigureOfAnotherYearIsMarkedAndNoneIsNewer(int? requested)
    {
        var brief = Brief(requested);
        var year = brief.Year!.Value;

        foreach (var row in brief.Rows)
        {
            // A stage whose rule gives no world share (basis "none": boron, hafnium, uranium) has no year to mark.
            foreach (var (stage, s) in row.Stages.Where(kv => kv.Value is { Year: not null }))
            {
                Assert.True(s!.Year <= year, $"{row.Commodity} {stage}: {s.Year} in a view of {year}");
                Assert.Equal(s.Year != year, s.YearNote is not null);
            }
            if (row.NetImportReliance is { Percent: not null } nir)
            {
                Assert.True(nir.Year <= year, $"{row.Commodity} NIR {nir.Year} in a view of {year}");
                Assert.Equal(nir.Year != year, nir.YearNote is not null);
            }
            if (row.SupplierShareOfImports is { } imports && (imports.Share is not null || imports.ShareUpper is not null))
            {
                var end = Domain.KnowledgeBase.Vintages.PeriodEnd(imports.Period);
                Assert.True(end <= year, $"{row.Commodity} imports {imports.Period} in a view of {year}");
                Assert.Equal(end != year, imports.YearNote is not null);
            }
        }
    }

    [Fact]
    public void Compute_Year2023_OlderFiguresMarkedLaterPeriodsNotShown()
    {
        var brief = Brief(2023);

        // USGS MCS 2025 World Data: China 255,000 t REO of a world total of 376,000 t in 2023.
        var mining = Row(brief, "rare earths").Stages["mining"]!;
        Assert.Equal(255000.0 / 376000.0, mining.SupplierShare);
        Assert.Null(mining.YearNote);
        // stage_series.csv reads magnet making from "permanent-magnet manufacturing", which processing_shares.csv publishes for 2024
        // only (IEA commentary of 2025-10-23): no figure for 2023, and the 2024 one is not shown as 2023's.
        // The stage is still listed for the importer's traced supply (as exposure shows it), without a world share.
        var components = Row(brief, "rare earths").Stages["components"]!;
        Assert.Null(components.SupplierShare);
        Assert.Null(components.Year);
        Assert.Equal("none", components.Basis);
        // processing_shares.csv: germanium refining is published for 2022 only (CRMA via Reuters, ~60 %).
        Assert.Equal("2022 (latest available)", Row(brief, "germanium").Stages["refining"]!.YearNote);
        // mcs2025-antim_salient.csv NIR_pct 2023: 83.
        Assert.Equal(83, Row(brief, "antimony").NetImportReliance!.Percent);
        // MCS 2025 Rare Earths chapter, import sources 2020–23: China 70 %.
        var imports = Row(brief, "rare earths").SupplierShareOfImports!;
        Assert.Equal("2020-23", imports.Period);
        Assert.Equal(0.70, imports.Share!.Value, 9);
        // Gallium's import sources exist only for 2021–24 (MCS 2026): not shown as 2023's, and the reason says so.
        var gallium = Row(brief, "gallium").SupplierShareOfImports!;
        Assert.Null(gallium.Share);
        Assert.Null(gallium.ShareUpper);
        Assert.Equal("2021-24 (after 2023)", gallium.YearNote);
    }

    [Fact]
    public void Compute_Year2025_ReadsMcs2026NirAndMarksThe2024Shares()
    {
        var brief = Brief(2025);

        // usgs_mcs_us_trade.csv, MCS 2026 antimony chapter: NIR 91 (2025e).
        var nir = Row(brief, "antimony").NetImportReliance!;
        Assert.Equal(91, nir.Percent);
        Assert.Null(nir.YearNote);
        // No 2025 production in the data: the 2024e share (MCS 2025: China 270,000 of 390,000 t REO) is shown and marked.
        var mining = Row(brief, "rare earths").Stages["mining"]!;
        Assert.Equal(270000.0 / 390000.0, mining.SupplierShare);
        Assert.Equal("2024 (latest available)", mining.YearNote);
        // Aluminum has no 2025 NIR in the data (no MCS 2026 row): mcs2025-alumi_salient.csv NIR_pct 2024 = 47, marked.
        var aluminum = Row(brief, "aluminum").NetImportReliance!;
        Assert.Equal(47, aluminum.Percent);
        Assert.Equal("2024 (latest available)", aluminum.YearNote);
    }
}
