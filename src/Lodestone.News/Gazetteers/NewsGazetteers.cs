using Lodestone.Data;
using Lodestone.Domain.KnowledgeBase;

namespace Lodestone.News.Gazetteers;

/// <summary>The gazetteers the extractor reads, built once from the knowledge base (no network, no model).</summary>
public sealed class NewsGazetteers
{
    public NewsGazetteers(Dataset dataset, LeaderDirectory leaders)
    {
        Dataset = dataset;
        Leaders = leaders;
        Countries = new CountryGazetteer(dataset.Countries, leaders);
        Commodities = new CommodityGazetteer(dataset.Commodities);
    }

    public Dataset Dataset { get; }
    public LeaderDirectory Leaders { get; }
    public CountryGazetteer Countries { get; }
    public CommodityGazetteer Commodities { get; }

    /// <summary>Builds the gazetteers from <paramref name="dataset"/> and the leaders file of <paramref name="dataDirectory"/> (default: the shipped data).</summary>
    public static NewsGazetteers Create(Dataset dataset, string? dataDirectory = null) =>
        new(dataset, LeaderDirectory.Load(dataDirectory ?? DataPaths.DefaultDataDirectory, dataset.Countries));
}
