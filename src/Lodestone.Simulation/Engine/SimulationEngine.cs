using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Lodestone.Simulation.Engine;

/// <summary>The time-stepped model: advances every market of a block of runs month by month, runs side by side in SIMD lanes.</summary>
/// <remarks>
/// The equations, numbered as in docs/simulation.md, are evaluated for <see cref="Vector{T}.Count"/> runs at a time.
/// A block's lane count must be a multiple of <see cref="Vector{T}.Count"/>; padding lanes compute garbage-free
/// copies of valid parameters and are ignored by observers. Nothing here draws random numbers: parameters arrive
/// sampled, one array per parameter with one slot per run.
/// <para>
/// Loop order: for each market, one vector of runs is taken through every month before the next vector starts, so the
/// run state (demand, stockpile, substitution, months under restriction, last price) and the parameters stay in
/// registers; each month's outputs are written to <see cref="BlockBuffers.Months"/> and handed to the observer once the
/// market is done, month by month, in order. Which events restrict which origin in a month is worked out per block
/// (<see cref="MarketSchedule"/>), so origins no event touches skip the restriction arithmetic (its result is exactly
/// zero for them).
/// </para>
/// </remarks>
public static class SimulationEngine
{
    /// <summary>Simulates every market over the model's horizon for the runs of one block.</summary>
    /// <param name="parameters">[parameter][lane] sampled values.</param>
    /// <param name="runs">Real runs in the block (≤ lane count).</param>
    public static void RunBlock(SimulationModel model, double[][] parameters, int runs, BlockBuffers buffers, IMonthObserver observer)
    {
        var lanes = buffers.Lanes;
        if (lanes % Vector<double>.Count != 0)
        {
            throw new ArgumentException($"lane count {lanes} is not a multiple of the vector width {Vector<double>.Count}", nameof(buffers));
        }
        if (buffers.Months.Length < model.Horizon)
        {
            throw new ArgumentException($"buffers hold {buffers.Months.Length} months, the model needs {model.Horizon}", nameof(buffers));
        }
        var schedules = buffers.SchedulesOf(model);
        for (var m = 0; m < model.Markets.Count; m++)
        {
            var market = model.Markets[m];
            Prepare(market, parameters, buffers);
            RunMarket(market, model.Concern.Code, model.Horizon, schedules[m], parameters, buffers);
            for (var t = 0; t < model.Horizon; t++)
            {
                observer.Observe(m, t, buffers.Months[t], runs);
            }
        }
    }

