using Lodestone.Domain.Facts;
using Lodestone.Domain.Model;
using static Lodestone.Data.Tests.Usgs.UsgsFixture;

namespace Lodestone.Data.Tests.Usgs;

/// <summary>Each quirk of the world file listed in data/usgs/README.md, pinned on rows copied from MCS2025_World_Data.csv.</summary>
public class WorldDataReaderTests
{
    [Fact]
    public void Read_TrailingSpacesInCommodityCountryTypeAndNotes_AreStripped()
    {
        // Given "Copper ", "Russia ", a TYPE with a trailing space and a padded "NA  " note (lines 313 and 1026-style rows)
        var result = Import(World(
            "MCS2025,Copper ,Russia ,\"Refinery production, copper\",thousand metric tons,1000,960,estimated 2023,,,,,",
            "MCS2025,Silicon,Russia ,\"Plant production, Ferosilicon, silicon content \",thousand metric tons,540,550,,,,,,NA  "));

        // Then both rows map to RUS under their canonical series, and the padded NA becomes a spelled-out marker
        Assert.Empty(result.Issues);
        var copper = Assert.Single(result.Facts.Production, p => p.Commodity == "copper" && p.Year == 2023);
        Assert.Equal(("refinery production", Stage.Refining, "RUS", 1000d), (copper.Series, copper.Stage, copper.Country.Code, copper.Value!.Value));
        Assert.Contains(result.Facts.Production, p => p.Commodity == "silicon" && p.Series == "ferrosilicon" && p.Value == 540);
    }

    [Fact]
    public void Read_WorldTotalWithFootnoteDigits_IsTheWorldRow()
    {
        // Given antimony's world row "World total (rounded) 10", whose 10 is a footnote number
        var result = Import(World(
            "MCS2025,Antimony,World total (rounded) 10,\"Mine production, antimony content\",metric tons,93000,100000,,,,,>2000000,"));

        // Then it is WLD with the published figures, and its reserves are a lower bound of 2,000,000
        Assert.Empty(result.Issues);
        Assert.Equal([93000d, 100000d], result.Facts.Production.Where(p => p.Country == Iso3.World).Select(p => p.Value!.Value));
        var reserves = Assert.Single(result.Facts.Reserves);
        Assert.Equal((2000000d, true, "WLD"), (reserves.Value!.Value, reserves.IsLowerBound, reserves.Country.Code));
    }

    [Fact]
    public void Read_QuotedLowerBoundWithThousandsSeparators_IsALowerBound()
    {
        // Given niobium's world reserves published as ">17,000,000" in quotes
        var result = Import(World(
            "MCS2025,Niobium,World total (rounded),\"Mine production, niobium content\",metric tons,110000,110000,,,,,\">17,000,000\","));

        // Then the value is 17,000,000 flagged as a lower bound, and the note says how it was published
        var reserves = Assert.Single(result.Facts.Reserves);
        Assert.Equal(17000000d, reserves.Value);
        Assert.True(reserves.IsLowerBound);
        Assert.Contains("published as >17000000 (lower bound)", reserves.Note, StringComparison.Ordinal);
    }

    [Theory]
    // W in a notes column: withheld, spelled out (titanium sponge U.S. row, line 1143)
    [InlineData("W", "W (withheld to avoid disclosing company proprietary data)")]
    // NA, lower-case and padded variants all occur in PROD_NOTES / RESERVE_NOTES
    [InlineData("na", "NA (not available)")]
    [InlineData("NA  ", "NA (not available)")]
    // Qualitative reserve statements are kept verbatim
    [InlineData("Small", "Small")]
    [InlineData("Large", "Large")]
    [InlineData("Moderate  ", "Moderate")]
    public void Read_MarkerInReserveNotes_GivesNoFigureAndKeepsTheMarker(string note, string expected)
    {
        // Given a row with a blank reserves cell and a marker in RESERVE_NOTES
        var result = Import(World($"MCS2025,Tin,Laos,\"Mine production, tin content\",metric tons,1500,1600,,,,,,{note}"));

        // Then the reserves fact has no value (not zero) and carries the marker
        var reserves = Assert.Single(result.Facts.Reserves);
        Assert.Null(reserves.Value);
        Assert.Equal(expected, reserves.Note);
    }

