namespace Lodestone.Simulation.Engine;

/// <summary>Per-run state of the market being simulated, one slot per lane; reused across markets of a block.</summary>
internal sealed class MarketState
{
    private readonly int _lanes;
    private readonly List<double[]> _eventEffects = [];
    private readonly List<double[]> _projectOutputs = [];

    public MarketState(int lanes, int maxOrigins)
    {
        _lanes = lanes;
        Demand = new double[lanes];
        World = new double[lanes];
        DemandStep = new double[lanes];
        WorldStep = new double[lanes];
        Sigma = new double[lanes];
        Stock = new double[lanes];
        Age = new double[lanes];
        PricePrevious = new double[lanes];
        BaseShare = Enumerable.Range(0, maxOrigins).Select(_ => new double[lanes]).ToArray();
        Restriction = Enumerable.Range(0, maxOrigins).Select(_ => new double[lanes]).ToArray();
        ProjectOutput = new ProjectOutputs(this);
    }

    public double[] Demand { get; }
    public double[] World { get; }
    public double[] DemandStep { get; }
    public double[] WorldStep { get; }
    public double[] Sigma { get; }
    public double[] Stock { get; }
    public double[] Age { get; }
    public double[] PricePrevious { get; }
    public double[][] BaseShare { get; }
    public double[][] Restriction { get; }
    public ProjectOutputs ProjectOutput { get; }

    /// <summary>Clears the state before a market: no substitution, full stockpile K₀ = months of cover, price 1.</summary>
    public void Reset(double[] stockpileMonths, int lanes)
    {
        Array.Clear(Sigma);
        Array.Clear(Age);
        Array.Fill(PricePrevious, 1.0);
        Array.Copy(stockpileMonths, Stock, lanes);
    }

    public double[] EventEffect(int e)
    {
        while (_eventEffects.Count <= e)
        {
            _eventEffects.Add(new double[_lanes]);
        }
        return _eventEffects[e];
    }

    /// <summary>Lane arrays for project output, grown on demand.</summary>
    internal sealed class ProjectOutputs(MarketState owner)
    {
        public double[] this[int j]
        {
            get
            {
                while (owner._projectOutputs.Count <= j)
                {
                    owner._projectOutputs.Add(new double[owner._lanes]);
                }
                return owner._projectOutputs[j];
            }
        }
    }
}
