using Lodestone.Domain.Facts;
using Lodestone.Domain.Model;

namespace Lodestone.Data.Loading;

/// <summary>Reads <c>ownership.csv</c>: country-level control shares and asset-level equity stakes.</summary>
internal static class OwnershipReader
{
    public static readonly string[] Columns =
        ["scope", "asset", "country", "commodity", "stage", "owner_country", "owner_company", "share_pct", "share_qualifier", "basis", "year", "asset_share_of_country_pct", .. SourceColumns.Names];

    public static List<OwnershipFact> Read(IEnumerable<CsvRow> rows, ReferenceData reference, SourceRegistry sources)
    {
        var result = new List<OwnershipFact>();
        foreach (var row in rows)
        {
            var scopeText = row.Required("scope");
            OwnershipScope? scope = scopeText switch
            {
                "country" => OwnershipScope.Country,
                "asset" => OwnershipScope.Asset,
                _ => null,
            };
            if (scope is null && scopeText.Length > 0)
            {
                row.Error("scope", $"expected country or asset, got '{scopeText}'");
            }
            var asset = row.Optional("asset");
            if (scope == OwnershipScope.Asset && asset is null)
            {
                row.Error("asset", "an asset-level fact needs the asset's name");
            }
            var country = row.Country("country", reference.Countries, required: true);
            var commodity = row.Commodity("commodity", reference.Commodities);
            var stageText = row.Required("stage");
            Stage stage = default;
            if (stageText.Length > 0 && !Stages.TryParse(stageText, out stage))
            {
                row.Error("stage", $"expected mining, refining or components, got '{stageText}'");
            }
            var owner = row.Country("owner_country", reference.Countries, required: true);
            var share = row.OptionalPercentShare("share_pct");
            if (share is null && row.Optional("share_pct") is null)
            {
                row.Error("share_pct", "an ownership fact needs its share in percent");
            }
            var qualifier = row.Optional("share_qualifier") ?? "=";
            if (qualifier is not ("=" or "~" or ">"))
            {
                row.Error("share_qualifier", $"expected =, ~ or >, got '{qualifier}'");
            }
            var basis = row.Required("basis");
            var year = row.OptionalInt("year");
            var assetShare = row.OptionalPercentShare("asset_share_of_country_pct");
            var sourceId = SourceColumns.Register(row, sources);
            if (scope is null || country is null || commodity is null || owner is null || share is null)
            {
                continue;
            }
            result.Add(new OwnershipFact(scope.Value, asset, country.Value, commodity, stage, owner.Value, row.Optional("owner_company"),
                share.Value, qualifier == ">", basis, year, assetShare, sourceId, row.Optional("notes")));
        }
        return result;
    }
}