    [Fact]
    public void Read_BlankProductionCell_IsMissingNotZero()
    {
        // Given the indium U.S. row: every figure blank, no note (line 480)
        var result = Import(World("MCS2025,Indium,United States,Refinery production,metric tons,,,,,,,,"));

        // Then both years are present with no value; nothing is zero
        Assert.Empty(result.Issues);
        Assert.Equal(2, result.Facts.Production.Count);
        Assert.All(result.Facts.Production, p => Assert.Null(p.Value));
    }

    [Fact]
    public void Read_TwoTypesOfOneCommodity_AreTwoSeries()
    {
        // Given copper's mine and refinery rows for Chile: same COMMODITY, different TYPE
        var result = Import(World(
            "MCS2025,Copper ,Chile,\"Mine production, recoverable copper content\",thousand metric tons,5250,5300,,,,,190000,",
            "MCS2025,Copper ,Chile,\"Refinery production, copper\",thousand metric tons,2080,1900,,,,,,"));

        // Then they are keyed on (COMMODITY, TYPE): one mining and one refining series, reserves only on the mine row
        Assert.Empty(result.Issues);
        var y2023 = result.Facts.Production.Where(p => p.Year == 2023).OrderBy(p => p.Stage).ToList();
        Assert.Equal([("mine production", Stage.Mining, 5250d), ("refinery production", Stage.Refining, 2080d)],
            y2023.Select(p => (p.Series, p.Stage, p.Value!.Value)));
        Assert.Equal(190000d, Assert.Single(result.Facts.Reserves).Value);
    }

    [Fact]
    public void Read_TitaniumWithBlankAndWrongUnit_UsesTheDocumentedCorrection()
    {
        // Given Sierra Leone rutile with a blank UNIT_MEAS and China ilmenite labelled "metric tons" (lines 1132, 1124)
        var result = Import(World(
            "MCS2025,Titanium Mineral Concentrates,Sierra Leone,\"Mine production, rutile, titanium dioxide (TiO2) content\",,110,60,,,,,2900,",
            "MCS2025,Titanium Mineral Concentrates,China,\"Mine production, ilmentite, titanium dioxide (TiO2) content\",metric tons,3250,3300,,,,,110000,"));

        // Then both are in thousand metric tons (usgs_series.csv, reason in data/README-usgs.md), with the reason in the note
        Assert.Empty(result.Issues);
        Assert.All(result.Facts.Production, p => Assert.Equal("thousand metric tons", p.Unit));
        Assert.All(result.Facts.Production, p => Assert.Contains("unit corrected", p.Note, StringComparison.Ordinal));
        Assert.Equal(["ilmenite", "rutile"], result.Facts.Production.Select(p => p.Series).Distinct().Order());
    }

    [Fact]
    public void Read_ReserveUnitStatedInNote_UsesThousandTonnesForReservesOnly()
    {
        // Given the U.S. molybdenum row: UNIT_MEAS metric tons, reserves note "(Reserve data is thousand metric tons)." (line 707)
        var result = Import(World(
            "MCS2025,Molybdenum ,United States,\"Mine production, molybdenum content\",metric tons,34000,33000,,,,,3500, (Reserve data is thousand metric tons)."));

        // Then production stays in metric tons and reserves are 3,500 thousand metric tons
        Assert.Empty(result.Issues);
        Assert.All(result.Facts.Production, p => Assert.Equal("metric tons", p.Unit));
        var reserves = Assert.Single(result.Facts.Reserves);
        Assert.Equal(("thousand metric tons", 3500d), (reserves.Unit, reserves.Value!.Value));
    }

    [Fact]
    public void Read_MixedUnitsInOneSeries_IsAnErrorNamingBothLines()
    {
        // Given two rows of one series in different units (not in the release: the check that guards next year's)
        var result = Import(World(
            "MCS2025,Lithium ,Chile,\"Mine production, lithium content\",metric tons,41400,49000,,,,,9300000,",
            "MCS2025,Lithium ,China,\"Mine production, lithium content\",kilograms,35700,41000,,,,,3000000,"));

        // Then the second row is reported at line 3, field UNIT_MEAS, and the file yields nothing
        var issue = Assert.Single(result.Issues);
        Assert.Equal((WorldName, 3, "UNIT_MEAS"), (issue.File, issue.Line, issue.Field));
        Assert.Contains("line 2", issue.Message, StringComparison.Ordinal);
        Assert.Empty(result.Facts.Production);
    }

