#!/usr/bin/env python3
"""Runs two commands alternately (A, B, A, B, ...) and prints medians and the ratio B / A.

Usage: alternate.py ROUNDS LABEL_A CMD_A LABEL_B CMD_B [--metric REGEX] [--prepare-b CMD]

Each round runs A then B as whole processes and records wall time and CPU time (user + system of the child, from
getrusage) and its peak resident memory (GNU time's %M, which covers the shell and every process it waited for). With --metric, numbers the program prints are recorded too: the first group of REGEX is the wall time of its
in-process timed section (without process start-up), an optional second group the CPU time of that section. Alternating puts both programs under the
same momentary load; the load average is printed before and after. With --prepare-b, CMD runs before each run of B,
untimed (the BACI import's store is made that way: a user's `data import-baci` opens an existing store).
"""
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time


def run(command, metric):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    with tempfile.NamedTemporaryFile("r") as peak:
        start = time.perf_counter()
        done = subprocess.run(["/usr/bin/time", "-f", "%M", "-o", peak.name, "/bin/sh", "-c", command], capture_output=True, text=True)
        wall = time.perf_counter() - start
        rss_mb = int(peak.read().split()[-1]) / 1024
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        sys.exit(f"failed ({done.returncode}): {command}\n{done.stdout}{done.stderr}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    inner = inner_cpu = None
    if metric:
        found = re.search(metric, done.stdout)
        if not found:
            sys.exit(f"no match for {metric!r} in the output of {command}:\n{done.stdout}")
        inner = float(found.group(1))
        inner_cpu = float(found.group(2)) if found.lastindex and found.lastindex >= 2 else None
    return wall, cpu, inner, inner_cpu, rss_mb


def main():
    args = sys.argv[1:]
    metric = prepare_b = None
    if "--metric" in args:
        i = args.index("--metric")
        metric = args[i + 1]
        del args[i:i + 2]
    if "--prepare-b" in args:
        i = args.index("--prepare-b")
        prepare_b = args[i + 1]
        del args[i:i + 2]
    rounds, label_a, cmd_a, label_b, cmd_b = int(args[0]), args[1], args[2], args[3], args[4]
    print(f"  load before: {os.getloadavg()[0]:.2f} (1-min average), {time.strftime('%Y-%m-%d %H:%M:%S UTC', time.gmtime())}")
    results = {label_a: [], label_b: []}
    for _ in range(rounds):
        for label, command in ((label_a, cmd_a), (label_b, cmd_b)):
            if label == label_b and prepare_b:
                prepared = subprocess.run(["/bin/sh", "-c", prepare_b], capture_output=True, text=True)
                if prepared.returncode != 0:
                    sys.exit(f"failed ({prepared.returncode}): {prepare_b}\n{prepared.stdout}{prepared.stderr}")
            results[label].append(run(command, metric))
    print(f"  load after:  {os.getloadavg()[0]:.2f}, {rounds} alternating rounds")
    medians = {}
    for label, rows in results.items():
        columns = list(zip(*rows))
        medians[label] = [statistics.median(c) if c[0] is not None else None for c in columns]
        wall, cpu, inner, inner_cpu, rss_mb = medians[label]
        text = f"  {label:<34} process: wall {wall:7.3f} s, cpu {cpu:7.3f} s, peak {rss_mb:6.0f} MB"
        if inner is not None:
            text += f"; timed section: wall {inner:7.3f} s"
        if inner_cpu is not None:
            text += f", cpu {inner_cpu:7.3f} s"
        print(text + "   (medians)")
    a, b = medians[label_a], medians[label_b]
    ratios = f"  ratio B/A: process wall {b[0] / a[0]:.2f}x, process cpu {b[1] / a[1]:.2f}x"
    if a[2] is not None:
        ratios += f"; timed section wall {b[2] / a[2]:.2f}x"
    if a[3] is not None and b[3] is not None:
        ratios += f", cpu {b[3] / a[3]:.2f}x"
    print(ratios)


if __name__ == "__main__":
    main()
