using Lodestone.Domain.Model;

namespace Lodestone.Optimization.Building;

/// <summary>Direct shares: only the supplier of concern itself counts towards the cap.</summary>
public sealed class DirectConcernContent : IConcernContentSource
{
    public static readonly DirectConcernContent Instance = new();

    public string Name => "direct";

    public double ContentOf(string commodity, Stage stage, Iso3 origin, Iso3 concern) => origin == concern ? 1 : 0;
}