    [Fact]
    public void Read_LfAndCrlfLineEnds_GiveTheSameFacts()
    {
        // Given the same rows with CRLF (as published) and with LF
        string[] rows =
        [
            "MCS2025,Rare earths,China,\"Mine production, rare-earth-oxide equivalent\",metric tons,255000,270000,,,,,44000000,",
            "MCS2025,Rare earths,Burma,\"Mine production, rare-earth-oxide equivalent\",metric tons,43000,31000,,,,,,NA",
        ];
        var crlf = Import(World(rows));
        var lf = Import(World(rows).Replace("\r\n", "\n", StringComparison.Ordinal));

        // Then the facts are identical and no cell keeps a stray \r
        Assert.Empty(crlf.Issues);
        Assert.Equal(crlf.Facts.Production, lf.Facts.Production);
        Assert.Equal(crlf.Facts.Reserves, lf.Facts.Reserves);
        Assert.Equal("NA (not available)", crlf.Facts.Reserves.Single(r => r.Country.Code == "MMR").Note);
    }

    [Fact]
    public void Read_QuotedCommasInCountryAndType_AreOneField()
    {
        // Given "Korea, Republic of" and "Mine production, antimony content" in quotes
        var result = Import(World(
            "MCS2025,Graphite,\"Korea, Republic of\",Mine production,metric tons,9620,9600,,,,,1800000,",
            "MCS2025,Graphite,\"Korea, North\",Mine production,metric tons,8100,8100,estimated 2023,,,,2000000,"));

        // Then the countries are KOR and PRK (usgs_countries.csv) under the natural-graphite series
        Assert.Empty(result.Issues);
        Assert.Equal(["KOR", "PRK"], result.Facts.Reserves.Select(r => r.Country.Code).Order());
        Assert.All(result.Facts.Production, p => Assert.Equal(("graphite", "natural graphite"), (p.Commodity, p.Series)));
    }

    [Fact]
    public void Read_AggregateRows_AreWorldAndOtherNeverSummed()
    {
        // Given "Other Countries" and the titanium world totals, one of which sits on an ilmenite-typed row (lines 1138-1142)
        var result = Import(World(
            "MCS2025,Titanium Mineral Concentrates,Other Countries,\"Mine production, ilmentite, titanium dioxide (TiO2) content\",metric tons,360,330,,,,,54000,",
            "MCS2025,Titanium Mineral Concentrates,\"World total (ilmenite, rounded)\",\"Mine production, ilmentite, titanium dioxide (TiO2) content\",metric tons,8840,8900,,,,,510000,",
            "MCS2025,Titanium Mineral Concentrates,\"World total (ilmenite and rutile, rounded)\",\"Mine production, ilmentite, titanium dioxide (TiO2) content\",metric tons,9430,9400,,,,,560000,"));

        // Then OTH and two WLD rows in distinct series: ilmenite 8,840 and ilmenite-and-rutile 9,430 (no duplicate-key error)
        Assert.Empty(result.Issues);
        var world2023 = result.Facts.Production.Where(p => p.Country == Iso3.World && p.Year == 2023).ToDictionary(p => p.Series, p => p.Value);
        Assert.Equal(8840d, world2023["ilmenite"]);
        Assert.Equal(9430d, world2023["ilmenite and rutile"]);
        Assert.Contains(result.Facts.Production, p => p.Country == Iso3.Other && p.Value == 360);
    }

    [Fact]
    public void Read_CountryQualifiers_AreStrippedIntoTheNoteButCongoKinshasaIsAName()
    {
        // Given "United States (includes Puerto Rico)" style qualifiers and "Congo (Kinshasa)"
        var result = Import(World(
            "MCS2025,Cobalt,Congo (Kinshasa),\"Mine production, cobalt content, estimated\",metric tons,185000,220000,,,,,6000000,",
            "MCS2025,Zinc,United States (includes Puerto Rico),\"Mine production, zinc content\",thousand metric tons,730,740,,,,,10000,"));

        // Then COD keeps no qualifier; the U.S. row is USA with the qualifier in its note
        Assert.Empty(result.Issues);
        Assert.Contains(result.Facts.Production, p => p.Country.Code == "COD" && p.Note is null && p.Value == 185000);
        var us = result.Facts.Production.First(p => p.Country.Code == "USA");
        Assert.Equal("USGS country qualifier: includes Puerto Rico", us.Note);
    }

    [Fact]
    public void Read_GemaniumMisspelling_IsGermanium()
    {
        // Given the germanium table, spelled "Gemanium" with every value blank (data/usgs/README.md quirk 9)
        var result = Import(World("MCS2025,Gemanium,China,Primary and secondary refinery production,kilograms,,,,,,,,"));

        // Then it is germanium refining with no figures
        Assert.Empty(result.Issues);
        Assert.All(result.Facts.Production, p => Assert.Equal(("germanium", Stage.Refining), (p.Commodity, p.Stage)));
        Assert.All(result.Facts.Production, p => Assert.Null(p.Value));
    }

