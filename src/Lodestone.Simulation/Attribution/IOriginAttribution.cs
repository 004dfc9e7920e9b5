using Lodestone.Domain.Model;

namespace Lodestone.Simulation.Attribution;

/// <summary>How much of an origin's supply traces back to a country further up the chain (the exposure tracer plugs in here).</summary>
public interface IOriginAttribution
{
    /// <summary>Fraction (0–1) of <paramref name="origin"/>'s supply of <paramref name="commodity"/> at <paramref name="stage"/> to <paramref name="importer"/> that originates in <paramref name="concern"/>.</summary>
    double ContentFrom(Iso3 importer, string commodity, Stage stage, Iso3 origin, Iso3 concern);

    /// <summary>Short description for the assumptions list ("direct origin only").</summary>
    string Describe();
}
