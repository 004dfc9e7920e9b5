using Lodestone.Cli.Commands.Plan;
using SkiaSharp;

namespace Lodestone.Cli.Tests.Commands.Plan;

public sealed class FrontierPlotTests
{
    [Fact]
    public void SavePng_FeasibleAndInfeasibleCaps_DrawsAPictureOfTheAskedSize()
    {
        // Given two feasible caps and one infeasible one
        using var dir = new Lodestone.Testing.TempDirectory();
        var path = dir.File("frontier.png");

        // When
        FrontierPlot.SavePng([new(1, 1000, true), new(0.4, 1300, true), new(0.1, null, false)], "test", path, 300, 200);

        // Then the file decodes as a 300 × 200 image that is not blank: the line, the red crosses and the axes give
        // many colours (a blank or one-colour canvas gives one or two)
        using var bitmap = SKBitmap.Decode(path);
        Assert.Equal((300, 200), (bitmap.Width, bitmap.Height));
        var colours = new HashSet<SKColor>();
        for (var y = 0; y < bitmap.Height; y += 2)
        {
            for (var x = 0; x < bitmap.Width; x += 2)
            {
                colours.Add(bitmap.GetPixel(x, y));
            }
        }
        Assert.True(colours.Count > 20, $"{colours.Count} colours");
        Assert.Contains(colours, c => c.Red > 200 && c.Green < 80 && c.Blue < 80);
    }
}
