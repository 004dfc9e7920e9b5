#!/usr/bin/env python3
"""Straightforward vectorised NumPy implementation of Lodestone's disruption model (docs/simulation.md).

The model structure comes from the C# export (`dotnet Lodestone.Benchmarks.dll sim-export model.json 16`):
markets, origins, shares, events, projects and parameter distributions. Two modes:

  check  FILE          recompute the exported check runs from their exported parameters and compare with
                       the C# trajectories (maximum absolute difference must be below 1e-9)
  bench  FILE [RUNS]   draw RUNS parameter sets with NumPy, run every market for the horizon vectorised over
                       runs, reduce to what the C# Monte Carlo reports — P5/P50/P95 and the mean per market, month and
                       metric, mean supply by origin (plus spare, stockpile, shortfall) per month, and the probability
                       of each predicate — and report runs/s

Run with Debian's interpreter: /usr/bin/python3 (python3-numpy).
"""
import json
import sys
import time

import numpy as np

METRICS = ("shortfall", "concern_share", "effective_concern_share", "price_index")
OPERATORS = {"<": np.less, "<=": np.less_equal, ">": np.greater, ">=": np.greater_equal}


def sample(parameters, runs, rng):
    """Parameters x runs matrix by inverse-CDF sampling (fixed, uniform, triangular)."""
    u = rng.random((len(parameters), runs))
    values = np.empty_like(u)
    for j, p in enumerate(parameters):
        a = p["args"]
        if p["kind"] == "fixed":
            values[j] = a[0]
        elif p["kind"] == "uniform":
            values[j] = a[0] + u[j] * (a[1] - a[0])
        else:
            lo, mode, hi = a
            width = hi - lo
            if width == 0:
                values[j] = lo
                continue
            split = (mode - lo) / width
            left = lo + np.sqrt(u[j] * width * (mode - lo))
            right = hi - np.sqrt((1 - u[j]) * width * (hi - mode))
            values[j] = np.where(u[j] < split, left, right)
    return values


def run_market(m, v, horizon):
    """Simulates one market for all runs; returns metrics[4, horizon, runs], stock[horizon, runs] and
    supply[origins + 3, horizon]: the mean over runs of supply by origin, spare, stockpile release and shortfall."""
    P = m["p"]
    runs = v.shape[1]
    k_count = len(m["origins"])
    nir = v[P["NetImportReliance"]]
    base = np.empty((k_count, runs))
    for k in range(k_count):
        base[k] = (1 - nir) if k == m["domestic"] else nir * m["import_shares"][k]
    direct = np.array(m["concern_direct"])[:, None]
    traced = np.array(m["concern_traced"])[:, None]
    demand_step = (1 + v[P["DemandGrowth"]]) ** (1 / 12)
    world_step = (1 + v[P["RestOfWorldGrowth"]]) ** (1 / 12)
    demand = np.ones(runs)
    world = np.maximum(0, v[P["WorldToImporter"]] - 1)
    sigma = np.zeros(runs)
    age = np.zeros(runs)
    price_prev = np.ones(runs)
    stock = v[P["StockpileMonths"]].copy()
    effects = [np.clip(v[e["Severity"]], 0, 1) * (1 - np.clip(v[e["ApprovalRate"]], 0, 1)) for e in m["events"]]
    out = np.empty((4, horizon, runs))
    stocks = np.empty((horizon, runs))
    supply_means = np.empty((k_count + 3, horizon))
    for t in range(horizon):
        restriction = np.zeros((k_count, runs))
        row_lost = np.zeros(runs)
        for e, eff in zip(m["events"], effects):
            if not e["active"][t]:
                continue
            if e["TargetsImporter"] and e["OriginIndex"] >= 0:
                restriction[e["OriginIndex"]] = np.maximum(restriction[e["OriginIndex"]], eff)
            if e["TargetsAll"]:
                row_lost += world * v[e["WorldShare"]] * eff
        restricted_share = (base * restriction).sum(axis=0)
        age = np.where(restricted_share > 0, age + 1, 0.0)
        sub_on = age > v[P["SubstitutionLagMonths"]]
        sigma = np.minimum(v[P["SubstitutionMax"]], sigma + np.where(sub_on, v[P["SubstitutionRate"]] / 12, 0.0))
        dr_on = age > v[P["DemandReductionLagMonths"]]
        delta = np.where(dr_on, np.minimum(v[P["DemandReductionMax"]], v[P["DemandElasticity"]] * (price_prev - 1)), 0.0)
        delta = np.maximum(delta, 0)
        effective = demand * (1 - sigma) * (1 - delta)
        recycling = np.maximum(0, v[P["RecyclingShare"]] + v[P["RecyclingGrowth"]] * t / 12) * demand
        supply = np.zeros((k_count, runs))
        project_out = []
        for pr in m["projects"]:
            start = pr["StartMonth"] + v[pr["DelayMonths"]]
            ramp = np.maximum(v[pr["RampMonths"]], 1)
            x = np.minimum(1, np.maximum(0, (t - start + 1) / ramp))
            if pr["scurve"]:
                x = x * x * (3 - 2 * x)
            project_out.append(v[pr["Capacity"]] * v[pr["ToDemandUnits"]] * pr["Scale"] * v[pr["Offtake"]] * x)
        projects = np.sum(project_out, axis=0) if project_out else np.zeros(runs)
        primary = recycling + projects
        delivered = np.minimum(effective, primary)
        scale = np.divide(delivered, primary, out=np.zeros(runs), where=primary > 0)
        rest = effective - delivered
        flow = base * rest
        x_k = flow * (1 - restriction)
        lost = (flow * restriction).sum(axis=0)
        traded = x_k.sum(axis=0)
        concern = (x_k * direct).sum(axis=0)
        concern_traced = (x_k * traced).sum(axis=0)
        by_origin = x_k.copy()
        for pr, q in zip(m["projects"], project_out):
            concern += q * scale * direct[pr["OriginIndex"], 0]
            concern_traced += q * scale * traced[pr["OriginIndex"], 0]
            by_origin[pr["OriginIndex"]] += q * scale
        if m["domestic"] >= 0:
            by_origin[m["domestic"]] += recycling * scale
        lag = v[P["SpareLagMonths"]]
        omega = v[P["WorldToImporter"]]
        spare = np.where(age > lag, omega * ((1 - v[P["ConcernWorldShare"]]) * v[P["SpareCapacity"]]
                                             + v[P["NonConcernGrowth"]] * (age - lag) / 12), 0.0)
        claim = np.divide(lost, lost + row_lost, out=np.zeros(runs), where=lost > 0)
        spare_delivered = np.minimum(lost, claim * spare)
        gap = lost - spare_delivered
        release = np.minimum(gap, np.minimum(stock, v[P["MaxReleasePerMonth"]]))
        stock = stock - release
        shortfall = gap - release
        flows = delivered + traded + spare_delivered
        fraction = np.divide(shortfall, effective, out=np.zeros(runs), where=effective > 0)
        price = np.minimum(v[P["PriceCap"]], 1 + fraction / v[P["PriceElasticity"]])
        price_prev = price
        out[0, t] = fraction
        out[1, t] = np.divide(concern, flows, out=np.zeros(runs), where=flows > 0)
        out[2, t] = np.divide(concern_traced, flows, out=np.zeros(runs), where=flows > 0)
        out[3, t] = price
        stocks[t] = stock
        supply_means[:k_count, t] = by_origin.mean(axis=1)
        supply_means[k_count, t] = spare_delivered.mean()
        supply_means[k_count + 1, t] = release.mean()
        supply_means[k_count + 2, t] = shortfall.mean()
        demand = demand * demand_step
        world = world * world_step
    return out, stocks, supply_means


