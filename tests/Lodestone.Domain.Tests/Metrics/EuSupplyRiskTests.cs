using Lodestone.Domain.Metrics;
using Lodestone.Domain.Model;

namespace Lodestone.Domain.Tests.Metrics;

public class EuSupplyRiskTests
{
    private static readonly Iso3 Chn = new("CHN");
    private static readonly Iso3 Aus = new("AUS");
    private static readonly Dictionary<Iso3, double> Wgi = new() { [Chn] = 6, [Aus] = 2 };
    private static readonly Dictionary<Iso3, double> Trade = new() { [Chn] = 1, [Aus] = 1 };

    [Fact]
    public void HhiWgiT_TwoSuppliers_MatchesHandWorkedValue()
    {
        // Given CHN 80 % (WGI 6, t 1) and AUS 20 % (WGI 2, t 1)
        // When / Then: (80² · 6 + 20² · 2) / 10,000 = (38,400 + 800) / 10,000 = 3.92
        var result = EuSupplyRisk.HhiWgiT([new SupplierShare(Chn, 80), new SupplierShare(Aus, 20)], Wgi, Trade);

        Assert.Equal(3.92, result.Value!.Value, 12);
    }

    [Fact]
    public void Stage_AllInputs_BlendsGlobalAndEuSourcingByImportReliance()
    {
        // Given global 3.92 (above), EU sourcing CHN 50 / AUS 50 → (2500·6 + 2500·2)/10,000 = 2.0,
        // IR 0.5, EoL-RIR 0.1, SI 0.9
        var inputs = new EuStageInputs("processing", [new SupplierShare(Chn, 80), new SupplierShare(Aus, 20)],
            [new SupplierShare(Chn, 50), new SupplierShare(Aus, 50)], 0.5, 0.1, 0.9);

        // When
        var sr = EuSupplyRisk.Stage(inputs, Wgi, Trade);

        // Then: [3.92 · 0.25 + 2.0 · 0.75] · 0.9 · 0.9 = 2.48 · 0.81 = 2.0088
        Assert.Equal(MetricStatus.Ok, sr.Status);
        Assert.Equal(2.0088, sr.Value!.Value, 12);
    }

    [Fact]
    public void Reported_TwoStages_IsTheHigherStage()
    {
        // Given lithium's EU CRM 2023 stage results: extraction 0.8, processing 1.9 (Grohol & Veeh 2023 via the domain primer)
        var extraction = MetricResult.Ok("eu_supply_risk_extraction", 0.8, []);
        var processing = MetricResult.Ok("eu_supply_risk_processing", 1.9, []);

        // When / Then: the reported SR is max(0.8, 1.9) = 1.9, as published
        Assert.Equal(1.9, EuSupplyRisk.Reported(extraction, processing).Value);
    }

    [Theory]
    [InlineData(1.9, 3.9, true)]    // lithium 2023: critical
    [InlineData(0.1, 4.0, false)]   // copper 2023: SR below 1, not critical
    [InlineData(1.0, 2.8, true)]    // both exactly at the thresholds: SR ≥ 1 and EI ≥ 2.8
    [InlineData(0.99, 5.0, false)]  // SR just below
    [InlineData(3.0, 2.79, false)]  // EI just below
    public void IsCritical_Thresholds_FollowTheEuRule(double sr, double ei, bool expected)
    {
        Assert.Equal(expected, EuSupplyRisk.IsCritical(sr, ei));
    }

    [Fact]
    public void Stage_MissingEuSourcingAndTradeParameter_IsInsufficientWithReasons()
    {
        // Given global supply with no t for AUS and no EU sourcing data
        var inputs = new EuStageInputs("extraction", [new SupplierShare(Chn, 80), new SupplierShare(Aus, 20)], null, 0.5, 0.1, 0.9);

        // When
        var sr = EuSupplyRisk.Stage(inputs, Wgi, new Dictionary<Iso3, double> { [Chn] = 1 });

        // Then: no value, and the reason names what is missing (never a default t = 1)
        Assert.Equal(MetricStatus.InsufficientData, sr.Status);
        Assert.Null(sr.Value);
        Assert.Contains("EU sourcing", sr.Reason);
        Assert.Contains("trade parameter t missing for AUS", sr.Reason);
    }

    [Fact]
    public void Reported_OneStageInsufficient_IsInsufficient()
    {
        var reported = EuSupplyRisk.Reported(MetricResult.Ok("eu_supply_risk_extraction", 2.0, []),
            MetricResult.Insufficient("eu_supply_risk_processing", "missing: EoL-RIR", []));

        Assert.True(reported.IsInsufficient);
        Assert.Contains("EoL-RIR", reported.Reason);
    }

    [Theory]
    [InlineData(2.5, 0)]    // best governance
    [InlineData(-2.5, 10)]  // worst
    [InlineData(0, 5)]      // middle: (0 − 2.5) · (−2) = 5
    public void WgiScaleToEuScale_Endpoints_MapTo0And10(double mean, double expected)
    {
        Assert.Equal(expected, WgiScale.ToEuScale(mean), 12);
    }
}
