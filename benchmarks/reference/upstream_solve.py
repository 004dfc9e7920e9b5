#!/usr/bin/python3
"""NumPy/SciPy reference for Lodestone's upstream solve w = d + A.w (Jacobi sweeps on a CSR matrix).

Reads the network written by `Lodestone.Benchmarks export DIR` (row_start.i32, column.i32, weight.f64, demand.f64),
runs the same iteration with the same stopping rule (max |w_new - w| <= 1e-13 * max(1, max |w_new|)) using
scipy.sparse's CSR mat-vec, reports wall and CPU time, and compares the result with the C# solution (w_csharp.f64).

Usage: /usr/bin/python3 benchmarks/reference/upstream_solve.py DIR [RUNS]
(Debian's /usr/bin/python3 with python3-scipy and python3-numpy.)
"""
import sys
import time

import numpy as np
import scipy
import scipy.sparse as sp


def solve(a, d, tol=1e-13, max_iterations=10_000):
    x = d.copy()
    for iteration in range(1, max_iterations + 1):
        y = d + a @ x
        delta = np.max(np.abs(y - x))
        norm = np.max(np.abs(y))
        x = y
        if delta <= tol * max(1.0, norm):
            return x, iteration
    raise RuntimeError("no convergence")


def main():
    folder = sys.argv[1]
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    row_start = np.fromfile(f"{folder}/row_start.i32", dtype="<i4")
    column = np.fromfile(f"{folder}/column.i32", dtype="<i4")
    weight = np.fromfile(f"{folder}/weight.f64", dtype="<f8")
    demand = np.fromfile(f"{folder}/demand.f64", dtype="<f8")
    n = demand.size
    a = sp.csr_matrix((weight, column, row_start), shape=(n, n))
    solve(a, demand)  # warm-up
    walls, cpus = [], []
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        w, iterations = solve(a, demand)
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    reference = np.fromfile(f"{folder}/w_csharp.f64", dtype="<f8")
    tier = n // 8
    print(f"scipy={scipy.__version__} numpy={np.__version__} nodes={n} edges={a.nnz} iterations={iterations} "
          f"solve_s_median={sorted(walls)[len(walls) // 2]:.4f} solve_s_min={min(walls):.4f} "
          f"cpu_s_median={sorted(cpus)[len(cpus) // 2]:.4f} origin_sum={w[:tier].sum()!r} "
          f"max_abs_diff_vs_csharp={np.max(np.abs(w - reference)):.3e}")


if __name__ == "__main__":
    main()