def check(model):
    c = model["check"]
    v = np.array(c["values"])
    worst = 0.0
    for i, m in enumerate(model["markets"]):
        out, stocks, _ = run_market(m, v, model["horizon"])
        for r in range(c["runs"]):
            expected = np.array(c["outputs"][r][i])  # [month][shortfall, share, traced, price, stock]
            got = np.column_stack([out[0, :, r], out[1, :, r], out[2, :, r], out[3, :, r], stocks[:, r]])
            worst = max(worst, float(np.abs(expected - got).max()))
    print(f"check: {c['runs']} runs x {len(model['markets'])} markets x {model['horizon']} months, max |C# - NumPy| = {worst:.3e}")
    return worst < 1e-9


def bench(model, runs):
    rng = np.random.default_rng(1)
    start, cpu = time.perf_counter(), time.process_time()
    v = sample(model["parameters"], runs, rng)
    quantiles, means, supply, probabilities = {}, {}, {}, {}
    for i, m in enumerate(model["markets"]):
        out, _, supply[m["key"]] = run_market(m, v, model["horizon"])
        quantiles[m["key"]] = np.percentile(out, [5, 50, 95], axis=2)
        means[m["key"]] = out.mean(axis=2)
        for p in model.get("predicates", []):
            if p["market"] == i:
                value = out[METRICS.index(p["metric"]), p["month"] - 1]
                holds = OPERATORS[p["op"]](value, p["threshold"])
                probabilities[p["name"]] = holds.mean()
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    print(f"numpy {np.__version__}: {runs} runs x {model['horizon']} months x {len(model['markets'])} markets, "
          f"{len(probabilities)} predicates: {elapsed:.3f} s = {runs / elapsed:,.0f} runs/s, cpu {cpu:.3f} s")
    return elapsed


if __name__ == "__main__":
    mode, path = sys.argv[1], sys.argv[2]
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    if mode == "check":
        sys.exit(0 if check(data) else 1)
    bench(data, int(sys.argv[3]) if len(sys.argv) > 3 else 100_000)
