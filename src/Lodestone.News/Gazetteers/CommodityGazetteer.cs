using Lodestone.Domain.Model;

namespace Lodestone.News.Gazetteers;

/// <summary>Commodity names, aliases, synonyms and symbols from the knowledge base, plus the product and generic phrases that are not commodities.</summary>
/// <remarks>
/// Names and aliases come from data/reference/commodities.csv. Synonyms that name several commodities ("NdPr" →
/// neodymium and praseodymium, a standard abbreviation for the didymium oxide traded as NdPr oxide) and the
/// product and generic phrases are listed here because they are rules of reading, not facts about commodities.
/// </remarks>
internal sealed class CommodityGazetteer
{
    private static readonly string[] AmbiguousWords = ["lead", "tin", "gold", "silver", "boron", "potash"];

    private static readonly string[] ProductPhrases =
    [
        "lithium-ion", "Li-ion", "NdFeB", "NdFeB magnets", "SmCo",
        "permanent magnets", "gallium nitride", "silicon carbide", "silicon chips", "Silicon Valley", "tungsten carbide",
    ];

    private static readonly string[] TopicPhrases =
    [
        "critical minerals", "critical mineral", "critical raw materials", "critical raw material", "strategic minerals",
        "battery metals", "battery minerals", "key minerals", "key mineral", "critical metals", "strategic metals",
        "strategic raw materials", "strategic raw material", "raw materials",
    ];

    private readonly PhraseMatcher<CommodityReference> _matcher = new();
    private readonly Dictionary<string, string> _symbols = new(StringComparer.Ordinal);

