#!/usr/bin/env bash
# Sweep throughput (issue 16): the same sweep in-process and on Orleans clusters of 1, 2 and 3 `lodestone silo` processes on
# this machine (loopback, membership in a throwaway PostgreSQL), each run ROUNDS times; prints the seconds `sweep` reports
# (models compiled and every work item run and merged; process start, store load and the client's connection excluded),
# the bytes of block ranges received, the items sent again, with `uptime` and the date. Each cluster is warmed up by one
# untimed sweep first (a silo compiles a model, and the JIT compiles the engine, on its first work item). Also times the same sweep with smaller work items on one silo, for the
# per-item overhead. Usage: benchmarks/sweep-throughput.sh [RUNS] [ROUNDS]   (default 400000 runs, 3 rounds)
# Figures taken while `uptime` shows a high load are not comparable: keep the load lines with the figures.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-400000}"
rounds="${2:-3}"
work="$(mktemp -d)"
silos=()
stop_silos() { for pid in "${silos[@]}"; do kill "$pid" 2>/dev/null || true; done; for pid in "${silos[@]}"; do wait "$pid" 2>/dev/null || true; done; silos=(); }
cleanup() { stop_silos; type pg_stop_throwaway >/dev/null 2>&1 && pg_stop_throwaway; rm -rf "$work"; }
trap cleanup EXIT
# shellcheck source=scripts/lib/postgres.sh
source "$root/scripts/lib/postgres.sh"
pg_install_if_missing
pg_start_throwaway >/dev/null
cluster="$LODESTONE_TEST_POSTGRES"
dotnet build "$root/src/Lodestone.Cli/Lodestone.Cli.csproj" -c Release -o "$work/cli" -nologo -v q >/dev/null
cli=(dotnet "$work/cli/lodestone.dll" --db "$work/lodestone.db")
"${cli[@]}" brief >/dev/null   # seeds the store once
sweep_file() { # $1: runs per work item
  printf 'name: throughput\nscenarios: [baseline]\nruns: %s\nseeds: [1]\nblock_runs: %s\n' "$runs" "$1" >"$work/sweep-$1.yaml"
  echo "$work/sweep-$1.yaml"
}
start_silos() { # $1: how many
  for i in $(seq 1 "$1"); do
    "${cli[@]}" silo --cluster "$cluster" --port $((21110 + i)) --gateway-port $((32000 + i)) --format json >"$work/silo$i.out" 2>"$work/silo$i.err" &
    silos+=("$!")
  done
  for i in $(seq 1 "$1"); do until grep -q '"silo"' "$work/silo$i.out" 2>/dev/null; do sleep 0.5; done; done
}
echo "# benchmarks/sweep-throughput.sh — $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(uptime | sed 's/.*load/load/')"
echo "# sweep: baseline (7 markets, 36 months), $runs runs, seed 1"
file="$(sweep_file 16384)"
for r in $(seq 1 "$rounds"); do
  "${cli[@]}" sweep "$file" --format json >"$work/in-process.json" 2>"$work/sweep.err"
  echo "  in-process (all cores): $(grep -o '[0-9.]* s' "$work/sweep.err"); $(uptime | sed 's/.*load/load/')"
done
for n in 1 2 3; do
  start_silos "$n"
  "${cli[@]}" sweep "$file" --cluster "$cluster" --format json >/dev/null 2>&1
  for r in $(seq 1 "$rounds"); do
    "${cli[@]}" sweep "$file" --cluster "$cluster" --format json >"$work/cluster.json" 2>"$work/sweep.err"
    cmp -s "$work/in-process.json" "$work/cluster.json" && same="identical JSON" || same="JSON DIFFERS"
    echo "  $n silo(s), items of 16384 runs: $(grep -o '[0-9.]* s, .*' "$work/sweep.err"); $same; $(uptime | sed 's/.*load/load/')"
  done
  if [ "$n" = 1 ]; then
    for items in 4096 65536; do
      small="$(sweep_file "$items")"
      for r in $(seq 1 "$rounds"); do
        "${cli[@]}" sweep "$small" --cluster "$cluster" --format json >/dev/null 2>"$work/sweep.err"
        echo "  1 silo, items of $items runs: $(grep -o '[0-9.]* s, .*' "$work/sweep.err")"
      done
    done
  fi
  stop_silos
done
echo "# done $(date -u '+%H:%M UTC'), $(uptime | sed 's/.*load/load/')"
