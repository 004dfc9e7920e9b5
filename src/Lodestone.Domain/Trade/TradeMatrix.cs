using Lodestone.Domain.Model;

namespace Lodestone.Domain.Trade;

/// <summary>Bilateral flows indexed by product and year, with the HS mapping that says what each code carries.</summary>
/// <remarks>Built once per dataset snapshot; every lookup is a dictionary read, so tracing all commodities stays fast.</remarks>
public sealed class TradeMatrix
{
    private static readonly IReadOnlyList<TradeFlow> None = [];
    private readonly Dictionary<(string Hs6, int Year), List<TradeFlow>> _byCode = [];
    private readonly Dictionary<(string Hs6, int Year, Iso3 Importer), List<TradeFlow>> _imports = [];
    private readonly Dictionary<(string Hs6, int Year, Iso3 Exporter), List<TradeFlow>> _exports = [];
    private readonly Dictionary<string, SortedSet<int>> _years = new(StringComparer.Ordinal);
    private readonly Dictionary<string, double> _newestValue = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HsCode> _codes;

    /// <summary>Indexes <paramref name="flows"/> by HS6 code and year, importer and exporter; <paramref name="codes"/> say what each
    /// code carries.</summary>
    public TradeMatrix(IEnumerable<TradeFlow> flows, IEnumerable<HsCode> codes)
    {
        _codes = codes.ToDictionary(c => c.Hs6, StringComparer.Ordinal);
        var count = 0;
        foreach (var flow in flows)
        {
            Add(_byCode, (flow.Hs6, flow.Year), flow);
            Add(_imports, (flow.Hs6, flow.Year, flow.Importer), flow);
            Add(_exports, (flow.Hs6, flow.Year, flow.Exporter), flow);
            if (!_years.TryGetValue(flow.Hs6, out var years))
            {
                _years[flow.Hs6] = years = [];
            }
            years.Add(flow.Year);
            count++;
        }
        Count = count;
        foreach (var (hs6, years) in _years)
        {
            _newestValue[hs6] = _byCode[(hs6, years.Max)].Sum(f => f.ValueUsd);
        }
    }

    /// <summary>Number of flows held.</summary>
    public int Count { get; }

    /// <summary>The HS codes the mapping knows, by code.</summary>
    public IReadOnlyDictionary<string, HsCode> Codes => _codes;

    /// <summary>Years with at least one flow of <paramref name="hs6"/>, ascending.</summary>
    public IReadOnlyCollection<int> Years(string hs6) => _years.TryGetValue(hs6, out var y) ? y : [];

    /// <summary>The newest year with flows of <paramref name="hs6"/>, or null when the data has none.</summary>
    public int? LatestYear(string hs6) => YearFor(hs6, null);

    /// <summary>The year of <paramref name="hs6"/>'s flows a view of <paramref name="year"/> reads: the newest year with flows up to
    /// it, else the oldest after it (which the caller marks as after the view's year); the newest when no year is given; null
    /// when the code has no flows.</summary>
    public int? YearFor(string hs6, int? year)
    {
        if (!_years.TryGetValue(hs6, out var years) || years.Count == 0)
        {
            return null;
        }
        if (year is not { } y)
        {
            return years.Max;
        }
        var upTo = years.GetViewBetween(int.MinValue, y);
        return upTo.Count > 0 ? upTo.Max : years.Min;
    }

    /// <summary>Every flow of one code in one year.</summary>
    public IReadOnlyList<TradeFlow> Flows(string hs6, int year) => _byCode.TryGetValue((hs6, year), out var f) ? f : None;

    /// <summary>What <paramref name="importer"/> imported of <paramref name="hs6"/> in <paramref name="year"/>, one flow per exporter.</summary>
    public IReadOnlyList<TradeFlow> Imports(Iso3 importer, string hs6, int year) =>
        _imports.TryGetValue((hs6, year, importer), out var f) ? f : None;

    /// <summary>What <paramref name="exporter"/> exported of <paramref name="hs6"/> in <paramref name="year"/>, one flow per importer.</summary>
    public IReadOnlyList<TradeFlow> Exports(Iso3 exporter, string hs6, int year) =>
        _exports.TryGetValue((hs6, year, exporter), out var f) ? f : None;

    /// <summary>Mapped codes that carry <paramref name="commodity"/> (alone or in a bundle), in code order.</summary>
    public IReadOnlyList<HsCode> CodesFor(string commodity) =>
        _codes.Values.Where(c => c.Carries(commodity)).OrderBy(c => c.Hs6, StringComparer.Ordinal).ToList();

    /// <summary>Mapped codes of <paramref name="commodity"/> at <paramref name="stage"/> that have flows:
    /// single-commodity codes first, then the code with the most recorded trade (value of its newest year)
    /// first.</summary>
    /// <remarks>A full BACI release can hold several codes of one stage (lithium carbonate 2836.91 and hydroxide
    /// 2825.20 at refining); a reader of one code per stage then reads the one that carries most of the stage's trade,
    /// not the lowest number.</remarks>
    public IReadOnlyList<HsCode> CodesWithFlows(string commodity, Stage stage) =>
        CodesFor(commodity).Where(c => c.Stage == stage && _years.ContainsKey(c.Hs6)).OrderBy(c => c.IsBundle)
            .ThenByDescending(c => _newestValue[c.Hs6]).ThenBy(c => c.Hs6, StringComparer.Ordinal).ToList();

    private static void Add<TKey>(Dictionary<TKey, List<TradeFlow>> index, TKey key, TradeFlow flow)
        where TKey : notnull
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }
        list.Add(flow);
    }
}