    public CommodityGazetteer(CommodityCatalog commodities)
    {
        foreach (var phrase in ProductPhrases)
        {
            _matcher.Add(phrase, new CommodityReference(CommodityReferenceKind.Product, []));
        }
        foreach (var phrase in TopicPhrases)
        {
            _matcher.Add(phrase, new CommodityReference(CommodityReferenceKind.Topic, ["critical minerals"]));
        }
        AddSynonym(commodities, ["NdPr", "Nd-Pr", "NdPr oxide", "neodymium-praseodymium", "neodymium and praseodymium",
            "PrNd", "Pr-Nd", "PrNd oxide", "praseodymium-neodymium", "praseodymium-neodymium oxide"],
            "neodymium", "praseodymium");
        AddSynonym(commodities, ["heavy rare earths", "light rare earths", "heavy rare earth elements", "rare earth metals",
            "rare earth magnets", "rare-earth magnets", "rare earth permanent magnets", "rare-earth permanent magnets", "magnet metals",
            "medium and heavy rare earths", "ionic clay rare earths"], "rare earths");
        // Minerals, ores and intermediate products named for the commodity they carry (reading rules, not catalogue facts).
        AddSynonym(commodities, ["gallium arsenide"], "gallium", "arsenic");
        AddSynonym(commodities, ["cadmium telluride"], "cadmium", "tellurium");
        AddSynonym(commodities, ["coltan"], "tantalum", "niobium");
        AddSynonym(commodities, ["celestite", "celestine"], "strontium");
        AddSynonym(commodities, ["ferrochrome", "chrome ore", "chromite"], "chromium");
        AddSynonym(commodities, ["cassiterite", "refined tin", "tin concentrate", "tin ore", "tin mining", "tin prices", "tin exports"], "tin");
        AddSynonym(commodities, ["wolframite", "scheelite"], "tungsten");
        AddSynonym(commodities, ["pyrochlore", "ferroniobium"], "niobium");
        AddSynonym(commodities, ["zircon"], "zirconium");
        AddSynonym(commodities, ["beryl"], "beryllium");
        AddSynonym(commodities, ["pollucite"], "cesium");
        AddSynonym(commodities, ["tantalite", "tantalum concentrate"], "tantalum");
        AddSynonym(commodities, ["barytes"], "barite");
        AddSynonym(commodities, ["tungsten carbide", "tungsten concentrate", "ferrotungsten", "ferro-tungsten"],
            "tungsten");
        AddSynonym(commodities, ["acidspar", "metspar", "acid-grade fluorspar", "metallurgical-grade fluorspar"],
            "fluorspar");
        AddSynonym(commodities, ["boric acid"], "boron");
        // "active anode material" is the name trade cases give graphite anode powder, and "anode material" alone is
        // graphite in this news ("shipped the first anode material from Vidalia"); a silicon anode is named as such and
        // wins as the longer phrase.
        AddSynonym(commodities, ["active anode material", "active anode materials", "anode-grade graphite",
            "anode material", "anode materials"], "graphite");
        AddSynonym(commodities, ["silicon anode material", "silicon anode materials"], "silicon");
        AddSynonym(commodities, ["HPMSM", "high-purity manganese sulphate", "high-purity manganese sulfate"], "manganese");
        AddSynonym(commodities, ["yellowcake", "U3O8"], "uranium");
        AddSynonym(commodities, ["met coal", "metallurgical coal", "coking coal"], "metallurgical coal");
        AddSynonym(commodities, ["mixed hydroxide precipitate", "nickel pig iron", "nickel matte", "nickel ore"], "nickel");
        AddSynonym(commodities, ["manganese ore"], "manganese");
        AddSynonym(commodities, ["lepidolite", "petalite", "amblygonite"], "lithium");
        AddSynonym(commodities, ["monazite", "bastnaesite", "bastnäsite", "xenotime", "mixed rare earth carbonate", "mixed rare earth concentrate"], "rare earths");
        AddSynonym(commodities, ["molybdenite"], "molybdenum");
        AddSynonym(commodities, ["ferromanganese", "silicomanganese"], "manganese");
        AddSynonym(commodities, ["ferrovanadium", "vanadium pentoxide"], "vanadium");
        AddSynonym(commodities, ["MHP"], "nickel");
        AddSynonym(commodities, ["LCE", "lithium carbonate equivalent", "lithium sulphate", "lithium sulfate"], "lithium");
        AddSynonym(commodities, ["gold deliveries", "gold mining", "gold mine", "gold production", "gold output", "gold prices"], "gold");
        AddSynonym(commodities, ["silver concentrates", "silver mine", "silver production", "silver prices"], "silver");
        AddSynonym(commodities, ["lead concentrates", "lead smelter", "lead production"], "lead");
        foreach (var commodity in commodities.All)
        {
            if (commodity.Kind == CommodityKind.Product)
            {
                // A catalogue product counts by its full name ("lithium-ion batteries"); a one-word alias ("batteries")
                // is too generic to say which product is meant.
                var product = new CommodityReference(CommodityReferenceKind.Commodity, [commodity.Name], Product: true);
                foreach (var name in commodity.Aliases.Prepend(commodity.Name).Where(n => n.Contains(' ', StringComparison.Ordinal)))
                {
                    _matcher.Add(name, product);
                }
                foreach (var alias in commodity.Aliases.Where(n => !n.Contains(' ', StringComparison.Ordinal)))
                {
                    _matcher.Add(alias, new CommodityReference(CommodityReferenceKind.Product, []));
                }
                continue;
            }
            var reference = new CommodityReference(CommodityReferenceKind.Commodity, [commodity.Name],
                AmbiguousWords.Contains(commodity.Name, StringComparer.Ordinal));
            _matcher.Add(commodity.Name, reference);
            foreach (var alias in commodity.Aliases)
            {
                _matcher.Add(alias, reference);
            }
            foreach (var symbol in commodity.Symbols)
            {
                _symbols.TryAdd(symbol, commodity.Name);
            }
        }
    }

    public IReadOnlyList<PhraseMatch<CommodityReference>> Find(string text) => _matcher.FindAll(text);

    /// <summary>The commodity whose element symbol is <paramref name="symbol"/> (case-sensitive), if any.</summary>
    public string? BySymbol(string symbol) => _symbols.GetValueOrDefault(symbol);

    private void AddSynonym(CommodityCatalog commodities, IEnumerable<string> phrases, params string[] names)
    {
        var known = names.Where(commodities.Contains).ToList();
        if (known.Count == 0)
        {
            return;
        }
        var reference = new CommodityReference(CommodityReferenceKind.Commodity, known);
        foreach (var phrase in phrases)
        {
            _matcher.Add(phrase, reference);
        }
    }
}
