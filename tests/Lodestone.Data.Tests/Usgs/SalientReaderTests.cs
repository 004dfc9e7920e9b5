using Lodestone.Domain.Facts;
using static Lodestone.Data.Tests.Usgs.UsgsFixture;

namespace Lodestone.Data.Tests.Usgs;

/// <summary>The salient-file quirks of data/usgs/README.md, on rows copied from the release.</summary>
public class SalientReaderTests
{
    [Fact]
    public void Read_NirColumn_GivesTypedValuesPerYear()
    {
        // Given silicon's three NIR series, with >50 and <50 bounds (mcs2025-simet_salient.csv, years 2021 and 2024)
        var result = Salient("mcs2025-simet_salient.csv", string.Join("\r\n",
            "DataSource,Commodity,Year,USprod_FeSi-Si_kt,Imports_FeSi_kt,Imports_Si_kt,Exports_FeSi_kt,Exports_Si_kt,Consump_FeSi-Si_kt,Price_FeSi50_ctslb,Price_FeSi75_ctslb,Price_Si_ctslb,Stocks_FeSi-Si_kt,NIR_FeSi_pct,NIR_Si_pct,NIR_FeSi-Si_pct",
            "MCS2025,Silicon,2021,W,125,97,7,53,W,137.94,192.28,220.31,11,<50,<25,<50",
            "MCS2025,Silicon,2024,W,150,110,4,40,W,NA,130,180,14,>50,<50,<50") + "\r\n");

        // Then six facts, typed as published; 2024 is noted as a USGS estimate
        Assert.Empty(result.Issues);
        var nir = result.Facts.NetImportReliance.ToDictionary(n => (n.Series, n.Year), n => n.Value);
        Assert.Equal(new NetImportReliance(NirKind.GreaterThan, 50), nir[("ferrosilicon", 2024)]);
        Assert.Equal(new NetImportReliance(NirKind.LessThan, 25), nir[("silicon metal", 2021)]);
        Assert.Equal(new NetImportReliance(NirKind.LessThan, 50), nir[("silicon", 2024)]);
        Assert.Contains("2024 value is a USGS estimate", result.Facts.NetImportReliance.First(n => n.Year == 2024).Note, StringComparison.Ordinal);
        Assert.All(result.Facts.NetImportReliance, n => Assert.Equal("USA", n.Importer.Code));
    }

    [Fact]
    public void Read_NetExporterAndExact_AreTyped()
    {
        // Given rare earths 2024: compounds and metals 80, concentrates E (mcs2025-rareee_salient.csv)
        var result = Salient("mcs2025-rareee_salient.csv", string.Join("\r\n",
            "DataSource,Commodity,Year,USprod_Concentrate_t,USprod_Compounds-Metals_t,Imports_Compounds_t,Imports_Alloys_t,Imports_Metals_t,Exports_Ores-Compounds_t,Exports_Alloys_t,Exports_Metals_t,Consump_Compounds-Metals_t,Price_CeO2_dkg,Price_Dy2O3_dkg,Price_Eu2O3_dkg,Price_La2O3_dkg,Price_Mischmetal_dkg,Price_Nd2O3_dkg,Price_TbO2_dkg,Employment_,NIR_Compounds-Metals_t,NIR_Concentrate_t",
            "MCS2025,Rare Earths,2024,45000,1300,8000,220,90,43000,1100,320,6600,1,260,27,1,5,56,810,570,80,E"));

        // Then 80 is exact and E is a net exporter
        Assert.Empty(result.Issues);
        var nir = result.Facts.NetImportReliance.ToDictionary(n => n.Series, n => n.Value);
        Assert.Equal(NetImportReliance.Exact(80), nir["rare earths"]);
        Assert.Equal(NirKind.NetExporter, nir["rare earths: mineral concentrates"].Kind);
    }

    [Fact]
    public void Read_UnicodeMinusAndWithheld_AreValidCells()
    {
        // Given niobium 2020 with government shipments "−88" (U+2212) and tantalum-style NA
        var result = Salient("mcs2025-niobi_salient.csv",
            "DataSource,Commodity,Year,USprod_Mine_t,Imports_t,Exports_t,Shipments_Gov_t,Consump_Apparent_t,Consump_Reported_t,Price_dkg,NIR_pct\r\n" +
            "MCS2025,Niobium (Columbium),2020,0,7170,787,\u221288,6300,6190,21,100\r\n" +
            "MCS2025,Niobium (Columbium),2023,0,10100,951,NA,9100,7110,25,100\r\n");

        // Then the file reads without issue and gives NIR 100 for both years
        Assert.Empty(result.Issues);
        Assert.Equal([NetImportReliance.Exact(100), NetImportReliance.Exact(100)], result.Facts.NetImportReliance.Select(n => n.Value));
    }

