using System.Numerics;
using System.Runtime.InteropServices;

namespace Lodestone.Simulation.Engine;

/// <summary>The time-stepped model: advances every market of a block of runs month by month, runs side by side in SIMD lanes.</summary>
/// <remarks>
/// The equations, numbered as in docs/simulation.md, are evaluated for <see cref="Vector{T}.Count"/> runs at a time.
/// A block's lane count must be a multiple of <see cref="Vector{T}.Count"/>; padding lanes compute garbage-free
/// copies of valid parameters and are ignored by observers. Nothing here draws random numbers: parameters arrive
/// sampled, one array per parameter with one slot per run.
/// </remarks>
public static class SimulationEngine
{
    /// <summary>Simulates every market over the model's horizon for the runs of one block.</summary>
    /// <param name="parameters">[parameter][lane] sampled values.</param>
    /// <param name="runs">Real runs in the block (≤ lane count).</param>
    public static void RunBlock(SimulationModel model, double[][] parameters, int runs, MonthBuffers buffers, IMonthObserver observer)
    {
        var lanes = buffers.Lanes;
        if (lanes % Vector<double>.Count != 0)
        {
            throw new ArgumentException($"lane count {lanes} is not a multiple of the vector width {Vector<double>.Count}", nameof(buffers));
        }
        var state = new MarketState(lanes, buffers.OriginSupply.Length);
        for (var m = 0; m < model.Markets.Count; m++)
        {
            RunMarket(model, m, parameters, state, buffers, observer, runs);
        }
    }