    /// <summary>Eq. 1: monthly growth factors (1 + g)^(1/12), so D(t) = (1 + g)^(t/12) by repeated multiplication.</summary>
    private static void Prepare(MarketModel market, double[][] p, BlockBuffers buffers)
    {
        var demandGrowth = p[market.Parameters.DemandGrowth];
        var worldGrowth = p[market.Parameters.RestOfWorldGrowth];
        for (var i = 0; i < buffers.Lanes; i++)
        {
            buffers.DemandStep[i] = Math.Pow(1 + demandGrowth[i], 1.0 / 12);
            buffers.WorldStep[i] = Math.Pow(1 + worldGrowth[i], 1.0 / 12);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RunMarket(MarketModel market, string concernCode, int horizon, MarketSchedule schedule, double[][] p, BlockBuffers buffers)
    {
        var mp = market.Parameters;
        var origins = market.Origins.Count;
        var width = Vector<double>.Count;
        var one = Vector<double>.One;
        var zero = Vector<double>.Zero;
        var twelfth = new Vector<double>(1.0 / 12);
        var three = new Vector<double>(3);
        var two = new Vector<double>(2);
        var events = market.Events.ToArray();
        var byConcern = events.Select(e => e.Imposing == concernCode).ToArray();
        var projects = market.Projects.ToArray();
        var sCurve = projects.Select(pr => pr.Curve == RampCurve.SCurve).ToArray();
        var projectOrigin = projects.Select(pr => pr.OriginIndex).ToArray();
        var months = buffers.Months;
        var domestic = market.DomesticIndex;
        // Per-origin and per-event vectors of the current group of runs (heap scratch: read from L1 in the month loop).
        var baseShare = new Vector<double>[origins];
        var restriction = new Vector<double>[origins];
        var direct = market.ConcernDirect.Select(c => new Vector<double>(c)).ToArray();
        var traced = market.ConcernTraced.Select(c => new Vector<double>(c)).ToArray();
        var effect = new Vector<double>[events.Length];
        var worldShare = new Vector<double>[events.Length];
        var projectStart = new Vector<double>[projects.Length];
        var projectRamp = new Vector<double>[projects.Length];
        var projectCapacity = new Vector<double>[projects.Length];
        var projectOutput = new Vector<double>[projects.Length];
        var importShares = market.ImportShares.ToArray();
        for (var i = 0; i < buffers.Lanes; i += width)
        {
            // Eq. 2: base shares b_k: domestic 1 − NIR, import origin k NIR·s_k.
            var nir = Load(p[mp.NetImportReliance], i);
            for (var k = 0; k < origins; k++)
            {
                baseShare[k] = k == domestic ? one - nir : nir * new Vector<double>(importShares[k]);
            }
            // Eq. 3: per-event effective restriction e = severity·(1 − approval).
            for (var e = 0; e < events.Length; e++)
            {
                var severity = Vector.Min(one, Vector.Max(zero, Load(p[events[e].Severity], i)));
                var approval = Vector.Min(one, Vector.Max(zero, Load(p[events[e].ApprovalRate], i)));
                effect[e] = severity * (one - approval);
                worldShare[e] = Load(p[events[e].WorldShare], i);
            }
            // Eq. 7 inputs per project: start after the slip, ramp length, and capacity·units·scale·offtake.
            for (var j = 0; j < projects.Length; j++)
            {
                var pr = projects[j];
                projectStart[j] = new Vector<double>(pr.StartMonth) + Load(p[pr.DelayMonths], i);
                projectRamp[j] = Vector.Max(Load(p[pr.RampMonths], i), one);
                projectCapacity[j] = Load(p[pr.Capacity], i) * Load(p[pr.ToDemandUnits], i) * new Vector<double>(pr.Scale) * Load(p[pr.Offtake], i);
            }
            var subLag = Load(p[mp.SubstitutionLagMonths], i);
            var subMax = Load(p[mp.SubstitutionMax], i);
            var subStep = Load(p[mp.SubstitutionRate], i) * twelfth;
            var drLag = Load(p[mp.DemandReductionLagMonths], i);
            var drMax = Load(p[mp.DemandReductionMax], i);
            var elasticity = Load(p[mp.DemandElasticity], i);
            var recShare = Load(p[mp.RecyclingShare], i);
            var recGrowth = Load(p[mp.RecyclingGrowth], i);
            var spareLag = Load(p[mp.SpareLagMonths], i);
            var worldRatio = Load(p[mp.WorldToImporter], i);
            var concernWorldShare = Load(p[mp.ConcernWorldShare], i);
            var spareBase = (one - concernWorldShare) * Load(p[mp.SpareCapacity], i);
            var nonConcernGrowth = Load(p[mp.NonConcernGrowth], i);
            var maxRelease = Load(p[mp.MaxReleasePerMonth], i);
            var priceCap = Load(p[mp.PriceCap], i);
            var priceElasticity = Load(p[mp.PriceElasticity], i);
            var demandStep = Load(buffers.DemandStep, i);
            var worldStep = Load(buffers.WorldStep, i);
            // Run state: no substitution, full stockpile K₀ = months of cover, price 1, demand 1, rest of world W − 1.
            var demand = one;
            var world = Vector.Max(zero, worldRatio - one);
            var sigma = zero;
            var age = zero;
            var stock = Load(p[mp.StockpileMonths], i);
            var pricePrevious = one;
            for (var t = 0; t < horizon; t++)
            {
                var buf = months[t];
                var monthVec = new Vector<double>(t);
                // Eq. 3: restriction r_k(t) = max over active events on origin k of e; L_share = Σ b_k r_k over restricted origins.
                var restrictedShare = zero;
                var targeted = schedule.TargetedOrigins[t];
                for (var n = 0; n < targeted.Length; n++)
                {
                    var k = targeted[n];
                    var r = zero;
                    foreach (var e in schedule.Targeting[t][k])
                    {
                        r = Vector.Max(r, effect[e]);
                    }
                    restriction[k] = r;
                    restrictedShare += baseShare[k] * r;
                }
                // Eq. 8: the rest of the world loses W·w_X·e under a measure on every destination and competes for the same spare capacity.
                var rowLost = zero;
                var rowLostFromConcern = zero;
                foreach (var e in schedule.Worldwide[t])
                {
                    var lostHere = world * worldShare[e] * effect[e];
                    rowLost += lostHere;
                    if (byConcern[e])
                    {
                        rowLostFromConcern += lostHere;
                    }
                }
                // Eq. 4: months under restriction (a = 0 when no flow to the importer is restricted).
                age = Vector.ConditionalSelect(Vector.GreaterThan(restrictedShare, zero), age + one, zero);
                // Eq. 5: substitution σ rises by r_sub/12 per month once a > lag, up to σ_max.
                sigma = Vector.Min(subMax, sigma + Vector.ConditionalSelect(Vector.GreaterThan(age, subLag), subStep, zero));
                // Eq. 6: demand reduction δ = min(δ_max, ε·(P(t−1) − 1)) once a > lag.
                var delta = Vector.ConditionalSelect(Vector.GreaterThan(age, drLag), Vector.Min(drMax, elasticity * (pricePrevious - one)), zero);
                delta = Vector.Max(delta, zero);
                var effectiveDemand = demand * (one - sigma) * (one - delta);
                // Eq. 7: priority supply: additional recycling (ρ + ρ_g·t/12)·D plus project output.
                var recycling = Vector.Max(zero, recShare + recGrowth * monthVec * twelfth) * demand;
                var projected = zero;
                for (var j = 0; j < projectOutput.Length; j++)
                {
                    var x = Vector.Min(one, Vector.Max(zero, (monthVec - projectStart[j] + one) / projectRamp[j]));
                    if (sCurve[j])
                    {
                        x = x * x * (three - two * x);
                    }
                    var output = projectCapacity[j] * x;
                    projectOutput[j] = output;
                    projected += output;
                }
                var primary = recycling + projected;
                var delivered = Vector.Min(effectiveDemand, primary);
                var scale = Vector.ConditionalSelect(Vector.GreaterThan(primary, zero), delivered / primary, zero);
                var rest = effectiveDemand - delivered;
                // Eq. 8: trade flows x_k = b_k·M·(1 − r_k); lost L = Σ b_k·M·r_k (r_k = 0 for origins no event restricts).
                var lost = zero;
                var traded = zero;
                var concern = zero;
                var tracedConcern = zero;
                var originSupply = buf.OriginSupply;
                for (var k = 0; k < origins; k++)
                {
                    var bk = baseShare[k] * rest;
                    var xk = bk;
                    if (schedule.Targeting[t][k].Length > 0)
                    {
                        var rk = restriction[k];
                        xk = bk * (one - rk);
                        lost += bk * rk;
                    }
                    traded += xk;
                    concern += xk * direct[k];
                    tracedConcern += xk * traced[k];
                    Store(originSupply[k], i, xk);
                }
                for (var j = 0; j < projectOutput.Length; j++)
                {
                    var k = projectOrigin[j];
                    var q = projectOutput[j] * scale;
                    Store(originSupply[k], i, Load(originSupply[k], i) + q);
                    concern += q * direct[k];
                    tracedConcern += q * traced[k];
                }
                if (domestic >= 0)
                {
                    Store(originSupply[domestic], i, Load(originSupply[domestic], i) + recycling * scale);
                }
                // Eq. 9: spare capacity of suppliers outside the concern, after a lag, growing with the response.
                var spare = Vector.ConditionalSelect(Vector.GreaterThan(age, spareLag),
                    worldRatio * (spareBase + nonConcernGrowth * (age - spareLag) * twelfth),
                    zero);
                var claim = Vector.ConditionalSelect(Vector.GreaterThan(lost, zero), lost / (lost + rowLost), zero);
                var spareDelivered = Vector.Min(lost, claim * spare);
                var gap = lost - spareDelivered;
                // Eq. 10: stockpile release Z = min(F, K, z_max); K falls by Z.
                var release = Vector.Min(gap, Vector.Min(stock, maxRelease));
                stock -= release;
                var shortfall = gap - release;
                // Eq. 11: outputs. Shares are of current flows (stock releases excluded).
                var flows = delivered + traded + spareDelivered;
                var positiveFlows = Vector.GreaterThan(flows, zero);
                var shortfallFraction = Vector.ConditionalSelect(Vector.GreaterThan(effectiveDemand, zero), shortfall / effectiveDemand, zero);
                // Eq. 12: price index from a linear inverse demand with point elasticity η, capped.
                var price = Vector.Min(priceCap, one + shortfallFraction / priceElasticity);
                pricePrevious = price;
                Store(buf.Demand, i, effectiveDemand);
                Store(buf.Shortfall, i, shortfall);
                Store(buf.SpareSupply, i, spareDelivered);
                Store(buf.StockRelease, i, release);
                Store(buf.Stock, i, stock);
                Store(buf.ConcernToRestOfWorld, i, Vector.Max(zero, world * concernWorldShare - rowLostFromConcern));
                Store(buf.Metrics[(int)Metric.ShortfallFraction], i, shortfallFraction);
                Store(buf.Metrics[(int)Metric.ConcernShare], i, Vector.ConditionalSelect(positiveFlows, concern / flows, zero));
                Store(buf.Metrics[(int)Metric.EffectiveConcernShare], i, Vector.ConditionalSelect(positiveFlows, tracedConcern / flows, zero));
                Store(buf.Metrics[(int)Metric.PriceIndex], i, price);
                // Eq. 1: advance demand to the next month.
                demand *= demandStep;
                world *= worldStep;
            }
        }
    }

    // Unchecked loads and stores: callers keep index + Vector<double>.Count ≤ array length (lane counts are multiples of the width).
    private static Vector<double> Load(double[] array, int index) =>
        Vector.LoadUnsafe(ref MemoryMarshal.GetArrayDataReference(array), (nuint)index);

    private static void Store(double[] array, int index, Vector<double> value) =>
        value.StoreUnsafe(ref MemoryMarshal.GetArrayDataReference(array), (nuint)index);
}
