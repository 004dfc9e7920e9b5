using Lodestone.Domain.Facts;
using Lodestone.Domain.Model;

namespace Lodestone.Domain.Exposure;

/// <summary>Direct, effective (traced), control-adjusted and transit exposure of an importer to a supplier for one commodity.</summary>
/// <param name="ImportShare">Supplier's share of the importer's imports (normalised over the published partner shares); null without import data.</param>
/// <param name="AnyStage">Share of the importer's traced imports that passed through the supplier at any stage.</param>
/// <param name="ImportPeriod">Period of the import shares ("2021-24").</param>
/// <param name="ImportCategory">Product form of the import shares, when the source splits them.</param>
/// <param name="NetImportReliance">The importer's NIR (the domestic term lies outside the traced imports).</param>
/// <param name="TopPaths">Routes carrying the most supply, largest first.</param>
/// <param name="SupplierPaths">Routes through the supplier, largest first.</param>
/// <param name="Transit">Imports crossing the supplier as a transit country; null when no route crosses it.</param>
/// <param name="OwnershipUsed">Ownership facts used in the control adjustment.</param>
/// <param name="OwnershipContext">Asset-level ownership facts shown but not used (asset share of country unknown).</param>
/// <param name="Assumptions">The attribution assumption and every stand-in, stated in every output.</param>
/// <param name="Missing">Inputs that were missing and what that left uncomputed.</param>
/// <param name="Solver">How the upstream system was solved.</param>
public sealed record ExposureReport(
    string Commodity,
    Iso3 Importer,
    Iso3 Supplier,
    IReadOnlyList<ExposureStageRow> Stages,
    double? ImportShare,
    double? AnyStage,
    string? ImportPeriod,
    string? ImportCategory,
    NetImportReliance? NetImportReliance,
    IReadOnlyList<ExposurePath> TopPaths,
    IReadOnlyList<ExposurePath> SupplierPaths,
    TransitExposure? Transit,
    IReadOnlyList<OwnershipFact> OwnershipUsed,
    IReadOnlyList<OwnershipFact> OwnershipContext,
    IReadOnlyList<string> Assumptions,
    IReadOnlyList<string> Missing,
    string? Solver)
{
    /// <summary>The row of a stage, or null when the commodity has no data for it.</summary>
    public ExposureStageRow? At(Stage stage) => Stages.FirstOrDefault(s => s.Stage == stage);
}
