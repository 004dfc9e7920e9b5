using Lodestone.Domain.Model;

namespace Lodestone.Domain.Exposure;

/// <summary>A node of a supply network: a country at a stage, or an importer's final use (<see cref="Stage"/> null).</summary>
public readonly record struct SupplyNode(Iso3 Country, Stage? Stage)
{
    public static SupplyNode Use(Iso3 importer) => new(importer, null);

    public bool IsUse => Stage is null;

    public override string ToString() => Country.Code + "/" + (Stage?.Name() ?? "use");
}
