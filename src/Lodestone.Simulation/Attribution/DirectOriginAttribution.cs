using Lodestone.Domain.Model;

namespace Lodestone.Simulation.Attribution;

/// <summary>Direct attribution: a flow counts for the concern only when it ships from the concern itself.</summary>
/// <remarks>A lower bound of the traced share: non-Chinese refiners using Chinese feed count as non-Chinese.</remarks>
internal sealed class DirectOriginAttribution : IOriginAttribution
{
    public static DirectOriginAttribution Instance { get; } = new();

    public double ContentFrom(Iso3 importer, string commodity, Stage stage, Iso3 origin, Iso3 concern) => origin == concern ? 1 : 0;

    public string Describe() => "direct origin only (no multi-tier tracing): a lower bound of the traced share";
}
