using Lodestone.Domain.Model;

namespace Lodestone.Domain.Exposure;

/// <summary>A node of a supply network: a country at a stage, or an importer's final use (<see cref="Stage"/> null).</summary>
public readonly record struct SupplyNode(Iso3 Country, Stage? Stage)
{
    /// <summary>The importer's final use: the sink of its supply chain, a node without a stage.</summary>
    public static SupplyNode Use(Iso3 importer) => new(importer, null);

    /// <summary>True for a final-use node (<see cref="Stage"/> null).</summary>
    public bool IsUse => Stage is null;

    /// <summary>"country/stage", or "country/use" for a final use ("CHN/refining").</summary>
    public override string ToString() => Country.Code + "/" + (Stage?.Name() ?? "use");
}
