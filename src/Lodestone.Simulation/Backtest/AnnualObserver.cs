using Lodestone.Simulation.Engine;

namespace Lodestone.Simulation.Backtest;

/// <summary>Turns each run's months into the annual figures of the probes: the forecast distribution of every observation.</summary>
/// <remarks>
/// Per run and probe, over the twelve months of the probe's year: price ratio = mean price index; import ratio = Σ imports /
/// (12·NIR), imports being every origin but the importer's own plus spare supply (importer units: base-year monthly demand is
/// 1, base-year monthly imports NIR); concern import share = Σ concern flows / Σ imports; concern export ratio = Σ (concern flow to
/// the importer + concern supply to the rest of the world) × price index / (12·(NIR·s_X + max(0, ω − 1)·w_X)), and concern-to-importer
/// ratio = Σ concern flow × price index / (12·NIR·s_X): values, as BACI records them, over the base-year rate of the same flows at
/// index 1 (s_X the concern's import share, ω world over importer demand, w_X its world share; all drawn per run). A run that
/// imports nothing (NIR 0, or every import stopped) or has no base-year concern flow has no ratio or share: NaN, which the runner
/// refuses with the observation named, never a zero.
/// </remarks>
internal sealed class AnnualObserver : IMonthObserver
{
    private readonly SimulationModel _model;
    private readonly IReadOnlyList<Probe> _probes;
    private readonly double[][] _parameters;
    private readonly double[][] _sum;
    private readonly double[][] _concern;

    /// <param name="parameters">The block's sampled parameters ([parameter][lane]), refilled before each block.</param>
    public AnnualObserver(SimulationModel model, IReadOnlyList<Probe> probes, double[][] parameters, int runs, int lanes)
    {
        _model = model;
        _probes = probes;
        _parameters = parameters;
        Values = probes.Select(_ => new double[runs]).ToArray();
        _sum = probes.Select(_ => new double[lanes]).ToArray();
        _concern = probes.Select(_ => new double[lanes]).ToArray();
    }

    /// <summary>[probe][run]: the annual figure of every run.</summary>
    public double[][] Values { get; }

    /// <summary>The run number of the block's first lane.</summary>
    public int FirstRun { get; set; }

    public void Observe(int market, int month, MonthBuffers values, int runs)
    {
        var model = _model.Markets[market];
        var concern = ConcernIndex(model);
        for (var p = 0; p < _probes.Count; p++)
        {
            var probe = _probes[p];
            if (probe.Market != market || month < probe.FirstMonth || month >= probe.FirstMonth + 12)
            {
                continue;
            }
            var sum = _sum[p];
            var concernSum = _concern[p];
            if (month == probe.FirstMonth)
            {
                Array.Clear(sum);
                Array.Clear(concernSum);
            }
            for (var i = 0; i < runs; i++)
            {
                if (probe.Measure == Measure.PriceRatio)
                {
                    sum[i] += values.Metrics[(int)Metric.PriceIndex][i];
                    continue;
                }
                if (probe.Measure.IsValue())
                {
                    var flow = concern >= 0 ? values.OriginSupply[concern][i] : 0;
                    if (probe.Measure == Measure.ConcernExportRatio)
                    {
                        flow += values.ConcernToRestOfWorld[i];
                    }
                    sum[i] += flow * values.Metrics[(int)Metric.PriceIndex][i];
                    continue;
                }
                var imports = values.SpareSupply[i];
                for (var k = 0; k < model.Origins.Count; k++)
                {
                    if (k != model.DomesticIndex)
                    {
                        imports += values.OriginSupply[k][i];
                    }
                }
                sum[i] += imports;
                concernSum[i] += concern >= 0 ? values.OriginSupply[concern][i] : 0;
            }
            if (month == probe.FirstMonth + 11)
            {
                Finish(p, model, runs);
            }
        }
    }

    private void Finish(int p, MarketModel market, int runs)
    {
        var values = Values[p];
        var nir = _parameters[market.Parameters.NetImportReliance];
        var world = _parameters[market.Parameters.WorldToImporter];
        var worldShare = _parameters[market.Parameters.ConcernWorldShare];
        var concern = ConcernIndex(market);
        var importShare = concern >= 0 ? market.ImportShares[concern] : 0;
        for (var i = 0; i < runs; i++)
        {
            var toImporter = nir[i] * importShare;
            values[FirstRun + i] = _probes[p].Measure switch
            {
                Measure.PriceRatio => _sum[p][i] / 12,
                Measure.ImportRatio => nir[i] > 0 ? _sum[p][i] / (12 * nir[i]) : double.NaN,
                Measure.ConcernToImporterRatio => Ratio(_sum[p][i], toImporter),
                Measure.ConcernExportRatio => Ratio(_sum[p][i], toImporter + Math.Max(0, world[i] - 1) * worldShare[i]),
                _ => _sum[p][i] > 0 ? _concern[p][i] / _sum[p][i] : double.NaN,
            };
        }
    }

    private static double Ratio(double yearValue, double baseMonthly) => baseMonthly > 0 ? yearValue / (12 * baseMonthly) : double.NaN;

    private int ConcernIndex(MarketModel market)
    {
        for (var k = 0; k < market.Origins.Count; k++)
        {
            if (k != market.DomesticIndex && market.Origins[k] == _model.Concern.Code)
            {
                return k;
            }
        }
        return -1;
    }
}
