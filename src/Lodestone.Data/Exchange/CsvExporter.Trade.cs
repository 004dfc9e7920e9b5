using Lodestone.Data.Loading;
using Lodestone.Domain.Model;
using Lodestone.Domain.Trade;

namespace Lodestone.Data.Exchange;

public static partial class CsvExporter
{
    /// <summary>One flow in the ISO3 matrix form of <c>data/trade/</c>, plus its HS revision and full source citation (<see cref="TradeFlowReader.ExportColumns"/>).</summary>
    private static string?[] TradeFlow(TradeFlow f, ReferenceData reference, Dictionary<string, Source> sources)
    {
        var source = SourceOf(f.SourceId, sources);
        var material = reference.HsCodes?.FirstOrDefault(c => c.Hs6 == f.Hs6 && c.Nomenclature == f.Nomenclature)?.Commodity;
        return
        [
            Year(f.Year), f.Exporter.Code, CountryName(f.Exporter, reference), f.Importer.Code, CountryName(f.Importer, reference), f.Hs6,
            material ?? "", Number(f.ValueUsd), Number(f.Tonnes),
            f.Nomenclature, source.Id, source.Title, source.Publisher, source.Url, source.Published?.ToString(), source.ReadVia,
        ];
    }
}
