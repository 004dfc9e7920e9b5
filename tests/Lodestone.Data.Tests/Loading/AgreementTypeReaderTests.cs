using Lodestone.Data.Loading;
using Lodestone.Domain.Model;
using Lodestone.Testing;

namespace Lodestone.Data.Tests.Loading;

/// <summary>data/reference/agreement_types.csv: every shipped agreement type has its tie, and a bad row names file, line and field.</summary>
public class AgreementTypeReaderTests
{
    [Fact]
    public void Load_ShippedData_ClassifiesEveryAgreementType()
    {
        var data = DefaultData.Dataset;

        Assert.All(data.Agreements, a => Assert.NotNull(data.AgreementTypes.For(a.Type)));
        Assert.Equal(AgreementTie.Membership, data.AgreementTypes.TieOf("multilateral forum (membership)"));
        Assert.Equal(AgreementTie.None, data.AgreementTypes.TieOf("dialogue (inaugural meeting)"));
    }

    [Fact]
    public void TieOf_TypeWithoutRule_MakesNoPartner()
    {
        Assert.Equal(AgreementTie.None, DefaultData.Dataset.AgreementTypes.TieOf("a wording no row classifies"));
    }

    [Theory]
    // a tie outside the three
    [InlineData("MoU,partner,r", "reference/agreement_types.csv:3:tie: expected membership, agreement or none, got 'partner'")]
    // the same type twice
    [InlineData("MoU,none,r", "reference/agreement_types.csv:3:type: 'MoU' already has a rule on line 2")]
    // a tie without its reason
    [InlineData("bilateral framework,agreement,", "reference/agreement_types.csv:3:reason: a value is required")]
    public void Load_BadRow_ReportsFileLineField(string row, string expected)
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File(AgreementTypeReader.File), "type,tie,reason\nMoU,agreement,r\n" + row + "\n");
        var issues = new IssueLog();

        AgreementTypeReader.Load(dir.Path, issues);

        Assert.Equal(expected, Assert.Single(issues.Issues).ToString());
    }
}
