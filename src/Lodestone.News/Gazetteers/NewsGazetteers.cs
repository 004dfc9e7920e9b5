using Lodestone.Data;
using Lodestone.Domain.KnowledgeBase;
using Lodestone.News.Extraction;

namespace Lodestone.News.Gazetteers;

/// <summary>The gazetteers the extractor reads, built once from the knowledge base and the shipped tables (no network, nothing downloaded).</summary>
public sealed class NewsGazetteers
{
    internal NewsGazetteers(Dataset dataset, LeaderDirectory leaders, IReadOnlyList<KnownEntity>? entities = null, LeadTypeModel? leadModel = null)
    {
        LeadModel = leadModel;
        Dataset = dataset;
        Leaders = leaders;
        Countries = new CountryGazetteer(dataset.Countries, leaders);
        Commodities = new CommodityGazetteer(dataset.Commodities);
        Entities = new EntityGazetteer(entities ?? []);
    }

    public Dataset Dataset { get; }
    internal LeaderDirectory Leaders { get; }
    internal CountryGazetteer Countries { get; }
    internal CommodityGazetteer Commodities { get; }

    /// <summary>Companies, agencies and places with their countries (data/reference/companies.csv, places.csv).</summary>
    internal EntityGazetteer Entities { get; }

    /// <summary>The event-type model for articles no trigger types (data/reference/news_event_examples.csv), or null.</summary>
    internal LeadTypeModel? LeadModel { get; }

    /// <summary>Builds the gazetteers from <paramref name="dataset"/> and the leader, company and place files of <paramref name="dataDirectory"/> (default: the shipped data).</summary>
    public static NewsGazetteers Create(Dataset dataset, string? dataDirectory = null)
    {
        var directory = dataDirectory ?? DataPaths.DefaultDataDirectory;
        return new(dataset, LeaderDirectory.Load(directory, dataset.Countries), KnownEntityTable.Load(directory, dataset.Countries),
            LeadTypeModel.Load(directory));
    }
}