    [Fact]
    public void Read_EstimateFlags_ComeFromHeaderTypeAndNote()
    {
        // Given a PROD_EST_ 2024 header, a note "estimated 2023", and a row without either
        var result = Import(World(
            "MCS2025,Graphite,Madagascar,Mine production,metric tons,63000,89000,estimated 2023,,,,27000000,",
            "MCS2025,Graphite,Brazil,Mine production,metric tons,66300,68000,,,,,74000000,"));

        // Then 2024 is always an estimate, 2023 only where the note says so
        var flags = result.Facts.Production.ToDictionary(p => (p.Country.Code, p.Year), p => p.IsEstimate);
        Assert.True(flags[("MDG", 2023)]);
        Assert.False(flags[("BRA", 2023)]);
        Assert.True(flags[("BRA", 2024)]);
    }

    [Fact]
    public void Read_CapacityColumns_BecomeCapacityFacts()
    {
        // Given magnesium metal: production, capacity and a reserves column that repeats capacity (line 657)
        var result = Import(World(
            "MCS2025,Magnesium metal,China,Magnesium smelter production,thousand metric tons,805,950,reported,,1800,,1800,"));

        // Then 2 production facts, 1 capacity fact (2024 only; the 2023 cell is blank) and no reserves (usgs_series.csv reason)
        Assert.Empty(result.Issues);
        Assert.Equal(2, result.Facts.Production.Count(p => p.Kind == OutputKind.Production));
        var capacity = Assert.Single(result.Facts.Production, p => p.Kind == OutputKind.Capacity);
        Assert.Equal((2024, 1800d), (capacity.Year, capacity.Value!.Value));
        Assert.Empty(result.Facts.Reserves);
    }

    [Fact]
    public void Read_SkippedSeries_IsCountedWithItsReason()
    {
        // Given two cement rows (not a tracked commodity)
        var result = Import(World(
            "MCS2025,Cement,China,\"Cement production, estimated\",thousand metric tons,2020000,1800000,,,,,,",
            "MCS2025,Cement,India,\"Cement production, estimated\",thousand metric tons,410000,450000,,,,,,"));

        // Then nothing is imported and the skip is reported, never silent
        Assert.Empty(result.Issues);
        Assert.Empty(result.Facts.Production);
        var skipped = Assert.Single(result.Skipped);
        Assert.Equal(("Cement", 2), (skipped.UsgsCommodity, skipped.Rows));
        Assert.NotEmpty(skipped.Reason);
    }

    [Fact]
    public void Read_UnknownSeriesOrCountryOrMarkerInFigure_ReportsEachAndYieldsNothing()
    {
        // Given a valid row, an unknown TYPE, an unknown country and a W inside a figure column
        var result = Import(World(
            "MCS2025,Tin,China,\"Mine production, tin content\",metric tons,68800,69000,,,,,1000000,",
            "MCS2025,Tin,China,\"Smelter production, tin\",metric tons,1,1,,,,,,",
            "MCS2025,Tin,Atlantis,\"Mine production, tin content\",metric tons,1,1,,,,,,",
            "MCS2025,Tin,Peru,\"Mine production, tin content\",metric tons,W,1,,,,,,"));

        // Then each problem names file, line and field, and the file contributes no facts at all
        Assert.Equal([(3, "TYPE"), (4, "COUNTRY"), (5, "PROD_2023")], result.Issues.Select(i => (i.Line, i.Field!)));
        Assert.All(result.Issues, i => Assert.Equal(WorldName, i.File));
        Assert.Contains("expected", result.Issues[2].Message, StringComparison.Ordinal);
        Assert.Empty(result.Facts.Production);
        Assert.Empty(result.Facts.Reserves);
        Assert.True(result.Files[0].HasErrors);
    }

    [Fact]
    public void Read_TruncatedLine_IsAnError()
    {
        // Given a line cut short after the unit
        var result = Import(World("MCS2025,Tin,China,\"Mine production, tin content\",metric tons"));

        // Then the line is reported with the expected field count
        var issue = Assert.Single(result.Issues);
        Assert.Equal(2, issue.Line);
        Assert.Contains("expected 13 fields", issue.Message, StringComparison.Ordinal);
    }
}
