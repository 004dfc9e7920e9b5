using Lodestone.Data.Usgs;

namespace Lodestone.Data.Tests.Usgs;

public class UsgsTextTests
{
    [Theory]
    // antimony's world row carries footnote 10
    [InlineData("World total (rounded) 10", "World total (rounded)")]
    // trailing spaces are stripped first
    [InlineData("Russia ", "Russia")]
    // a name without a footnote is unchanged
    [InlineData("Congo (Kinshasa)", "Congo (Kinshasa)")]
    public void WithoutFootnote_Name_DropsTrailingFootnoteNumber(string name, string expected)
    {
        Assert.Equal(expected, UsgsText.WithoutFootnote(name));
    }

    [Theory]
    [InlineData("United States (includes Puerto Rico)", "United States", "includes Puerto Rico")]
    [InlineData("Brazil (beneficiated, marketable)", "Brazil", "beneficiated, marketable")]
    [InlineData("Chile", "Chile", null)]
    public void SplitQualifier_Name_SeparatesTheParenthesis(string text, string name, string? qualifier)
    {
        Assert.Equal((name, qualifier), UsgsText.SplitQualifier(text));
    }

    [Fact]
    public void Key_PaddedAndCased_MatchesTheMappingKey()
    {
        // "Iron Ore  " and "Plant production, Ferosilicon, silicon content " are published with trailing spaces
        Assert.Equal(UsgsText.Key("iron ore"), UsgsText.Key("Iron Ore  "));
        Assert.Equal("plant production, ferosilicon, silicon content", UsgsText.Key("Plant production,  Ferosilicon, silicon content "));
    }
}
