namespace Lodestone.Queries.Contracts;

/// <summary>The whole knowledge base in one document (<c>GET /api/export?format=json</c>).</summary>
public sealed record ExportDto(
    IReadOnlyList<SourceDto> Sources,
    IReadOnlyList<ProductionDto> Production,
    IReadOnlyList<ReserveDto> Reserves,
    IReadOnlyList<StageShareFactDto> StageShares,
    IReadOnlyList<NetImportRelianceDto> NetImportReliance,
    IReadOnlyList<ImportSourceDto> ImportSources,
    IReadOnlyList<ExportControlDto> ExportControls,
    IReadOnlyList<AgreementDto> Agreements,
    IReadOnlyList<ProjectDto> Projects);
