using Lodestone.Domain.Model;

namespace Lodestone.Domain.Facts;

/// <summary>The annual prices and stocks of the USGS salient files with the sources they cite (read from the data directory on first use).</summary>
public sealed record SalientFigureTable(IReadOnlyList<SalientFigure> Figures, IReadOnlyDictionary<string, Source> Sources)
{
    /// <summary>No figures and no sources (a data directory without the salient files).</summary>
    public static SalientFigureTable Empty { get; } = new([], new Dictionary<string, Source>());

    /// <summary>The figures of <paramref name="commodity"/> (canonical name), by kind, series and year.</summary>
    public IReadOnlyList<SalientFigure> For(string commodity) =>
        Figures.Where(f => f.Commodity == commodity)
            .OrderBy(f => f.Kind).ThenBy(f => f.Series, StringComparer.Ordinal).ThenBy(f => f.Year)
            .ToList();
}
