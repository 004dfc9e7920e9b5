using Lodestone.Data.Loading;
using Lodestone.Domain.Facts;
using Lodestone.Domain.Model;
using Lodestone.Domain.Trade;

namespace Lodestone.Data.Tests.Storage;

/// <summary>Hand-written facts that exercise what the default data does not: every NIR kind, capacity rows, nulls,
/// a region-only share, exact decimals with a scale, empty lists, partial dates and non-ASCII text.</summary>
internal static class EdgeFacts
{
    public static FactSet Create()
    {
        var source = new Source("src-edge", "Edge-case source — «quoted», ünïcode; with, commas", null, "https://example.org/a?b=1&c=2",
            new PartialDate(2025, 2), "read via: test");
        var usa = new Iso3("USA");
        NetImportRelianceFact Nir(int year, NetImportReliance value) =>
            new("gallium", "gallium", usa, year, value, year == 2020 ? null : "note " + value, source.Id);
        return FactSet.Empty with
        {
            Sources = [source],
            Production =
            [
                // A capacity row and a production row of the same series and year are different facts.
                new ProductionFact("gallium", Stage.Refining, "refinery production", new Iso3("CHN"), 2024, 0.1 + 0.2, "kilograms",
                    IsEstimate: true, IsLowerBound: false, Note: null, source.Id, OutputKind.Capacity),
                new ProductionFact("gallium", Stage.Refining, "refinery production", new Iso3("CHN"), 2024, null, "kilograms",
                    IsEstimate: false, IsLowerBound: true, Note: "W", source.Id),
            ],
            Reserves = [new ReserveFact("gallium", Iso3.World, 2024, double.Epsilon, "t", IsLowerBound: true, "lower bound", source.Id, "gallium (bauxite)")],
            NetImportReliance =
            [
                Nir(2018, NetImportReliance.Exact(99.5)),
                Nir(2019, new NetImportReliance(NirKind.GreaterThan, 50)),
                Nir(2020, new NetImportReliance(NirKind.LessThan, 25)),
                Nir(2021, new NetImportReliance(NirKind.NetExporter, null)),
                Nir(2022, new NetImportReliance(NirKind.Withheld, null)),
                Nir(2023, new NetImportReliance(NirKind.NotAvailable, null)),
            ],
            ImportSources = [new ImportSourceFact("gallium", usa, Iso3.Other, new Share(1.0 / 3.0), "2020-23", null, source.Id)],
            StageShares =
            [
                new StageShareFact("gallium", Stage.Components, "magnets", 2030, "projection (base case)", IsProjection: true, IsProxy: false,
                    Rank: null, Country: null, Region: "Europe", Share: null, Qualifier: "~", Value: null, Unit: null, WorldTotal: null,
                    Derived: null, source.Id, Notes: null),
            ],
            ExportControls =
            [
                new ExportControl("EDGE-1", new PartialDate(2023), null, new Iso3("CHN"), null, [], "all dual-use items", null, [],
                    null, "licence", [], "all destinations", "suspended", new PartialDate(2025, 11, 9), new PartialDate(2025, 11, 10),
                    new PartialDate(2026, 11, 27), source.Id, null),
            ],
            Agreements =
            [
                new Agreement("EDGE-A", new PartialDate(2024, 2, 29), [usa, new Iso3("JPN")], ["EU"], "MoU", ["gallium", "germanium"],
                    "gallium; germanium", 500000000.50m, "USD, as published", "Summary with \"quotes\"\nand a new line", "signed", source.Id, null),
            ],
            Projects =
            [
                new Project("EDGE-P", "Plant", new Iso3("CAN"), null, null, [], "unknown mineral", [Stage.Refining, Stage.Recycling],
                    "refining; recycling", 1e-7, 1e12, null, "planned", null, new PartialDate(2027), 0m, null, null, null, source.Id, "n"),
            ],
            TradeFlows =
            [
                // Missing tonnage stays null; an unknown revision stays null; a value that is not a short decimal survives bit for bit.
                new TradeFlow(2024, new Iso3("CHN"), usa, "811292", 1.0 / 3.0, null, source.Id),
                // The same flow in another HS revision is another fact.
                new TradeFlow(2024, new Iso3("CHN"), usa, "811292", 52051, 13.235, source.Id, "HS17"),
                new TradeFlow(2024, new Iso3("CHN"), usa, "811292", 1e-300, double.Epsilon, source.Id, "HS92"),
            ],
            TradeMeasures =
            [
                // A country-wide measure: no commodity, no effective date, no rate, non-ASCII scope.
                new TradeMeasure("EDGE-M", new PartialDate(1974), null, "trade_status", usa, [new Iso3("KAZ"), new Iso3("UZB")], [],
                    "Jackson–Vanik: “non-market” status", null, "subject", new PartialDate(2025, 11), "s", source.Id, null),
                new TradeMeasure("EDGE-M2", new PartialDate(2024, 9, 13), new PartialDate(2026, 1, 1), "tariff", usa, [], ["graphite", "rare earths"],
                    "natural graphite", "0% to 25%", "scheduled", null, "s2", source.Id, "n"),
            ],
        };
    }
}
