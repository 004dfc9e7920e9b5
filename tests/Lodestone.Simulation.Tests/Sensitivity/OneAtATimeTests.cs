using Lodestone.Simulation.Distributions;
using Lodestone.Simulation.Engine;
using Lodestone.Simulation.Sensitivity;
using Lodestone.Simulation.Tests.Engine;

namespace Lodestone.Simulation.Tests.Sensitivity;

public class OneAtATimeTests
{
    /// <summary>
    /// A two-parameter model worked by hand: China supplies every import, a licensing regime from month 1 stops a share
    /// 1 − A of it, and no response acts (no stock, spare capacity, substitution or demand reduction), so the shortfall
    /// fraction in month 1 is u = NIR·(1 − A). NIR ~ uniform(0.4, 0.8): P10 0.44, P50 0.60, P90 0.76.
    /// A ~ uniform(0, 0.8): P10 0.08, P50 0.40, P90 0.72.
    /// Base (medians): 0.60 × 0.60 = 0.36.
    /// NIR swung: 0.44 × 0.60 = 0.264 and 0.76 × 0.60 = 0.456, swing 0.192.
    /// A swung: 0.60 × 0.92 = 0.552 and 0.60 × 0.28 = 0.168, swing 0.384: the approval rate ranks first.
    /// </summary>
    private static SimulationModel TwoParameterModel()
    {
        var model = new TestModel { Horizon = 3 }.Import("CHN", 1).Ban("CHN", 1, 3).Build();
        var parameters = model.Parameters.ToList();
        var market = model.Markets[0];
        parameters[market.Parameters.NetImportReliance] = new Parameter("nir", new Uniform(0.4, 0.8), "hand-worked test value", true);
        parameters[market.Events[0].ApprovalRate] = new Parameter("approval", new Uniform(0, 0.8), "hand-worked test value", true);
        return model with { Parameters = parameters };
    }

    [Fact]
    public void Analyse_TwoParameterModel_SwingsAndRankingAsWorkedByHand()
    {
        // Given the hand-worked model
        var model = TwoParameterModel();

        // When the shortfall in month 1 is analysed
        var report = OneAtATime.Analyse(model, Metric.ShortfallFraction, 1);

        // Then only the two uncertain parameters are swung, and the figures are those worked out above
        Assert.Equal(2, report.Parameters);
        var market = Assert.Single(report.Markets);
        Assert.Equal(0.36, market.Base, 12);
        Assert.Equal(["approval", "nir"], market.Drivers.Select(d => d.Parameter));
        var approval = market.Drivers[0];
        Assert.Equal(0.08, approval.Low, 12);
        Assert.Equal(0.72, approval.High, 12);
        Assert.Equal(0.552, approval.AtLow, 12);
        Assert.Equal(0.168, approval.AtHigh, 12);
        Assert.Equal(0.384, approval.Swing, 12);
        var nir = market.Drivers[1];
        Assert.Equal(0.264, nir.AtLow, 12);
        Assert.Equal(0.456, nir.AtHigh, 12);
        Assert.Equal(0.192, nir.Swing, 12);
    }

    [Fact]
    public void Analyse_MonthOutsideHorizon_Refused()
    {
        // Given a three-month model
        var model = TwoParameterModel();

        // Then month 4 is refused
        Assert.Throws<ArgumentOutOfRangeException>(() => OneAtATime.Analyse(model, Metric.ShortfallFraction, 4));
    }

    [Fact]
    public void Analyse_ShippedScenario_EveryMarketAnalysedAndDriversOrdered()
    {
        // Given the announced partnerships, where Wagerup gallium (expected 2026) ramps up within the 36 months
        var model = ScenarioFixture.Compile("announced-partnerships");

        // When the effective share in the last month (36 = 2028-10) is analysed
        var report = OneAtATime.Analyse(model, Metric.EffectiveConcernShare, 36);

        // Then every market appears, drivers are ordered by swing, every driver is a parameter of its own market,
        // and the Wagerup project's parameters move gallium's share
        Assert.Equal(model.Markets.Count, report.Markets.Count);
        Assert.Equal("2028-10", report.Date);
        foreach (var market in report.Markets)
        {
            Assert.Equal(market.Drivers.OrderByDescending(d => d.Swing).Select(d => d.Swing), market.Drivers.Select(d => d.Swing));
            Assert.All(market.Drivers, d => Assert.StartsWith(market.Commodity + "/" + market.Stage + ".", d.Parameter, StringComparison.Ordinal));
        }
        Assert.Contains(report.Markets.Single(m => m.Commodity == "gallium").Drivers, d => d.Parameter.Contains("ALCOA-WAGERUP-GA", StringComparison.Ordinal));
    }
}
