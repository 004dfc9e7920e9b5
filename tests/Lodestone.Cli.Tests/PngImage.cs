using SkiaSharp;

namespace Lodestone.Cli.Tests;

/// <summary>Checks a written PNG by decoding it, not by its signature: the size every <c>--plot</c> uses and a picture
/// that is not blank.</summary>
internal static class PngImage
{
    /// <summary>The file decodes as a <paramref name="width"/> × <paramref name="height"/> image with more than 20
    /// colours (every second pixel sampled): lines, fills and anti-aliased labels give dozens; a blank or one-colour
    /// canvas gives one or two.</summary>
    public static void AssertDecodesNonBlank(string path, int width = 1200, int height = 700)
    {
        using var bitmap = SKBitmap.Decode(path);
        Assert.True(bitmap is not null, $"{path} does not decode as an image");
        Assert.Equal((width, height), (bitmap.Width, bitmap.Height));
        var colours = new HashSet<SKColor>();
        for (var y = 0; y < bitmap.Height; y += 2)
        {
            for (var x = 0; x < bitmap.Width; x += 2)
            {
                colours.Add(bitmap.GetPixel(x, y));
            }
        }
        Assert.True(colours.Count > 20, $"{path}: {colours.Count} colours, a blank picture");
    }
}
