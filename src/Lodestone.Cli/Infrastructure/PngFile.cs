using ScottPlot;

namespace Lodestone.Cli.Infrastructure;

/// <summary>Writes a chart as a 1200×700 PNG, creating the folder when missing (the size every --plot uses).</summary>
internal static class PngFile
{
    public static void Save(Plot plot, string path)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }
        plot.SavePng(path, 1200, 700);
    }
}
