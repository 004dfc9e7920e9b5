using Lodestone.Domain.Exposure.Tracing;
using Lodestone.Domain.Model;

namespace Lodestone.Optimization.Building;

/// <summary>Direct shares: only the supplier of concern itself counts towards the cap (a lower bound of the traced share).</summary>
public sealed class DirectConcernContent : IConcernContentSource
{
    /// <summary>The one instance (the source has no state).</summary>
    public static readonly DirectConcernContent Instance = new();

    /// <inheritdoc />
    public string Name => "direct";

    /// <inheritdoc />
    public ShareBounds ContentOf(string commodity, Stage stage, Iso3 importer, Iso3 origin, Iso3 concern) =>
        origin == concern ? ShareBounds.One : ShareBounds.Zero;
}
