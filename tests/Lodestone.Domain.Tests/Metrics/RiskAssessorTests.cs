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
    public void AssessGeoPolRisk_UsLithiumWithWithheldProduction_IsBoundedByTheNir()
    {
        // Worked by hand from the files, not from the code:
        // - HHI of world lithium mine production 2024 (data/usgs/MCS2025_World_Data.csv, t Li content, world 240,000
        //   "excludes U.S. production"): ARG 18,000, AUS 88,000, BRA 10,000, CAN 4,300, CHL 49,000, CHN 41,000,
        //   NAM 2,700, PRT 380, ZWE 22,000 → Σ v² = 12,759,924,400 ÷ 240,000² = 0.221526465…
        // - p: the U.S. row is withheld ("W for 23-24"), so p + F is not known in tonnes; USGS's NIR ">50" (2024) says
        //   imports are at least 50 % of supply: m = F ÷ (p + F) ∈ [0.5, 1] (exposure: made at home 0–50 %).
        // - fᵢ: USGS import sources 2021-24 (data/usgs_mcs_us_trade.csv): Chile 54 %, Argentina 43 %, other 3 %.
        // - gᵢ (WGI 2023 PV.EST, data/governance_wgi.csv): CHL 0.13615994155407 → (2.5 − 0.13616) ÷ 5
        //   = 0.472768011689186; ARG −0.127517908811569 → 0.525503581762314; OTH unknown → [0, 1].
        // → low = HHI · (0.54 · 0.472768… + 0.43 · 0.525503…) · 0.5; high = HHI · (… + 0.03 · 1) · 1.
        const double hhi = 12_759_924_400d / (240_000d * 240_000d);
        const double chl = (2.5 - 0.13615994155407) / 5, arg = (2.5 + 0.127517908811569) / 5;
        const double known = 0.54 * chl + 0.43 * arg; // 0.481261266…

        var result = RiskAssessor.Assess(DefaultData.Dataset, "lithium", RiskMethod.GeoPolRisk, Usa, 2024).Result;

        Assert.Equal(MetricStatus.Bounded, result.Status);
        Assert.Equal(hhi * known * 0.5, result.Lower!.Value, 12);
        Assert.Equal(hhi * (known + 0.03), result.Upper!.Value, 12);
        Assert.Equal(0.0533060536, result.Lower!.Value, 10);
        Assert.Contains("net import reliance >50 (2024)", result.Reason, StringComparison.Ordinal);
        Assert.Contains("OTH", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void AssessGeoPolRisk_JapanArsenic_IsBoundedByTheMassBalanceOfItsOwnOutputAndBaciImports()
    {
        // Worked by hand from the files, not from the code (before: insufficient_data, "missing: total imports F"):
        // - HHI of world arsenic trioxide plant production 2024 (data/usgs/MCS2025_World_Data.csv, t, world 58,000):
        //   BEL 1,000, CHN 24,000, JPN 40, MAR 6,000, PER 27,000, RUS 200 → Σ v² = 1,342,041,600 ÷ 58,000² = 0.398942…
        // - p = 40 t (Japan's own row); F: BACI 2024 HS 2804.80 (data/trade/baci_hs17_v202601_2024_critical.csv):
        //   Japan imported 20.074 t from China and 0.961 t from Germany = 21.035 t gross; the arsenic content of the
        //   code is not published, so the content is in [0, 21.035] t and m = F ÷ (p + F) ∈ [0, 21.035 ÷ 61.035]
        //   (exposure: made at home 65.5–100 %).
        // - gᵢ: CHN (2.5 + 0.513097047805786) ÷ 5 = 0.602619409561157; DEU (2.5 − 0.586989283561707) ÷ 5
        //   = 0.382602143287659.
        const double hhi = 1_342_041_600d / (58_000d * 58_000d);
        const double chn = (2.5 + 0.513097047805786) / 5, deu = (2.5 - 0.586989283561707) / 5;
        const double weighted = (20.074 * chn + 0.961 * deu) / 21.035;

        var result = RiskAssessor.Assess(DefaultData.Dataset, "arsenic", RiskMethod.GeoPolRisk, new Iso3("JPN"), 2024)
            .Result;

        // Then a bound over the unknown content, not insufficient_data; its low end is 0 because the content may be nil
        Assert.Equal(MetricStatus.Bounded, result.Status);
        Assert.Equal(0, result.Lower!.Value);
        Assert.Equal(hhi * weighted * (21.035 / 61.035), result.Upper!.Value, 12);
        Assert.Contains("mass balance in tonnes", result.Reason, StringComparison.Ordinal);
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
