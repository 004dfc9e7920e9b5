using Lodestone.Simulation.Engine;

namespace Lodestone.Simulation.Tests.Engine;

/// <summary>Hand-worked cases of the equations in docs/simulation.md. Units: 1 = the importer's base monthly demand.</summary>
public class SimulationEngineTests
{
    [Fact]
    public void Simulate_SingleSupplierBanWithThreeMonthsOfStock_FirstShortfallInMonth4()
    {
        // Given one supplier (CHN, 100 % of imports, NIR 100 %) that bans exports from month 1, 3 months of stock, no other response.
        // By hand (eq. 8, 10): L = 1 each month; Z = min(1, K) draws K from 3 → 2 → 1 → 0; U = L − Z = 0, 0, 0, then 1 in month 4.
        var model = new TestModel().Import("CHN", 1).Set("stock", 3).Ban("CHN", 1, 12).Build();

        // When
        var months = SingleRun.Simulate(model)[0];

        // Then
        Assert.Equal([0.0, 0.0, 0.0, 1.0, 1.0], months.Take(5).Select(m => m.ShortfallFraction));
        Assert.Equal([2.0, 1.0, 0.0, 0.0], months.Take(4).Select(m => m.Stock));
        Assert.Equal(4, months.First(m => m.Shortfall > 0).Month);
    }

    [Fact]
    public void Simulate_SpareCapacityWithTwoMonthLag_ArrivesInMonth3AndGrows()
    {
        // Given CHN and DEU each 50 % of imports (NIR 100 %); CHN bans exports to the importer from month 1.
        // World market ω = 10 importer units, CHN 50 % of it, spare φ = 2 % of non-CHN output, growth 12 % of the market per year, lag 2.
        // By hand (eq. 9): L = 0.5. Spare pool S(a) = ω·((1 − 0.5)·0.02 + 0.12·(a − 2)/12) = 0.1 + 0.1·(a − 2) for age a > 2, else 0.
        // Month 1, 2: S = 0 → U = 0.5. Month 3: S = 0.2 → U = 0.3. Month 4: 0.3 → 0.2. Month 5: 0.4 → 0.1. Month 6: 0.5 → 0.
        var model = new TestModel().Import("CHN", 0.5).Import("DEU", 0.5)
            .Set("world_to_importer", 10).Set("concern_world_share", 0.5).Set("spare", 0.02).Set("non_concern_growth", 0.12).Set("spare_lag", 2)
            .Ban("CHN", 1, 12).Build();

        // When
        var months = SingleRun.Simulate(model)[0];

        // Then
        var expected = new[] { 0.5, 0.5, 0.3, 0.2, 0.1, 0.0, 0.0 };
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i], months[i].Shortfall, 12);
        }
        // Spare supply is all from outside the concern, so the concern's share of flows is 0 under the ban.
        Assert.Equal(0.0, months[2].ConcernShare, 12);
    }

    [Fact]
    public void Simulate_ProjectWithDelayAndRamp_RampsLinearlyFromDelayedStart()
    {
        // Given CHN 100 % of imports; an AUS project of 120 t/yr against demand of 1,200 t/yr (full output = 0.1 of demand),
        // expected start month 3 (index 2), delayed 3 months, 4-month linear ramp (eq. 7):
        // output(m) = 0.1·clamp((m − 1 − (2 + 3) + 1)/4, 0, 1) → months 1–5: 0; 6: 0.025; 7: 0.05; 8: 0.075; 9 on: 0.1.
        var model = new TestModel().Import("CHN", 1).Project("AUS", 120, 1200, startMonthIndex: 2, delay: 3, ramp: 4).Build();

        // When
        var months = SingleRun.Simulate(model)[0];
        var aus = model.Markets[0].Origins.ToList().IndexOf("AUS");

        // Then: project output displaces imports proportionally, so the concern's share is 1 − output.
        var expected = new[] { 0, 0, 0, 0, 0, 0.025, 0.05, 0.075, 0.1, 0.1 };
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i], months[i].OriginSupply[aus], 12);
            Assert.Equal(1 - expected[i], months[i].ConcernShare, 12);
        }
    }

    [Fact]
    public void Simulate_SuspendedBan_NoShortfallDuringSuspension()
    {
        // Given a ban in force in months 1–2 and 6–12 only (suspended 3–5), no stock and no response
        var model = new TestModel().Import("CHN", 1).Ban("CHN", 1, 2).Ban("CHN", 6, 12).Build();

        // When
        var months = SingleRun.Simulate(model)[0];

        // Then the whole of demand is short exactly in the months the ban applies
        Assert.Equal([1.0, 1.0, 0, 0, 0, 1.0, 1.0], months.Take(7).Select(m => m.ShortfallFraction));
    }

    [Fact]
    public void Simulate_LicensingWithApprovalRate_ShortByUnlicensedShare()
    {
        // Given CHN 60 % of imports, NIR 50 % (so 30 % of demand from CHN), licensing with 25 % of flows approved, no response.
        // By hand (eq. 2, 3, 8): b_CHN = 0.5·0.6 = 0.3, e = 1·(1 − 0.25) = 0.75, L = 0.3·0.75 = 0.225 of demand.
        // Price (eq. 12) with η = 1: P = 1 + 0.225 = 1.225.
        var model = new TestModel().Set("nir", 0.5).Import("CHN", 0.6).Import("CAN", 0.4).Ban("CHN", 1, 12, approval: 0.25).Build();

        // When
        var first = SingleRun.Simulate(model)[0][0];

        // Then
        Assert.Equal(0.225, first.ShortfallFraction, 12);
        Assert.Equal(1.225, first.PriceIndex, 12);
        // Flows: domestic 0.5, CAN 0.2, CHN 0.3·0.25 = 0.075 → concern share 0.075 / 0.775.
        Assert.Equal(0.075 / 0.775, first.ConcernShare, 12);
    }
}
