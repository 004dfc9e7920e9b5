using Lodestone.Data;
using Lodestone.Queries.Brief;
using Lodestone.Queries.Claims;
using Lodestone.Queries.Exposure;
using Lodestone.Queries.Risk;
using Lodestone.Simulation.Scenarios;
using Lodestone.Testing;

namespace Lodestone.Cli.Tests.Queries;

/// <summary>Different questions that show the same figure show the same value, over the whole default dataset (issue 11:
/// "check answers against each other across the whole dataset"). The identity tests compare one question's CLI and API
/// documents; these compare one question's figure with another question's.</summary>
public sealed class CrossQuestionAgreementTests
{
    private static readonly DateOnly Today = new(2026, 12, 4);

    private static ScenarioLibrary Library => new(ScenarioPaths.DefaultDirectory, DataPaths.DefaultDataDirectory);

    /// <summary>The vintages checked: the default (newest complete), a past year and the MCS 2026 year, where the NIR differs
    /// (antimony 85 % in 2024, 91 % in 2025: the claims once read 2025 while exposure read 2024, 50.1 % against 46.8 %).</summary>
    public static TheoryData<int?> Years() => new() { null, 2023, 2025 };

    /// <summary>Years the claim's scenario can be compiled for (2023 lacks gallium's import sources: see the error test).</summary>
    public static TheoryData<int?> ClaimYears() => new() { null, 2025 };