    [Fact]
    public void Read_PaddingRowsAndPaddedCells_AreSkipped()
    {
        // Given the bauxite layout: "Source" as first header, ">75", then six padding rows, the last with 27 spaces in field 4
        var padding = string.Concat(Enumerable.Repeat(",,,,,,,,,,,,,,,,,\r\n", 5)) + ",,," + new string(' ', 27) + ",,,,,,,,,,,,,,\r\n";
        var result = Salient("mcs2025-bauxi_salient.csv",
            "Source,Commodity,Year,Bauxite_Mine_kt,Bauxite_Imports_kt,Bauxite_Exports_kt,Bauxite_Stocks_kt,Bauxite_Consump_Apprnt_kt,Bauxite_Consump_Rprtd_kt,Bauxite_Price_dt,Bauxite_NIR_pct,Alumina_Refinery_kt,Alumina_Imports_kt,Alumina_Exports_kt,Alumina_Stocks_kt,Alumina_Apparent_kt,Alumina_Price_kt,Alumina_NIR_pct\r\n" +
            "MCS2025,Bauxite and Alumina,2024,W,2800,13,250,W,1800,30,>75,810,1300,150,180,2000,570,59\r\n" + padding);

        // Then one data row is read and both NIR series come out
        Assert.Empty(result.Issues);
        Assert.Equal(1, result.Files.Single(f => f.File == "mcs2025-bauxi_salient.csv").Rows);
        Assert.Equal(new NetImportReliance(NirKind.GreaterThan, 75), result.Facts.NetImportReliance.Single(n => n.Series == "bauxite").Value);
        Assert.Equal(NetImportReliance.Exact(59), result.Facts.NetImportReliance.Single(n => n.Series == "alumina").Value);
    }

    [Fact]
    public void Read_TrailingEmptyColumn_IsAcceptedWhenEmpty()
    {
        // Given the arsenic layout: header and rows end with a comma (an unnamed, empty last column)
        var header = "DataSource,Commodity,Year,Imports_Metal_t,Imports_Compounds_t,Imports_Total_t,Exports_All_Gross_t,Consump_Est_All_t,Price_Mtl_US_dkg,NIR_All_pct,\r\n";
        var ok = Salient("mcs2025-arsen_salient.csv", header + "MCS2025,Arsenic,2024,530,8600,9100,570,9100,2,100,\r\n");
        var bad = Salient("mcs2025-arsen_salient.csv", header + "MCS2025,Arsenic,2024,530,8600,9100,570,9100,2,100,7\r\n");

        // Then an empty trailing cell is fine; a value in the unnamed column is reported at its line
        Assert.Empty(ok.Issues);
        Assert.Equal(NetImportReliance.Exact(100), Assert.Single(ok.Facts.NetImportReliance).Value);
        var issue = Assert.Single(bad.Issues);
        Assert.Equal((2, "column 11"), (issue.Line, issue.Field));
        Assert.Empty(bad.Facts.NetImportReliance);
    }

    [Fact]
    public void Read_UnmappedNirColumnOrBadCell_IsAnErrorAndYieldsNothing()
    {
        // Given a file whose NIR column is not in usgs_salient.csv, and a lithium row with a garbage NIR
        var unmapped = Salient("mcs2025-lithium_salient.csv",
            "DataSource,Commodity,Year,USprod_t,NIR_New_pct\r\nMCS2025,Lithium,2024,W,>50\r\n");
        var garbage = Salient("mcs2025-lithium_salient.csv",
            "DataSource,Commodity,Year,USprod_t,Imports_t,Exports_t,Consump_t,Price_dt,Employment_num,NIR_pct\r\nMCS2025,Lithium,2024,W,3400,1900,W,12500,1200,fifty\r\n");

        // Then both are reported with file, line and field; neither yields facts
        Assert.Contains(unmapped.Issues, i => i.Field == "NIR_New_pct" && i.Line == 1);
        Assert.Contains(unmapped.Issues, i => i.Field == "NIR_pct" && i.Message.Contains("missing column", StringComparison.Ordinal));
        var issue = Assert.Single(garbage.Issues);
        Assert.Equal(("mcs2025-lithium_salient.csv", 2, "NIR_pct"), (issue.File, issue.Line, issue.Field));
        Assert.Empty(unmapped.Facts.NetImportReliance);
        Assert.Empty(garbage.Facts.NetImportReliance);
    }

    [Fact]
    public void Import_BlankUsWorldRow_IsFilledFromSalientUsProduction()
    {
        // Given the blank U.S. graphite row of the world file and graph salient USprod_t = 0 for 2023 and 2024
        var world = World("MCS2025,Graphite,United States,Mine production,metric tons,,,,,,,,Included in World total");
        var salient = "DataSource,Commodity,Year,USprod_t,Imports_t,Exports_t,Consump_t,Price_Flake_dt,Price_Lump_dt,Price_Amorphous_dt,NIR_pct\r\n" +
            "MCS2025,Graphite (Natural),2023,0,73500,7780,65700,1080,2380,607,100\r\n" +
            "MCS2025,Graphite (Natural),2024,0,60000,8400,52000,1070,2900,640,100\r\n";
        var result = Import(world, ("mcs2025-graph_salient.csv", salient));

        // Then both U.S. years are 0, citing the salient file, and the reserves note stays as published
        Assert.Empty(result.Issues);
        Assert.All(result.Facts.Production, p => Assert.Equal(0d, p.Value));
        Assert.All(result.Facts.Production, p => Assert.Contains("mcs2025-graph_salient.csv", result.Facts.Sources.Single(s => s.Id == p.SourceId).Title, StringComparison.Ordinal));
        Assert.Equal("Included in World total", Assert.Single(result.Facts.Reserves).Note);
    }
}
