namespace Lodestone.Optimization.Model;

/// <summary>What the capped share is a share of.</summary>
public enum CapBasis
{
    /// <summary>Of the importer's whole sourced supply, domestic output and recycling included (the EU CRMA's "annual consumption" reading).</summary>
    Supply,
    /// <summary>Of imports only: domestic output, domestic projects and recycling stay out of both sides (the USGS "import sources" reading).</summary>
    Imports,
}
