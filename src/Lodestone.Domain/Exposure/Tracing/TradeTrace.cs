using Lodestone.Domain.Metrics;
using Lodestone.Domain.Model;

namespace Lodestone.Domain.Exposure.Tracing;

/// <summary>The supplier content of every country's supply of one commodity at every stage, as bounds traced on production and trade data.</summary>
public sealed class TradeTrace
{
    private readonly IReadOnlyDictionary<(Iso3, Stage), TraceNode> _nodes;
    private readonly IReadOnlyDictionary<(Iso3, Stage), ShareBounds> _content;

    internal TradeTrace(string commodity, Iso3 supplier, IReadOnlyList<Stage> chain, IReadOnlyDictionary<Stage, StageDistribution> distributions,
        IReadOnlyDictionary<Stage, (Trade.HsCode Code, int Year)> codes, IReadOnlyDictionary<(Iso3, Stage), TraceNode> nodes, IReadOnlyDictionary<(Iso3, Stage), ShareBounds> content, int iterations, int? year = null)
    {
        Year = year;
        Commodity = commodity;
        Supplier = supplier;
        Chain = chain;
        Distributions = distributions;
        Codes = codes;
        _nodes = nodes;
        _content = content;
        Iterations = iterations;
    }

    /// <summary>Canonical name of the commodity traced.</summary>
    public string Commodity { get; }
    /// <summary>The country whose content in every supply is traced.</summary>
    public Iso3 Supplier { get; }

    /// <summary>Stages with output or trade data, upstream first.</summary>
    public IReadOnlyList<Stage> Chain { get; }

    /// <summary>World stage shares per stage of the chain (where published).</summary>
    public IReadOnlyDictionary<Stage, StageDistribution> Distributions { get; }

    /// <summary>The HS code and year read at each stage that has flows.</summary>
    public IReadOnlyDictionary<Stage, (Trade.HsCode Code, int Year)> Codes { get; }

    /// <summary>The vintage the world shares, import sources and NIR are read for (<see cref="KnowledgeBase.Vintages"/>); null for the newest.</summary>
    public int? Year { get; }

    /// <summary>Sweeps the fixed-point iteration took.</summary>
    public int Iterations { get; }

    /// <summary>The node of a country at a stage, or null when the data give it neither output nor imports.</summary>
    public TraceNode? Node(Iso3 country, Stage stage) => _nodes.GetValueOrDefault((country, stage));

    /// <summary>Share of <paramref name="country"/>'s supply at <paramref name="stage"/> that passed through the supplier at that stage or upstream.</summary>
    /// <remarks>The supplier itself is [1, 1]; a country the data do not cover is unknown [0, 1], never 0.</remarks>
    public ShareBounds Content(Iso3 country, Stage stage) =>
        country == Supplier ? ShareBounds.One : _content.TryGetValue((country, stage), out var c) ? c : ShareBounds.Unknown;

    /// <summary>Supplier content of what <paramref name="importer"/> gets from <paramref name="origin"/> at <paramref name="stage"/>.</summary>
    /// <remarks>The supplier itself is [1, 1]; an unnamed aggregate ("other countries") is unknown [0, 1]; the importer's own
    /// supply is what it makes from its own feed (<see cref="MadeHere"/>); any other origin is its traced <see cref="Content"/>.
    /// The one rule the simulation's attribution and the planner's concern content share.</remarks>
    public ShareBounds OriginContent(Iso3 importer, Iso3 origin, Stage stage) =>
        origin == Supplier ? ShareBounds.One
        : origin.IsAggregate ? ShareBounds.Unknown
        : origin == importer ? MadeHere(origin, stage)
        : Content(origin, stage);

    /// <summary>Supplier content of what <paramref name="country"/> itself makes at <paramref name="stage"/> (its own feed's content).</summary>
    public ShareBounds MadeHere(Iso3 country, Stage stage)
    {
        if (country == Supplier)
        {
            return ShareBounds.One;
        }
        var previous = Previous(stage);
        return previous is null ? ShareBounds.Zero : Content(country, previous.Value);
    }

    /// <summary>The stage upstream of <paramref name="stage"/> on the chain, or null at the chain's first stage.</summary>
    public Stage? Previous(Stage stage)
    {
        var i = Chain.ToList().IndexOf(stage);
        return i > 0 ? Chain[i - 1] : null;
    }

    /// <summary>The HS code read at a stage, or null when none has flows.</summary>
    public Trade.HsCode? CodeAt(Stage stage) => Codes.TryGetValue(stage, out var c) ? c.Code : null;

    /// <summary>The year of the flows read at a stage, or null.</summary>
    public int? YearAt(Stage stage) => Codes.TryGetValue(stage, out var c) ? c.Year : null;
}