    private static void RunMarket(SimulationModel model, int marketIndex, double[][] p, MarketState s, MonthBuffers buf, IMonthObserver observer, int runs)
    {
        var market = model.Markets[marketIndex];
        var mp = market.Parameters;
        var lanes = buf.Lanes;
        var origins = market.Origins.Count;
        s.Reset(p[mp.StockpileMonths], lanes);
        // Eq. 1: monthly growth factors (1 + g)^(1/12), so D(t) = (1 + g)^(t/12) by repeated multiplication.
        for (var i = 0; i < lanes; i++)
        {
            s.DemandStep[i] = Math.Pow(1 + p[mp.DemandGrowth][i], 1.0 / 12);
            s.WorldStep[i] = Math.Pow(1 + p[mp.RestOfWorldGrowth][i], 1.0 / 12);
            s.Demand[i] = 1;
            s.World[i] = Math.Max(0, p[mp.WorldToImporter][i] - 1);
        }
        // Eq. 2: base shares b_k: domestic 1 − NIR, import origin k NIR·s_k.
        for (var k = 0; k < origins; k++)
        {
            var share = market.ImportShares[k];
            var nir = p[mp.NetImportReliance];
            var b = s.BaseShare[k];
            for (var i = 0; i < lanes; i++)
            {
                b[i] = k == market.DomesticIndex ? 1 - nir[i] : nir[i] * share;
            }
        }
        // Eq. 3: per-event effective restriction e = severity·(1 − approval).
        var events = market.Events;
        for (var e = 0; e < events.Count; e++)
        {
            var sev = p[events[e].Severity];
            var appr = p[events[e].ApprovalRate];
            var eff = s.EventEffect(e);
            for (var i = 0; i < lanes; i++)
            {
                eff[i] = Math.Clamp(sev[i], 0, 1) * (1 - Math.Clamp(appr[i], 0, 1));
            }
        }
        var width = Vector<double>.Count;
        var one = Vector<double>.One;
        var zero = Vector<double>.Zero;
        var twelfth = new Vector<double>(1.0 / 12);
        // Hoisted out of the hot loop: parameter rows, per-origin constants, events and projects as plain arrays.
        var subLag = p[mp.SubstitutionLagMonths];
        var subMax = p[mp.SubstitutionMax];
        var subRate = p[mp.SubstitutionRate];
        var drLag = p[mp.DemandReductionLagMonths];
        var drMax = p[mp.DemandReductionMax];
        var elasticity = p[mp.DemandElasticity];
        var recShare = p[mp.RecyclingShare];
        var recGrowth = p[mp.RecyclingGrowth];
        var spareLag = p[mp.SpareLagMonths];
        var worldRatio = p[mp.WorldToImporter];
        var concernShare = p[mp.ConcernWorldShare];
        var spareCapacity = p[mp.SpareCapacity];
        var nonConcernGrowth = p[mp.NonConcernGrowth];
        var maxRelease = p[mp.MaxReleasePerMonth];
        var priceCap = p[mp.PriceCap];
        var priceElasticity = p[mp.PriceElasticity];
        var direct = market.ConcernDirect.Select(c => new Vector<double>(c)).ToArray();
        var traced = market.ConcernTraced.Select(c => new Vector<double>(c)).ToArray();
        var eventList = events.ToArray();
        var eventEffects = Enumerable.Range(0, eventList.Length).Select(s.EventEffect).ToArray();
        var eventWorldShare = eventList.Select(e => p[e.WorldShare]).ToArray();
        var projectList = market.Projects.ToArray();
        var projectOutput = Enumerable.Range(0, projectList.Length).Select(j => s.ProjectOutput[j]).ToArray();
        var projectStart = projectList.Select(pr => new Vector<double>(pr.StartMonth)).ToArray();
        var projectScale = projectList.Select(pr => new Vector<double>(pr.Scale)).ToArray();
        var baseShare = s.BaseShare;
        var restriction = s.Restriction;
        var originSupply = buf.OriginSupply;
        var domestic = market.DomesticIndex;
        for (var t = 0; t < model.Horizon; t++)
        {
            var monthVec = new Vector<double>(t);
            var activeEvents = eventList.Select((e, k) => (Event: e, Index: k)).Where(x => x.Event.Active[t]).ToArray();
            for (var i = 0; i < lanes; i += width)
            {
                var demand = Load(s.Demand, i);
                var world = Load(s.World, i);
                // Eq. 3: restriction r_k(t) = max over active events on origin k of e; L_share = Σ b_k r_k.
                var restrictedShare = zero;
                var rowLost = zero;
                for (var k = 0; k < origins; k++)
                {
                    Store(restriction[k], i, zero);
                }
                foreach (var (ev, e) in activeEvents)
                {
                    var eff = Load(eventEffects[e], i);
                    if (ev.TargetsImporter && ev.OriginIndex >= 0)
                    {
                        var r = restriction[ev.OriginIndex];
                        Store(r, i, Vector.Max(Load(r, i), eff));
                    }
                    if (ev.TargetsAll)
                    {
                        // Eq. 8: the rest of the world loses W·w_X·e and competes for the same spare capacity.
                        rowLost += world * Load(eventWorldShare[e], i) * eff;
                    }
                }
                for (var k = 0; k < origins; k++)
                {
                    restrictedShare += Load(baseShare[k], i) * Load(restriction[k], i);
                }
                // Eq. 4: months under restriction (a = 0 when no flow to the importer is restricted).
                var restricted = Vector.GreaterThan(restrictedShare, zero);
                var age = Vector.ConditionalSelect(restricted, Load(s.Age, i) + one, zero);
                Store(s.Age, i, age);
                // Eq. 5: substitution σ rises by r_sub/12 per month once a > lag, up to σ_max.
                var subOn = Vector.GreaterThan(age, Load(subLag, i));
                var sigma = Vector.Min(Load(subMax, i), Load(s.Sigma, i) + Vector.ConditionalSelect(subOn, Load(subRate, i) * twelfth, zero));
                Store(s.Sigma, i, sigma);
                // Eq. 6: demand reduction δ = min(δ_max, ε·(P(t−1) − 1)) once a > lag.
                var drOn = Vector.GreaterThan(age, Load(drLag, i));
                var delta = Vector.ConditionalSelect(drOn, Vector.Min(Load(drMax, i), Load(elasticity, i) * (Load(s.PricePrevious, i) - one)), zero);
                delta = Vector.Max(delta, zero);
                var effectiveDemand = demand * (one - sigma) * (one - delta);
                // Eq. 7: priority supply: additional recycling (ρ + ρ_g·t/12)·D plus project output.
                var recycling = Vector.Max(zero, Load(recShare, i) + Load(recGrowth, i) * monthVec * twelfth) * demand;
                var projects = zero;
                for (var j = 0; j < projectList.Length; j++)
                {
                    var pr = projectList[j];
                    var start = projectStart[j] + Load(p[pr.DelayMonths], i);
                    var ramp = Vector.Max(Load(p[pr.RampMonths], i), one);
                    var x = Vector.Min(one, Vector.Max(zero, (monthVec - start + one) / ramp));
                    if (pr.Curve == RampCurve.SCurve)
                    {
                        x = x * x * (new Vector<double>(3) - new Vector<double>(2) * x);
                    }
                    var output = Load(p[pr.Capacity], i) * Load(p[pr.ToDemandUnits], i) * projectScale[j] * Load(p[pr.Offtake], i) * x;
                    Store(projectOutput[j], i, output);
                    projects += output;
                }
                var primary = recycling + projects;
                var delivered = Vector.Min(effectiveDemand, primary);
                var scale = Vector.ConditionalSelect(Vector.GreaterThan(primary, zero), delivered / primary, zero);
                var rest = effectiveDemand - delivered;
                // Eq. 8: trade flows x_k = b_k·M·(1 − r_k); lost L = Σ b_k·M·r_k.
                var lost = zero;
                var traded = zero;
                var concern = zero;
                var tracedConcern = zero;
                for (var k = 0; k < origins; k++)
                {
                    var bk = Load(baseShare[k], i) * rest;
                    var rk = Load(restriction[k], i);
                    var xk = bk * (one - rk);
                    lost += bk * rk;
                    traded += xk;
                    concern += xk * direct[k];
                    tracedConcern += xk * traced[k];
                    Store(originSupply[k], i, xk);
                }
                for (var j = 0; j < projectList.Length; j++)
                {
                    var k = projectList[j].OriginIndex;
                    var q = Load(projectOutput[j], i) * scale;
                    Store(originSupply[k], i, Load(originSupply[k], i) + q);
                    concern += q * direct[k];
                    tracedConcern += q * traced[k];
                }
                if (domestic >= 0)
                {
                    Store(originSupply[domestic], i, Load(originSupply[domestic], i) + recycling * scale);
                }
                // Eq. 9: spare capacity of suppliers outside the concern, after a lag, growing with the response.
                var lag = Load(spareLag, i);
                var spare = Vector.ConditionalSelect(Vector.GreaterThan(age, lag),
                    Load(worldRatio, i) * ((one - Load(concernShare, i)) * Load(spareCapacity, i) + Load(nonConcernGrowth, i) * (age - lag) * twelfth),
                    zero);
                var claim = Vector.ConditionalSelect(Vector.GreaterThan(lost, zero), lost / (lost + rowLost), zero);
                var spareDelivered = Vector.Min(lost, claim * spare);
                var gap = lost - spareDelivered;
                // Eq. 10: stockpile release Z = min(F, K, z_max); K falls by Z.
                var stock = Load(s.Stock, i);
                var release = Vector.Min(gap, Vector.Min(stock, Load(maxRelease, i)));
                stock -= release;
                Store(s.Stock, i, stock);
                var shortfall = gap - release;
                // Eq. 11: outputs. Shares are of current flows (stock releases excluded).
                var flows = delivered + traded + spareDelivered;
                var positiveFlows = Vector.GreaterThan(flows, zero);
                var shortfallFraction = Vector.ConditionalSelect(Vector.GreaterThan(effectiveDemand, zero), shortfall / effectiveDemand, zero);
                // Eq. 12: price index from a linear inverse demand with point elasticity η, capped.
                var price = Vector.Min(Load(priceCap, i), one + shortfallFraction / Load(priceElasticity, i));
                Store(s.PricePrevious, i, price);
                Store(buf.Demand, i, effectiveDemand);
                Store(buf.Shortfall, i, shortfall);
                Store(buf.SpareSupply, i, spareDelivered);
                Store(buf.StockRelease, i, release);
                Store(buf.Stock, i, stock);
                Store(buf.Metrics[(int)Metric.ShortfallFraction], i, shortfallFraction);
                Store(buf.Metrics[(int)Metric.ConcernShare], i, Vector.ConditionalSelect(positiveFlows, concern / flows, zero));
                Store(buf.Metrics[(int)Metric.EffectiveConcernShare], i, Vector.ConditionalSelect(positiveFlows, tracedConcern / flows, zero));
                Store(buf.Metrics[(int)Metric.PriceIndex], i, price);
                // Eq. 1: advance demand to the next month.
                Store(s.Demand, i, demand * Load(s.DemandStep, i));
                Store(s.World, i, world * Load(s.WorldStep, i));
            }
            observer.Observe(marketIndex, t, buf, runs);
        }
    }

    // Unchecked loads and stores: callers keep index + Vector<double>.Count ≤ array length (lane counts are multiples of the width).
    private static Vector<double> Load(double[] array, int index) =>
        Vector.LoadUnsafe(ref MemoryMarshal.GetArrayDataReference(array), (nuint)index);

    private static void Store(double[] array, int index, Vector<double> value) =>
        value.StoreUnsafe(ref MemoryMarshal.GetArrayDataReference(array), (nuint)index);
}
