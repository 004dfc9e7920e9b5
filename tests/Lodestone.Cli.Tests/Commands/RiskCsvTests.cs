namespace Lodestone.Cli.Tests.Commands;

/// <summary><c>risk --format csv</c> says where GeoPolRisk's partner shares came from (the JSON's <c>import_shares</c> in words).</summary>
public class RiskCsvTests
{
    private const string Header = "commodity,method,metric,status,value,lower,upper,reason,inputs,import_shares";

    [Fact]
    public async Task GeoPolRisk_UsaGallium_NamesTheUsgsList()
    {
        // data/usgs_mcs_us_trade.csv: gallium's U.S. import sources are MCS 2026's list for 2021-24, category "Metal"
        // (Canada 28, Japan 22, China 18, Germany 16, other 16); MCS 2025 gave none for 2020-23.
        var result = await CliRunner.RunAsync("risk", "--method", "geopolrisk", "--commodity", "gallium", "--format", "csv");

        Assert.Equal(0, result.ExitCode);
        var lines = Lines(result.Out);
        Assert.Equal(Header, lines[0]);
        var rows = lines.Skip(1).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, row => Assert.EndsWith(",USGS import sources 2021-24 (Metal)", row));
    }

    [Fact]
    public async Task GeoPolRisk_JapanGallium_NamesTheBaciBundleAndWhyItGivesNoShares()
    {
        // No USGS list for Japan: the shares would be BACI's weights at the traced stage. Gallium's only code in
        // reference/hs_codes.csv is 8112.92 (refining), the bundle of gallium, germanium, hafnium, indium, niobium, rhenium and
        // vanadium: it says who shipped, not how much gallium, so there are no shares, with that reason.
        var result = await CliRunner.RunAsync("risk", "--importer", "JPN", "--method", "geopolrisk", "--commodity", "gallium", "--format", "csv");

        Assert.Equal(0, result.ExitCode);
        var rows = Lines(result.Out).Skip(1).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, row => Assert.EndsWith(",\"BACI 2024 HS 8112.92 at the refining stage: no shares (HS 8112.92 is a bundle (gallium, germanium, "
            + "hafnium, indium, niobium, rhenium, vanadium): BACI says who shipped it, not how much of one metal)\"", row));
    }

    [Fact]
    public async Task OtherMethods_LeaveTheColumnEmpty()
    {
        // EU CRM and USGS 2022 use no partner shares of the importer.
        var result = await CliRunner.RunAsync("risk", "--method", "eu", "--commodity", "gallium", "--format", "csv");

        Assert.Equal(0, result.ExitCode);
        var rows = Lines(result.Out).Skip(1).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, row => Assert.EndsWith(",", row));
    }

    private static List<string> Lines(string output) => output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
}
