using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Lodestone.Simulation.Engine;

/// <summary>The time-stepped model: advances every market of a block of runs month by month, runs side by side in SIMD lanes.</summary>
/// <remarks>
/// The equations, numbered as in docs/simulation.md, are evaluated for a vector of runs at a time: 8 with AVX-512
/// (<see cref="Vector512Lanes"/>) when the lane count divides by 8, else <see cref="Vector{T}.Count"/> (<see cref="SystemVectorLanes"/>);
/// one kernel serves both (<see cref="ILaneVector{TSelf}"/>), and a run's values do not depend on the width.
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
        for (var m = 0; m < model.Markets.Count; m++)
        {
            RunMarket(model, m, parameters, runs, buffers, observer);
        }
    }

    /// <summary>Simulates one market (index <paramref name="market"/>) over the model's horizon for the runs of one block; the observer
    /// sees its months in order once the market is done.</summary>
    /// <remarks>Markets do not interact, so a caller may run them in any order; <see cref="RunBlock"/> runs them in model order.</remarks>
    public static void RunMarket(SimulationModel model, int market, double[][] parameters, int runs, BlockBuffers buffers, IMonthObserver observer)
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
        var schedule = buffers.SchedulesOf(model)[market];
        var marketModel = model.Markets[market];
        Prepare(marketModel, parameters, buffers);
        // Eight runs per instruction where the hardware has AVX-512 and the block divides into eights (a run's values are the same
        // at either width: every operation is lane by lane); otherwise the platform's Vector<double>.
        if (Vector512.IsHardwareAccelerated && lanes % Vector512PairLanes.Count == 0)
        {
            RunMarket<Vector512PairLanes>(marketModel, model.Concern.Code, model.Horizon, schedule, parameters, buffers);
        }
        else if (Vector512.IsHardwareAccelerated && lanes % Vector512<double>.Count == 0)
        {
            RunMarket<Vector512Lanes>(marketModel, model.Concern.Code, model.Horizon, schedule, parameters, buffers);
        }
        else
        {
            RunMarket<SystemVectorLanes>(marketModel, model.Concern.Code, model.Horizon, schedule, parameters, buffers);
        }
        for (var t = 0; t < model.Horizon; t++)
        {
            observer.Observe(market, t, buffers.Months[t], runs);
        }
    }

    /// <summary>Eq. 1: monthly growth factors (1 + g)^(1/12), so D(t) = (1 + g)^(t/12) by repeated multiplication.</summary>
    private static void Prepare(MarketModel market, double[][] p, BlockBuffers buffers)
    {
        var demandGrowth = p[market.Parameters.DemandGrowth];
        var worldGrowth = p[market.Parameters.RestOfWorldGrowth];
        // A lane whose growth equals the previous lane's (a fixed parameter: every lane) reuses its factor, the same bits.
        for (var i = 0; i < buffers.Lanes; i++)
        {
            buffers.DemandStep[i] = i > 0 && demandGrowth[i] == demandGrowth[i - 1] ? buffers.DemandStep[i - 1] : Math.Pow(1 + demandGrowth[i], 1.0 / 12);
            buffers.WorldStep[i] = i > 0 && worldGrowth[i] == worldGrowth[i - 1] ? buffers.WorldStep[i - 1] : Math.Pow(1 + worldGrowth[i], 1.0 / 12);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RunMarket<TV>(MarketModel market, string concernCode, int horizon, MarketSchedule schedule, double[][] p, BlockBuffers buffers)
        where TV : struct, ILaneVector<TV>
    {
        var mp = market.Parameters;
        var origins = market.Origins.Count;
        var width = TV.Count;
        var one = TV.One;
        var zero = TV.Zero;
        var twelfth = TV.Create(1.0 / 12);
        var three = TV.Create(3);
        var two = TV.Create(2);
        var events = market.Events.ToArray();
        var byConcern = events.Select(e => e.Imposing == concernCode).ToArray();
        var projects = market.Projects.ToArray();
        var sCurve = projects.Select(pr => pr.Curve == RampCurve.SCurve).ToArray();
        var projectOrigin = projects.Select(pr => pr.OriginIndex).ToArray();
        var months = buffers.Months;
        var domestic = market.DomesticIndex;
        // Per-origin and per-event vectors of the current group of runs (heap scratch: read from L1 in the month loop).
        var baseShare = new TV[origins];
        var restriction = new TV[origins];
        var direct = market.ConcernDirect.Select(c => TV.Create(c)).ToArray();
        var traced = market.ConcernTraced.Select(c => TV.Create(c)).ToArray();
        var effect = new TV[events.Length];
        var worldShare = new TV[events.Length];
        var projectStart = new TV[projects.Length];
        var projectRamp = new TV[projects.Length];
        var projectCapacity = new TV[projects.Length];
        var projectOutput = new TV[projects.Length];
        var importShares = market.ImportShares.ToArray();
        for (var i = 0; i < buffers.Lanes; i += width)
        {
            // Eq. 2: base shares b_k: domestic 1 − NIR, import origin k NIR·s_k.
            var nir = TV.Load(p[mp.NetImportReliance], i);
            for (var k = 0; k < origins; k++)
            {
                baseShare[k] = k == domestic ? one - nir : nir * TV.Create(importShares[k]);
            }
            // Eq. 3: per-event effective restriction e = severity·(1 − approval).
            for (var e = 0; e < events.Length; e++)
            {
                var severity = TV.Min(one, TV.Max(zero, TV.Load(p[events[e].Severity], i)));
                var approval = TV.Min(one, TV.Max(zero, TV.Load(p[events[e].ApprovalRate], i)));
                effect[e] = severity * (one - approval);
                worldShare[e] = TV.Load(p[events[e].WorldShare], i);
            }
            // Eq. 7 inputs per project: start after the slip, ramp length, and capacity·units·scale·offtake.
            for (var j = 0; j < projects.Length; j++)
            {
                var pr = projects[j];
                projectStart[j] = TV.Create(pr.StartMonth) + TV.Load(p[pr.DelayMonths], i);
                projectRamp[j] = TV.Max(TV.Load(p[pr.RampMonths], i), one);
                projectCapacity[j] = TV.Load(p[pr.Capacity], i) * TV.Load(p[pr.ToDemandUnits], i) * TV.Create(pr.Scale) * TV.Load(p[pr.Offtake], i);
            }
            var subLag = TV.Load(p[mp.SubstitutionLagMonths], i);
            var subMax = TV.Load(p[mp.SubstitutionMax], i);
            var subStep = TV.Load(p[mp.SubstitutionRate], i) * twelfth;
            var drLag = TV.Load(p[mp.DemandReductionLagMonths], i);
            var drMax = TV.Load(p[mp.DemandReductionMax], i);
            var elasticity = TV.Load(p[mp.DemandElasticity], i);
            var recShare = TV.Load(p[mp.RecyclingShare], i);
            var recGrowth = TV.Load(p[mp.RecyclingGrowth], i);
            var spareLag = TV.Load(p[mp.SpareLagMonths], i);
            var worldRatio = TV.Load(p[mp.WorldToImporter], i);
            var concernWorldShare = TV.Load(p[mp.ConcernWorldShare], i);
            var spareBase = (one - concernWorldShare) * TV.Load(p[mp.SpareCapacity], i);
            var nonConcernGrowth = TV.Load(p[mp.NonConcernGrowth], i);
            var maxRelease = TV.Load(p[mp.MaxReleasePerMonth], i);
            var priceCap = TV.Load(p[mp.PriceCap], i);
            var priceElasticity = TV.Load(p[mp.PriceElasticity], i);
            var demandStep = TV.Load(buffers.DemandStep, i);
            var worldStep = TV.Load(buffers.WorldStep, i);
            // Run state: no substitution, full stockpile K₀ = months of cover, price 1, demand 1, rest of world W − 1.
            var demand = one;
            var world = TV.Max(zero, worldRatio - one);
            var sigma = zero;
            var age = zero;
            var stock = TV.Load(p[mp.StockpileMonths], i);
            var pricePrevious = one;
            for (var t = 0; t < horizon; t++)
            {
                var buf = months[t];
                var monthVec = TV.Create(t);
                // Eq. 3: restriction r_k(t) = max over active events on origin k of e; L_share = Σ b_k r_k over restricted origins.
                var restrictedShare = zero;
                var targeted = schedule.TargetedOrigins[t];
                for (var n = 0; n < targeted.Length; n++)
                {
                    var k = targeted[n];
                    var r = zero;
                    foreach (var e in schedule.Targeting[t][k])
                    {
                        r = TV.Max(r, effect[e]);
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
                age = TV.Select(TV.GreaterThan(restrictedShare, zero), age + one, zero);
                // Eq. 5: substitution σ rises by r_sub/12 per month once a > lag, up to σ_max.
                sigma = TV.Min(subMax, sigma + TV.Select(TV.GreaterThan(age, subLag), subStep, zero));
                // Eq. 6: demand reduction δ = min(δ_max, ε·(P(t−1) − 1)) once a > lag.
                var delta = TV.Select(TV.GreaterThan(age, drLag), TV.Min(drMax, elasticity * (pricePrevious - one)), zero);
                delta = TV.Max(delta, zero);
                var effectiveDemand = demand * (one - sigma) * (one - delta);
                // Eq. 7: priority supply: additional recycling (ρ + ρ_g·t/12)·D plus project output.
                var recycling = TV.Max(zero, recShare + recGrowth * monthVec * twelfth) * demand;
                var projected = zero;
                for (var j = 0; j < projectOutput.Length; j++)
                {
                    var x = TV.Min(one, TV.Max(zero, (monthVec - projectStart[j] + one) / projectRamp[j]));
                    if (sCurve[j])
                    {
                        x = x * x * (three - two * x);
                    }
                    var output = projectCapacity[j] * x;
                    projectOutput[j] = output;
                    projected += output;
                }
                var primary = recycling + projected;
                var delivered = TV.Min(effectiveDemand, primary);
                var scale = TV.Select(TV.GreaterThan(primary, zero), delivered / primary, zero);
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
                    TV.Store(originSupply[k], i, xk);
                }
                for (var j = 0; j < projectOutput.Length; j++)
                {
                    var k = projectOrigin[j];
                    var q = projectOutput[j] * scale;
                    TV.Store(originSupply[k], i, TV.Load(originSupply[k], i) + q);
                    concern += q * direct[k];
                    tracedConcern += q * traced[k];
                }
                if (domestic >= 0)
                {
                    TV.Store(originSupply[domestic], i, TV.Load(originSupply[domestic], i) + recycling * scale);
                }
                // Eq. 9: spare capacity of suppliers outside the concern, after a lag, growing with the response.
                var spare = TV.Select(TV.GreaterThan(age, spareLag),
                    worldRatio * (spareBase + nonConcernGrowth * (age - spareLag) * twelfth),
                    zero);
                var claim = TV.Select(TV.GreaterThan(lost, zero), lost / (lost + rowLost), zero);
                var spareDelivered = TV.Min(lost, claim * spare);
                var gap = lost - spareDelivered;
                // Eq. 10: stockpile release Z = min(F, K, z_max); K falls by Z.
                var release = TV.Min(gap, TV.Min(stock, maxRelease));
                stock -= release;
                var shortfall = gap - release;
                // Eq. 11: outputs. Shares are of current flows (stock releases excluded).
                var flows = delivered + traded + spareDelivered;
                var positiveFlows = TV.GreaterThan(flows, zero);
                var shortfallFraction = TV.Select(TV.GreaterThan(effectiveDemand, zero), shortfall / effectiveDemand, zero);
                // Eq. 12: price index from a linear inverse demand with point elasticity η, capped.
                var price = TV.Min(priceCap, one + shortfallFraction / priceElasticity);
                pricePrevious = price;
                TV.Store(buf.Demand, i, effectiveDemand);
                TV.Store(buf.Shortfall, i, shortfall);
                TV.Store(buf.SpareSupply, i, spareDelivered);
                TV.Store(buf.StockRelease, i, release);
                TV.Store(buf.Stock, i, stock);
                TV.Store(buf.ConcernToRestOfWorld, i, TV.Max(zero, world * concernWorldShare - rowLostFromConcern));
                TV.Store(buf.Metrics[(int)Metric.ShortfallFraction], i, shortfallFraction);
                TV.Store(buf.Metrics[(int)Metric.ConcernShare], i, TV.Select(positiveFlows, concern / flows, zero));
                TV.Store(buf.Metrics[(int)Metric.EffectiveConcernShare], i, TV.Select(positiveFlows, tracedConcern / flows, zero));
                TV.Store(buf.Metrics[(int)Metric.PriceIndex], i, price);
                // Eq. 1: advance demand to the next month.
                demand *= demandStep;
                world *= worldStep;
            }
        }
    }
}
