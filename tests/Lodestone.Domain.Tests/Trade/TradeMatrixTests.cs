using Lodestone.Domain.Model;
using Lodestone.Domain.Trade;

namespace Lodestone.Domain.Tests.Trade;

public sealed class TradeMatrixTests
{
    private static HsCode Code(string hs6, string commodity, Stage stage, params string[] bundle) =>
        new(hs6, "HS17", hs6, commodity, stage, null, null, bundle, ["hs-2017"], null);

    private static TradeFlow Flow(int year, string hs6, double value) =>
        new(year, new Iso3("CHN"), new Iso3("USA"), hs6, value, null, "cepii-baci-hs17-v202601", "HS17");

    [Fact]
    public void CodesWithFlows_TwoCodesOfOneStage_TheOneWithMoreTradeInItsNewestYearFirstAndNoCodeWithoutFlows()
    {
        // Given lithium at refining under carbonate 283691 (newest year 2024: 10 USD), hydroxide 282520 (2024: 7 + 5 =
        // 12 USD, though 2023 held 100 USD) and a bundle, and a mapped 282590 with no flow at all
        var codes = new[]
        {
            Code("283691", "lithium", Stage.Refining), Code("282520", "lithium", Stage.Refining),
            Code("811292", "gallium", Stage.Refining, "gallium", "lithium"), Code("282590", "lithium", Stage.Refining),
        };
        var flows = new[]
        {
            Flow(2024, "283691", 10), Flow(2023, "282520", 100), Flow(2024, "282520", 7),
            new TradeFlow(2024, new Iso3("CHL"), new Iso3("USA"), "282520", 5, null, "cepii-baci-hs17-v202601", "HS17"),
            Flow(2024, "811292", 1_000),
        };

        var matrix = new TradeMatrix(flows, codes);

        // Then hydroxide (12 USD in 2024) comes before carbonate (10 USD), the bundle last whatever its value, 282590
        // nowhere
        var order = matrix.CodesWithFlows("lithium", Stage.Refining).Select(c => c.Hs6);
        Assert.Equal(["282520", "283691", "811292"], order);
    }
}
