using Lodestone.Domain.Exposure.Tracing;
using Lodestone.Domain.Facts;
using Lodestone.Domain.Model;

namespace Lodestone.Domain.Exposure;

/// <summary>Direct, traced, control-adjusted and transit exposure of an importer to a supplier for one commodity.</summary>
/// <param name="Traced">Bounds on the share of the importer's supply at <see cref="Trace"/>'s headline stage that passed through the
/// supplier at that stage or upstream: low = what the data prove, high = what they cannot rule out. Null when no stage has data.</param>
/// <param name="DirectImport">The supplier's share of the importer's imports, from <see cref="DirectImportShare"/> (the one figure the
/// brief shows too: a value, or a bound when the source does not list the supplier); null without import data.</param>
/// <param name="NetImportReliance">The importer's NIR (bounds the share of supply made at home).</param>
/// <param name="Trace">The stage-by-stage trace: partners, their own imports from the supplier, backing data and gaps.</param>
/// <param name="Transit">Imports crossing the supplier as a transit country; null when no route crosses it.</param>
/// <param name="OwnershipUsed">Ownership facts used in the control adjustment.</param>
/// <param name="OwnershipContext">Asset-level ownership facts shown but not used (asset share of country unknown).</param>
/// <param name="Assumptions">The attribution method and every rule applied, stated in every output.</param>
/// <param name="Missing">Inputs that were missing and what that left uncomputed or bounded.</param>
/// <param name="NetImportRelianceYear">The year of <paramref name="NetImportReliance"/>.</param>
/// <param name="Year">The vintage the report was read for (<see cref="KnowledgeBase.Vintages"/>); null for the newest figures.</param>
public sealed record ExposureReport(
    string Commodity,
    Iso3 Importer,
    Iso3 Supplier,
    IReadOnlyList<ExposureStageRow> Stages,
    Brief.ImportShare? DirectImport,
    ShareBounds? Traced,
    NetImportReliance? NetImportReliance,
    ImporterTrace Trace,
    TransitExposure? Transit,
    IReadOnlyList<OwnershipFact> OwnershipUsed,
    IReadOnlyList<OwnershipFact> OwnershipContext,
    IReadOnlyList<string> Assumptions,
    IReadOnlyList<string> Missing,
    int? NetImportRelianceYear = null,
    int? Year = null)
{
    /// <summary>Supplier's share of the importer's imports at the traced stage (USGS import sources for the United States, else BACI);
    /// null without import data, when the only trade code is a bundle, or when only a bound is known (<see cref="DirectImport"/>).</summary>
    public double? ImportShare => DirectImport?.Share;

    /// <summary>Period of the import shares ("2021-24" for USGS, the BACI year otherwise).</summary>
    public string? ImportPeriod => DirectImport?.Period;

    /// <summary>Product form of the import shares, when the source splits them.</summary>
    public string? ImportCategory => DirectImport?.Category;

    /// <summary>The row of a stage, or null when the commodity has no data for it.</summary>
    public ExposureStageRow? At(Stage stage) => Stages.FirstOrDefault(s => s.Stage == stage);

    /// <summary>The stage <see cref="Traced"/> refers to.</summary>
    public Stage? TracedStage => Trace.Headline;

    /// <summary>Share of the importer's supply at the traced stage whose supplier content could not be traced.</summary>
    public double? Untraced => Traced?.Width;
}
