using AngleSharp.Html.Parser;
using Lodestone.Web.Tests.Infrastructure;

namespace Lodestone.Web.Tests.Dashboard;

public sealed class EncodingTests
{
    [Theory]
    // Every page on which the hostile country name or source title is shown.
    [InlineData("/")]
    [InlineData("/countries/CHN")]
    [InlineData("/minerals/rare%20earths")]
    [InlineData("/sources")]
    public async Task HostileText_IsEncoded_NeverMarkup(string url)
    {
        // Given
        await using var server = await RunningServer.StartAsync(_ => Task.FromResult(HostileData.Create()));

        // When
        var html = await server.Client.GetStringAsync(url);
        var doc = new HtmlParser().ParseDocument(html);

        // Then: the payload is text on the page, and no element or attribute came from it
        Assert.Contains(HostileData.Payload, doc.Body!.TextContent);
        Assert.DoesNotContain("<script>window", html);
        Assert.DoesNotContain(doc.All, e => e.LocalName == "img");
        Assert.DoesNotContain(doc.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task SourcePage_JavascriptUrl_IsNotALink()
    {
        // Given
        await using var server = await RunningServer.StartAsync(_ => Task.FromResult(HostileData.Create()));

        // When
        var doc = new HtmlParser().ParseDocument(await server.Client.GetStringAsync("/sources/" + HostileData.SourceId));

        // Then
        Assert.DoesNotContain(doc.QuerySelectorAll("a"), a => (a.GetAttribute("href") ?? "").StartsWith("javascript:", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(HostileData.SourceUrl, doc.Body!.TextContent);
    }

    [Fact]
    public void DashboardSources_NeverWriteMarkupFromAString()
    {
        // Given every source file of the dashboard (Razor views and the page classes)
        var files = Directory.EnumerateFiles(Lodestone.Testing.RepoPaths.Combine("src", "Lodestone.Web", "Dashboard"), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".razor", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal)).ToList();

        // Then: Razor encodes every value it writes; nothing turns a string into markup (MarkupString, AddMarkupContent), so
        // no data can reach the page unencoded
        Assert.Contains(files, f => f.EndsWith("PageLayout.razor", StringComparison.Ordinal));
        Assert.All(files, f =>
        {
            var text = File.ReadAllText(f);
            Assert.DoesNotContain("MarkupString", text, StringComparison.Ordinal);
            Assert.DoesNotContain("AddMarkupContent", text, StringComparison.Ordinal);
        });
    }
}
