using Lodestone.Queries.Brief;
using Lodestone.Web.Dashboard.Components;
using Lodestone.Web.Hosting;
using Microsoft.AspNetCore.Http;

namespace Lodestone.Web.Dashboard;

/// <summary>The dependency brief as a page: one row per commodity, every share linked to its first source.</summary>
internal static class BriefPage
{
    public static IResult Render(DatasetHolder data, string? importer, string? supplier, int? year = null, string? asOf = null)
    {
        var dataset = data.Current;
        var request = BriefQuestion.Request(dataset, importer, supplier, year, asOf, data.Today);
        var brief = BriefQuestion.Answer(dataset, request);
        return Page.Render<BriefView>(new
        {
            Brief = brief,
            Importer = request.Importer.Code,
            Supplier = request.Supplier.Code,
            ImporterName = dataset.Countries.NameOf(request.Importer),
            SupplierName = dataset.Countries.NameOf(request.Supplier),
        });
    }
}