    [Fact]
    public void Claims_OfAYearWithoutTheScenariosInputs_SayWhichInputAndYear()
    {
        // Given 2023: USGS's gallium import sources are published for 2021-24 only, so no list ends in 2023 (exposure shows none either)
        var data = DefaultData.Dataset;
        var request = ClaimsQuestion.Request(Library, data, null, ClaimsQuestion.MinRuns, null, year: 2023);

        // Then the claim is not evaluated on a later year's inputs: the error names the input, the scenario line and the year
        var e = Assert.Throws<Domain.Errors.LodestoneException>(() => ClaimsQuestion.Answer(data, request, Library));
        Assert.Contains("data of 2023", e.Message, StringComparison.Ordinal);
        Assert.Contains("gallium", e.Message, StringComparison.Ordinal);
        Assert.Contains("ending in 2023 or before", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ClaimYears))]
    public void ClaimsTracedNow_EqualsExposureTraced_ForEveryMarketOfEveryClaim(int? year)
    {
        // Given the claims and the exposure questions asked for the same data year, importer and supplier (the claim's scenario: USA, CHN)
        var data = DefaultData.Dataset;
        var claims = ClaimsQuestion.Answer(data, ClaimsQuestion.Request(Library, data, null, ClaimsQuestion.MinRuns, null, year: year), Library);

        // Then every "traced now" of every claim is exposure's traced share at that stage, to the digit, and names the same year
        Assert.Equal(QueryInputYear(year), claims.Year);
        var checkedMarkets = 0;
        foreach (var v in claims.Claims.SelectMany(c => c.Commodities))
        {
            var exposure = ExposureQuestion.Answer(data, ExposureQuestion.Request(data, "USA", "CHN", v.Commodity, v.Stage, year, null, Today));
            var traced = exposure.Commodities.Single().Stages.Single().Traced;
            Assert.Equal(traced?.Low, v.TracedNowLow);
            Assert.Equal(traced?.High, v.TracedNowHigh);
            checkedMarkets++;
        }
        Assert.True(checkedMarkets >= 7, $"only {checkedMarkets} markets compared");
    }

    [Theory]
    [MemberData(nameof(Years))]
    public void BriefTracedShares_EqualExposureTraced_ForEveryCommodityAndStage(int? year)
    {
        // Given the brief and the exposure of every commodity, same importer, supplier, year and date
        var data = DefaultData.Dataset;
        var brief = BriefQuestion.Answer(data, BriefQuestion.Request(data, null, null, year, null, Today));
        var exposure = ExposureQuestion.Answer(data, ExposureQuestion.Request(data, null, null, null, null, year, null, Today))
            .Commodities.ToDictionary(c => c.Commodity);

        // Then each stage's traced bounds and world share (or its bound, for an unlisted supplier) in the brief are
        // exposure's
        var compared = 0;
        var bounds = 0;
        var differ = new List<string>();
        foreach (var row in brief.Rows)
        {
            foreach (var (stage, summary) in row.Stages)
            {
                var stageRow = exposure.TryGetValue(row.Commodity, out var c) ? c.Stages.SingleOrDefault(s => s.Stage == stage) : null;
                void Same(string what, double? inExposure, double? inBrief)
                {
                    if (inExposure != inBrief)
                    {
                        differ.Add($"{row.Commodity} {stage} {what}: exposure {inExposure?.ToString() ?? "null"}, brief {inBrief?.ToString() ?? "null"}");
                    }
                }
                Same("traced low", stageRow?.Traced?.Low, summary?.TracedShareLow);
                Same("traced high", stageRow?.Traced?.High, summary?.TracedShareHigh);
                if (summary?.SupplierShare is { } share)
                {
                    Same("world share", stageRow?.Direct, share);
                    compared++;
                }
                else if (stageRow is not null)
                {
                    Same("world share bound", stageRow.DirectUpper, summary?.SupplierShareUpper);
                    bounds += summary?.SupplierShareUpper is null ? 0 : 1;
                }
            }
        }
        Assert.True(differ.Count == 0, string.Join("\n", differ));
        Assert.True(compared >= 30, $"only {compared} world shares compared");
        Assert.True(bounds >= 4, $"only {bounds} world-share bounds compared");
    }

    public static TheoryData<string, int?> ImportersAndYears() => new() { { "USA", null }, { "USA", 2023 }, { "JPN", null }, { "DEU", 2023 } };

    [Theory]
    [MemberData(nameof(ImportersAndYears))]
    public void BriefImportShare_IsExposuresImportShare_ForEveryCommodity(string importer, int? year)
    {
        // Given the brief's "Imp." column and exposure's import row, same importer, supplier, year and date. They were once two
        // computations: exposure read the traced partners (cobalt 0 % for the USA, CHN being unlisted by USGS) while the brief read
        // USGS's list (cobalt ≤ 14 %), and the brief showed "—" where exposure had BACI's share (arsenic 94.6 %).
        var data = DefaultData.Dataset;
        var brief = BriefQuestion.Answer(data, BriefQuestion.Request(data, importer, null, year, null, Today));
        var exposure = ExposureQuestion.Answer(data, ExposureQuestion.Request(data, importer, null, null, null, year, null, Today))
            .Commodities.ToDictionary(c => c.Commodity);

        // Then each commodity's share, bound and period are the same, and a share is never 0 where only a bound is known
        var differ = new List<string>();
        var withFigure = 0;
        foreach (var row in brief.Rows)
        {
            var i = row.SupplierShareOfImports;
            var c = exposure.GetValueOrDefault(row.Commodity);
            if ((c?.ImportShare, c?.ImportShareUpper, c?.ImportPeriod) != (i?.Share, i?.ShareUpper, i?.Period))
            {
                differ.Add($"{row.Commodity}: exposure {c?.ImportShare}/≤{c?.ImportShareUpper} {c?.ImportPeriod}, brief {i?.Share}/≤{i?.ShareUpper} {i?.Period}");
            }
            if (c is { ImportShareUpper: not null, ImportShare: not null })
            {
                differ.Add($"{row.Commodity}: both a share and a bound");
            }
            // A view of 2023 has few shares (USGS's lists end in 2024, BACI's matrix is 2024): its rows say why, and are compared too
            withFigure += i is not null ? 1 : 0;
        }
        Assert.True(differ.Count == 0, string.Join("\n", differ));
        Assert.True(withFigure >= 10, $"only {withFigure} commodities with an import share, a bound or the reason for neither");
    }

    [Theory]
    [InlineData("USA")]
    [InlineData("JPN")]
    [InlineData("DEU")]
    [InlineData("KOR")]
    [InlineData("IND")]
    public void RiskImportShares_AreExposuresImportShares_ForEveryCommodity(string importer)
    {
        // Given risk's GeoPolRisk partners and exposure's import row, same importer and year. Risk once read USGS's lists only, so
        // for Japan and Germany every commodity was "no import-source shares" where exposure traced BACI's partners.
        var data = DefaultData.Dataset;
        var risk = RiskQuestion.Answer(data, RiskQuestion.Request(data, importer, "geopolrisk", null, null, null, Today));
        Lodestone.Exposure.Contracts.ExposureCommodityJson Exposure(string commodity, string supplier) =>
            ExposureQuestion.Answer(data, ExposureQuestion.Request(data, importer, supplier, commodity, null, null, null, Today)).Commodities.Single();

        // Then, for China and for the largest named partner of every commodity, exposure's share (or bound, or reason for neither)
        // is the one risk's list gives: the listed share; a USGS list's smallest share as the bound of an unlisted one; BACI's
        // recorded 0 for a partner the complete matrix does not list
        var differ = new List<string>();
        var withShares = 0;
        foreach (var a in risk.Assessments)
        {
            var shares = a.ImportShares;
            var partners = shares?.Partners ?? [];
            withShares += partners.Count > 0 ? 1 : 0;
            var largest = partners.Where(p => p.Partner is not ("OTH" or "CHN")).MaxBy(p => p.Share)?.Partner;
            foreach (var supplier in largest is null ? ["CHN"] : new[] { "CHN", largest })
            {
                var e = Exposure(a.Commodity, supplier);
                var listed = partners.FirstOrDefault(p => p.Partner == supplier)?.Share;
                (double? Share, double? Upper) expected = partners.Count == 0 ? (null, null)
                    : listed is not null ? (listed, null)
                    : shares!.Source == "baci" ? (0, null)
                    : (null, partners.Min(p => p.Share));
                if ((e.ImportShare, e.ImportShareUpper, e.ImportPeriod, e.ImportCategory) != (expected.Share, expected.Upper, shares?.Period, shares?.Category))
                {
                    differ.Add($"{a.Commodity} {supplier}: exposure {e.ImportShare}/≤{e.ImportShareUpper} {e.ImportPeriod} {e.ImportCategory}, "
                        + $"risk {expected.Share}/≤{expected.Upper} {shares?.Period} {shares?.Category}");
                }
            }
        }
        Assert.True(differ.Count == 0, string.Join("\n", differ));
        Assert.True(withShares >= 5, $"only {withShares} commodities with import shares for {importer}");
    }

    [Theory]
    [InlineData("USA", 12)]
    [InlineData("JPN", 5)]
    [InlineData("DEU", 5)]
    [InlineData("KOR", 5)]
    [InlineData("IND", 5)]
    public void RiskGeoPolRisk_ImportShareOfSupplyIsExposuresSplit_ForEveryCommodity(string importer, int atLeast)
    {
        // Given GeoPolRisk for every commodity and exposure's trace at the stage the importer buys at, same importer
        // and year. Where p and F are not both known in tonnes, risk reads m = F ÷ (p + F) as 1 − exposure's share
        // made at home there (docs/metrics.md): 0-25 % made at home in exposure must not read otherwise in risk.
        var data = DefaultData.Dataset;
        var risk = RiskQuestion.Answer(data,
            RiskQuestion.Request(data, importer, "geopolrisk", null, null, null, Today));

        // Then every score lies in [0, 1]; each m is exposure's split at its traced stage; and risk calls the split
        // unknown only where exposure's is [0, 1]
        var differ = new List<string>();
        var bounded = 0;
        foreach (var a in risk.Assessments)
        {
            var r = a.Result;
            if (r.Status != "insufficient_data" && !(r.Lower >= 0 && r.Lower <= r.Upper && r.Upper <= 1))
            {
                differ.Add($"{a.Commodity}: score [{r.Lower}, {r.Upper}] is not an interval within [0, 1]");
            }
            var low = r.Inputs.FirstOrDefault(i => i.Name == Domain.Metrics.GeoPolRisk.ImportShareLow);
            var high = r.Inputs.FirstOrDefault(i => i.Name == Domain.Metrics.GeoPolRisk.ImportShareHigh);
            var unknown = r.Status == "insufficient_data"
                && r.Reason?.Contains("made at home", StringComparison.Ordinal) == true;
            if (low is null && !unknown)
            {
                continue;
            }
            var e = ExposureQuestion.Answer(data,
                    ExposureQuestion.Request(data, importer, "CHN", a.Commodity, null, null, null, Today))
                .Commodities.Single();
            var trace = e.Stages.Single(s => s.Stage == e.TracedStage).Traced!;
            if (low is not null)
            {
                bounded++;
                if (Math.Abs(trace.SplitLow - (1 - high!.Value!.Value)) > 1e-12
                    || Math.Abs(trace.SplitHigh - (1 - low.Value!.Value)) > 1e-12
                    || !low.Note!.Contains($"at the {e.TracedStage} stage", StringComparison.Ordinal))
                {
                    differ.Add($"{a.Commodity}: risk m [{low.Value}, {high!.Value}] ({low.Note}), "
                        + "exposure made at home "
                        + $"[{trace.SplitLow}, {trace.SplitHigh}] at {e.TracedStage}");
                }
            }
            else if (trace.SplitLow != 0 || trace.SplitHigh != 1)
            {
                differ.Add($"{a.Commodity}: risk says the split is unknown, "
                    + $"exposure [{trace.SplitLow}, {trace.SplitHigh}]");
            }
        }
        Assert.True(differ.Count == 0, string.Join("\n", differ));
        Assert.True(bounded >= atLeast, $"only {bounded} commodities scored through exposure's split for {importer}");
    }

    [Fact]
    public void ImportShare_UnlistedSupplierIsABoundAndBaciFillsWhereUsgsIsSilent()
    {
        // data/usgs_mcs_us_trade.csv, cobalt 2021-24 (MCS 2026): Norway 26, Finland 16, Canada 14, Japan 14, other 30 — China not
        // listed, so it holds at most 14 %. Arsenic has no USGS import sources in the data; BACI 2024 HS 2804.80 (data/trade/
        // baci_hs17_v202601_2024_critical.csv) records U.S. imports of 539.204 t, 510.146 t of them from China.
        var data = DefaultData.Dataset;
        var brief = BriefQuestion.Answer(data, BriefQuestion.Request(data, null, null, null, null, Today)).Rows.ToDictionary(r => r.Commodity);
        var exposure = ExposureQuestion.Answer(data, ExposureQuestion.Request(data, null, null, null, null, null, null, Today))
            .Commodities.ToDictionary(c => c.Commodity);

        Assert.Equal((null, 0.14, "2021-24"), (exposure["cobalt"].ImportShare, exposure["cobalt"].ImportShareUpper, exposure["cobalt"].ImportPeriod));
        Assert.Equal((null, 0.14), (brief["cobalt"].SupplierShareOfImports!.Share, brief["cobalt"].SupplierShareOfImports!.ShareUpper));
        Assert.Equal(510.146 / 539.204, exposure["arsenic"].ImportShare!.Value, 12);
        Assert.Equal(("2024", "HS 2804.80"), (exposure["arsenic"].ImportPeriod, exposure["arsenic"].ImportCategory));
        Assert.Equal(510.146 / 539.204, brief["arsenic"].SupplierShareOfImports!.Share!.Value, 12);
        Assert.Equal(["cepii-baci-hs17-v202601"], exposure["arsenic"].ImportShareSourceIds);
    }

    [Theory]
    [InlineData("USA")]
    [InlineData("JPN")]
    public void ExposurePartnerEvidence_IsWhatTheTradeQuestionShows_ForEveryPartnerOfEveryCommodity(string importer)
    {
        // Given every partner line of every traced stage: "BACI 2024: CAN imported 54.4 t (USD 21,903,238) of HS 8112.92 … from CHN,
        // 68 % of its imports of the code by value"
        var data = DefaultData.Dataset;
        var exposure = ExposureQuestion.Answer(data, ExposureQuestion.Request(data, importer, null, null, null, null, null, Today));
        var line = new System.Text.RegularExpressions.Regex(
            @"^BACI (\d{4}): (\w{3}) imported ([\d,.]+) t \(USD ([\d,]+)\) of HS ([\d.]+)(?: \(a bundle: bound only\))? from (\w{3}), ([\d.]+) % of its imports");
        var checkedLines = 0;
        var differ = new List<string>();
        foreach (var c in exposure.Commodities)
        {
            foreach (var p in c.Stages.SelectMany(s => s.Traced?.Partners ?? []))
            {
                if (line.Match(p.Evidence) is not { Success: true } m)
                {
                    continue;
                }
                // Then the trade question asked for that partner as importer and the supplier as exporter shows the same flow
                var year = int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
                var trade = Lodestone.Queries.Trade.TradeQuestion.Answer(data,
                    Lodestone.Queries.Trade.TradeQuestion.Request(data, c.Commodity, m.Groups[2].Value, m.Groups[6].Value, year));
                var code = trade.Codes.Single(x => x.Dotted == m.Groups[5].Value);
                var flow = Assert.Single(code.Partners);
                static double Number(string text) => double.Parse(text.Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
                var same = Math.Abs(Number(m.Groups[4].Value) - Math.Round(flow.ValueUsd)) < 0.5
                    && Math.Abs(Number(m.Groups[3].Value) - flow.Tonnes!.Value) <= (flow.Tonnes < 1 ? 5e-4 : 0.05) + 1e-9
                    && Math.Abs(Number(m.Groups[7].Value) - flow.ValueUsd / code.PartnersTotalUsd!.Value * 100) <= 0.05 + 1e-9;
                if (!same)
                {
                    differ.Add($"{c.Commodity} {p.Partner}: exposure '{p.Evidence}', trade USD {flow.ValueUsd} {flow.Tonnes} t of {code.PartnersTotalUsd}");
                }
                checkedLines++;
            }
        }
        Assert.True(differ.Count == 0, string.Join("\n", differ));
        Assert.True(checkedLines >= 20, $"only {checkedLines} partner lines compared");
    }

    [Theory]
    [MemberData(nameof(Years))]
    public void MineralProfile_ShowsTheBriefsWorldSharesAndNir_ForEveryCommodity(int? year)
    {
        // Given the brief (USA, CHN) and each commodity's profile, same year and date
        var data = DefaultData.Dataset;
        var brief = BriefQuestion.Answer(data, BriefQuestion.Request(data, null, null, year, null, Today));

        // Then China's share at each stage of the profile is the brief's (the profile lists percentages, the brief fractions),
        // and the NIR the brief shows is one of the profile's, same series, year and value
        var differ = new List<string>();
        var compared = 0;
        foreach (var row in brief.Rows)
        {
            var profile = Lodestone.Queries.Minerals.MineralQuestion.Answer(data,
                Lodestone.Queries.Minerals.MineralQuestion.Request(data, row.Commodity, null, Today, year));
            foreach (var (stage, summary) in row.Stages)
            {
                if (summary?.SupplierShare is not { } share)
                {
                    continue;
                }
                var inProfile = profile.Stages.SingleOrDefault(s => s.Stage == stage)?.Shares.SingleOrDefault(x => x.Country == "CHN")?.SharePct;
                if (inProfile is not { } pct || Math.Abs(pct / 100 - share) > 5e-4)
                {
                    differ.Add($"{row.Commodity} {stage}: brief {share:0.####}, profile {(inProfile is { } v ? (v / 100).ToString("0.####", System.Globalization.CultureInfo.InvariantCulture) : "missing")}");
                }
                compared++;
            }
            if (row.NetImportReliance is { Kind: not "not_available" } nir
                && !profile.UsTrade.NetImportReliance.Any(n => n.Series == nir.Series && n.Year == nir.Year && n.Value == nir.Display))
            {
                differ.Add($"{row.Commodity} NIR: brief {nir.Display} ({nir.Series} {nir.Year}) not in the profile");
            }
        }
        Assert.True(differ.Count == 0, string.Join("\n", differ));
        Assert.True(compared >= 30, $"only {compared} shares compared");
    }

    [Theory]
    [InlineData("CHN", null)]
    [InlineData("AUS", null)]
    [InlineData("KAZ", 2023)]
    public void CountryProfile_SharesAreTheMineralProfilesShares(string country, int? year)
    {
        // Given a producer's profile (its share of each commodity and stage) and each commodity's profile, same year and date
        var data = DefaultData.Dataset;
        var profile = Lodestone.Queries.Countries.CountryQuestion.Answer(data,
            Lodestone.Queries.Countries.CountryQuestion.Request(data, country, null, Today, year));

        // Then every share the country profile lists is the one the mineral profile lists for that country, stage and year
        var differ = new List<string>();
        foreach (var share in profile.Shares)
        {
            var mineral = Lodestone.Queries.Minerals.MineralQuestion.Answer(data,
                Lodestone.Queries.Minerals.MineralQuestion.Request(data, share.Commodity, null, Today, year));
            var table = mineral.Stages.SingleOrDefault(s => s.Stage == share.Stage);
            var inMineral = table?.Shares.SingleOrDefault(x => x.Country == country);
            if (inMineral?.SharePct is not { } pct || Math.Abs(pct - share.SharePct) > 1e-9 || table!.Year != share.Year)
            {
                differ.Add($"{share.Commodity} {share.Stage}: country {share.SharePct} ({share.Year}), mineral {inMineral?.SharePct?.ToString() ?? "missing"} ({table?.Year})");
            }
        }
        Assert.True(differ.Count == 0, string.Join("\n", differ));
        Assert.NotEmpty(profile.Shares);
    }

    private static int? QueryInputYear(int? year) => year ?? Domain.KnowledgeBase.Vintages.NewestComplete(DefaultData.Dataset);
}
