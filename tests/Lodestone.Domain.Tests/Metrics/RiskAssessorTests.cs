using Lodestone.Domain.Metrics;
using Lodestone.Domain.Model;
using Lodestone.Testing;

namespace Lodestone.Domain.Tests.Metrics;

public class RiskAssessorTests
{
    private static readonly Iso3 Usa = new("USA");

    [Fact]
    public void AssessEu_Gallium_IsInsufficientWithReasonButShowsPublishedCriticality()
    {
        // When the EU method runs on the shipped data (no EU sourcing, no trade parameter t, no EoL-RIR)
        var assessment = RiskAssessor.Assess(DefaultData.Dataset, "gallium", RiskMethod.Eu, Usa);

        // Then there is no value, the reason names the missing inputs, and the published 2023 SR 3.9 / EI 3.7
        // (Grohol & Veeh 2023 via CritMAT) classify gallium as critical
        Assert.Equal(MetricStatus.InsufficientData, assessment.Result.Status);
        Assert.Null(assessment.Result.Value);
        Assert.Contains("EU sourcing", assessment.Result.Reason);
        Assert.Contains("trade parameter t", assessment.Result.Reason);
        Assert.True(assessment.CriticalPublished);
    }

    [Fact]
    public void AssessUsgs_AnyCommodity_IsInsufficientNamingTheComponents()
    {
        var assessment = RiskAssessor.Assess(DefaultData.Dataset, "cobalt", RiskMethod.Usgs, Usa);

        Assert.True(assessment.Result.IsInsufficient);
        Assert.Contains("disruption potential", assessment.Result.Reason);
    }

    [Fact]
    public void AssessGeoPolRisk_JapanBeryllium_IsTheHandWorkedScoreOnBaciFlows()
    {
        // Worked by hand from the formula (docs/metrics.md: score = HHI · Σ gᵢ·fᵢ ÷ (p + F), gᵢ = (2.5 − PV) ÷ 5), not from the code:
        // - HHI of world beryllium mine production 2024 (data/usgs/MCS2025_World_Data.csv, t Be content; world total 360):
        //   USA 180, BRA 80, CHN 77, MOZ 24, MDG 1, RWA 1, UGA 1 → (180² + 80² + 77² + 24² + 1 + 1 + 1) ÷ 360² = 45,308 ÷ 129,600.
        // - p = 0: Japan is not listed and the list has no "other countries" row (the listed rows make up the world total).
        // - fᵢ: Japan's imports of HS 8112.12 (beryllium, unwrought; powders) in BACI HS17 V202601 2024
        //   (data/trade/baci_hs17_v202601_2024_critical.csv): 1.0 t from China, 0.269 t from the USA → shares 1 ÷ 1.269 and
        //   0.269 ÷ 1.269, F = 1 (shares stand in for tonnes when p = 0).
        // - gᵢ from WGI 2023 PV.EST (data/governance_wgi.csv): CHN −0.513097047805786 → 0.6026194095611572;
        //   USA 0.029424749314785 → 0.494115050137043.
        const double hhi = 45_308d / 129_600d;
        const double chn = (2.5 + 0.513097047805786) / 5, usa = (2.5 - 0.029424749314785) / 5;
        const double expected = hhi * (chn * (1 / 1.269) + usa * (0.269 / 1.269)); // 0.202634044684…

        var assessment = RiskAssessor.Assess(DefaultData.Dataset, "beryllium", RiskMethod.GeoPolRisk, new Iso3("JPN"), 2024);

        Assert.Equal(MetricStatus.Ok, assessment.Result.Status);
        Assert.Equal(expected, assessment.Result.Value!.Value, 12);
        Assert.Equal(0.2026340447, assessment.Result.Value!.Value, 10);
        var imports = assessment.Imports!;
        Assert.Equal((true, "2024", "HS 8112.12"), (imports.FromBaci, imports.Period, imports.Category));
        Assert.Equal(["CHN", "USA"], imports.Partners.Select(p => p.Partner.Code));
        Assert.Equal(1 / 1.269, imports.Partners[0].Share, 12);
        Assert.Equal(["cepii-baci-hs17-v202601"], imports.SourceIds);
    }

    [Fact]
    public void AssessGeoPolRisk_NonUsImporter_ReadsBaciWhereItUsedToSayNoImportShares()
    {
        // Japan has no USGS import sources: before, every commodity said "no import-source shares for JPN"
        var data = DefaultData.Dataset;
        var withShares = RiskAssessor.Commodities(data)
            .Select(c => RiskAssessor.Assess(data, c, RiskMethod.GeoPolRisk, new Iso3("JPN"), 2024))
            .Where(a => a.Imports is { HasShares: true })
            .ToList();

        Assert.All(withShares, a => Assert.True(a.Imports!.FromBaci));
        Assert.Contains(withShares, a => a.Commodity == "graphite" && a.Result.Status == MetricStatus.Bounded);
        Assert.True(withShares.Count >= 5, $"only {withShares.Count} commodities with import shares for JPN");
        // A bundle code says who shipped, not how much of one metal: no partners, the reason named
        var gallium = RiskAssessor.Assess(data, "gallium", RiskMethod.GeoPolRisk, new Iso3("JPN"), 2024).Result;
        Assert.True(gallium.IsInsufficient);
        Assert.Contains("HS 8112.92 is a bundle", gallium.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void AssessGeoPolRisk_EveryCommodity_NeverGivesAValueOutside0And1()
    {
        foreach (var commodity in RiskAssessor.Commodities(DefaultData.Dataset))
        {
            var result = RiskAssessor.Assess(DefaultData.Dataset, commodity, RiskMethod.GeoPolRisk, Usa).Result;
            if (!result.IsInsufficient)
            {
                Assert.InRange(result.Lower!.Value, 0, 1);
                Assert.InRange(result.Upper!.Value, result.Lower.Value, 1);
            }
            else
            {
                Assert.False(string.IsNullOrEmpty(result.Reason));
            }
        }
    }
}
