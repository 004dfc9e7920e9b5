using Lodestone.News.Evaluation;

namespace Lodestone.News.Tests.Evaluation;

public sealed class ConfusionTableTests
{
    [Fact]
    public void Add_MissesAndAdditions_PairWithinAnArticle()
    {
        // Given article 1: gold {policy, price_move}, predicted {export_control, price_move}
        //       article 2: gold {discovery}, predicted {}
        //       article 3: gold {}, predicted {tariff}
        var table = new ConfusionTable();
        table.Add(["policy", "price_move"], ["export_control", "price_move"]);
        table.Add(["discovery"], []);
        table.Add([], ["tariff"]);

        // Then price_move is on the diagonal, policy was read as export_control, discovery was missed, tariff is spurious
        Assert.Equal(1, table["price_move", "price_move"]);
        Assert.Equal(1, table["policy", "export_control"]);
        Assert.Equal(1, table["discovery", ConfusionTable.None]);
        Assert.Equal(1, table[ConfusionTable.None, "tariff"]);
        Assert.Equal(0, table["policy", "policy"]);
        Assert.Equal(ConfusionTable.None, table.Labels[^1]);
    }
}
