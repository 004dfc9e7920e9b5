using Lodestone.Domain.KnowledgeBase;
using Lodestone.Exposure.Contracts;
using Lodestone.Queries.Exposure;
using Lodestone.Queries.Risk;
using Lodestone.Web.Dashboard.Components;
using Lodestone.Web.Hosting;
using Microsoft.AspNetCore.Http;

namespace Lodestone.Web.Dashboard;

/// <summary>Exposure of an importer to a supplier: direct vs effective share by stage, and for one mineral the supply paths.</summary>
/// <remarks>Direct shares link to their stage-share source; traced figures link to the sources they were computed from, listed at the foot of the page.</remarks>
internal static class ExposurePage
{
    public static IResult Render(DatasetHolder data, string? importer, string? supplier, string? commodity)
    {
        var dataset = data.Current;
        var request = ExposureQuestion.Request(dataset, Blank(importer), Blank(supplier), Blank(commodity), null, null, null, data.Today);
        var json = ExposureQuestion.Answer(dataset, request);
        // The import share's own source (USGS's list or the BACI release), as the contract cites it.
        var importSources = json.Commodities.Where(c => c.ImportShare is not null || c.ImportShareUpper is not null)
            .ToDictionary(c => c.Commodity, c => c.ImportShareSourceIds.FirstOrDefault(), StringComparer.Ordinal);
        // For one mineral, the importer's GeoPolRisk as risk answers it (/api/risk, lodestone risk): same figures.
        var risk = request.Commodity is { } one
            ? RiskQuestion.Answer(dataset,
                RiskQuestion.Request(dataset, request.Importer.Code, "geopolrisk", one, null, null, data.Today))
                .Assessments.Single()
            : null;
        return Page.Render<ExposureView>(new
        {
            Json = json,
            ImporterName = dataset.Countries.NameOf(request.Importer),
            SupplierName = dataset.Countries.NameOf(request.Supplier),
            Names = dataset.CommoditiesWithData(),
            Chosen = request.Commodity,
            ImportSources = (IReadOnlyDictionary<string, string?>)importSources,
            Sources = SourcesUsed(dataset, json, importSources, risk),
            Risk = risk,
        });
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    /// <summary>Every source the page's figures rest on, ordered by id: the stage shares', BACI for traced stages, the import
    /// shares' and, for one mineral, the ownership records'.</summary>
    private static List<(string Id, string Title)> SourcesUsed(Dataset dataset, ExposureJson json,
        Dictionary<string, string?> importSources, RiskAssessmentJson? risk)
    {
        var sources = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var c in json.Commodities)
        {
            foreach (var s in c.Stages)
            {
                sources.UnionWith(s.SourceIds);
                if (s.Traced is not null)
                {
                    sources.Add(Lodestone.Data.Loading.DatasetLoader.BaciSourceId);
                }
            }
        }
        sources.UnionWith(importSources.Values.OfType<string>());
        if (risk?.ImportShares is { } shares)
        {
            // GeoPolRisk's g: the partners' WGI political stability.
            var partners = shares.Partners.Select(p => p.Partner).ToHashSet(StringComparer.Ordinal);
            sources.UnionWith(dataset.Governance.Where(g => partners.Contains(g.Country.Code)).Select(g => g.SourceId));
        }
        if (json.Commodities is [var single])
        {
            sources.UnionWith(single.OwnershipUsed.Concat(single.OwnershipContext).Select(o => o.SourceId));
        }
        return sources.Select(id => (id, dataset.Sources.TryGetValue(id, out var s) ? s.Title : id)).ToList();
    }
}
