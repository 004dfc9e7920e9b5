#!/usr/bin/env bash
# Peer pairs, each run alternately A/B several times as whole processes (benchmarks/alternate.py), medians and ratios
# printed with the load average and the date:
#   1. Monte Carlo: C# one thread and two threads vs the NumPy reference (one process), same model, same runs,
#      same outputs (quantiles, means, supply by origin, predicate probabilities); first the agreement check on
#      exported runs and the thread-count identity check.
#   2. Web: /api/brief and / against the same bytes from a static endpoint of the same process, under wrk on loopback.
#   3. BACI import: `data import-baci`'s streaming load of a synthetic full-size year (11 million flows, BACI's raw shape)
#      into SQLite (and PostgreSQL, a throwaway cluster) vs DuckDB's read_csv into a table, with peak memory: the default
#      import (mapped codes kept) vs DuckDB loading the same codes and vs its full load, and --all-codes vs the full load.
# Usage: benchmarks/compare.sh [--quick] [SECTION…]   SECTION: mc web baci (default: all)
#        (--quick: small sizes, to check the script; not figures to report)
# Needs Debian's python3-numpy and wrk (installed when missing). Figures taken while `uptime` shows a
# high load are not comparable: run on a quiet machine and keep the load lines with the figures.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
quick=false
[[ "${1:-}" == "--quick" ]] && { quick=true; shift; }
sections=" ${*:-mc web baci} "
want() { [[ "$sections" == *" $1 "* ]]; }
if $quick; then runs=5000; rounds=3; wrk_duration=2s; wrk_rounds=2; baci_rows=200000; baci_rounds=2
else runs=100000; rounds=5; wrk_duration=10s; wrk_rounds=3; baci_rows=11000000; baci_rounds=3; fi
py=/usr/bin/python3
if ! $py -c "import numpy" 2>/dev/null || ! command -v wrk >/dev/null; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-numpy wrk >/dev/null
fi
work="$(mktemp -d)"
server=""
cleanup() { [[ -n "$server" ]] && kill "$server" 2>/dev/null; type pg_stop_throwaway >/dev/null 2>&1 && pg_stop_throwaway; rm -rf "$work"; }
trap cleanup EXIT

echo "# benchmarks/compare.sh $($quick && echo --quick) — $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(uptime | sed 's/.*load/load/')"
echo "# $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); $(dotnet --version | sed 's/^/.NET SDK /'); $($py -c 'import numpy; print(f"NumPy {numpy.__version__}")')"
dotnet build "$root/benchmarks/Lodestone.Benchmarks" -c Release -nologo -v q >/dev/null
bench="dotnet $root/benchmarks/Lodestone.Benchmarks/bin/Release/net10.0/Lodestone.Benchmarks.dll"

if want mc; then
echo
echo "## Monte Carlo: $runs runs x 36 months x 7 markets (benchmark model)"
$bench sim-export "$work/model.json" 16 >/dev/null
echo "  agreement: $($py "$root/benchmarks/reference/simulation_numpy.py" check "$work/model.json")"
$bench sim-report 2000 1 >"$work/one.json"
$bench sim-report 2000 2 >"$work/two.json"
if cmp -s "$work/one.json" "$work/two.json"; then echo "  threads: the 2,000-run JSON report is byte-identical on 1 and 2 threads"
else echo "  threads: the reports on 1 and 2 threads DIFFER" >&2; exit 1; fi
timed='(?:threads \d+|predicates): ([0-9.]+) s.*?cpu ([0-9.]+) s'
for threads in 1 2; do
  echo "### C# on $threads thread(s) vs NumPy"
  $py "$root/benchmarks/alternate.py" "$rounds" "C# sim-time, $threads thread(s)" "$bench sim-time $runs $threads" \
    "NumPy simulation_numpy.py bench" "$py $root/benchmarks/reference/simulation_numpy.py bench $work/model.json $runs" --metric "$timed"
done

fi

if want web; then
echo
echo "## Web: cached endpoints vs the same bytes from a static endpoint of the same process (wrk -t2 -c64 -d$wrk_duration, loopback)"
port="${LODESTONE_BENCH_PORT:-5192}"
$bench web-serve "http://127.0.0.1:$port" >"$work/web.log" 2>&1 &
server=$!
for _ in $(seq 1 120); do grep -q '^serving' "$work/web.log" && break; sleep 1; done
grep -q '^serving' "$work/web.log" || { cat "$work/web.log" >&2; exit 1; }
echo "  $(cat "$work/web.log")"
rps() { wrk -t2 -c64 -d"$wrk_duration" "http://127.0.0.1:$port$1" | awk '/Requests\/sec/ {print $2}'; }
for pair in "/bench/static/brief /api/brief" "/bench/static/overview /"; do
  set -- $pair
  rps "$1" >/dev/null; rps "$2" >/dev/null   # warm-up (JIT, first render)
  a=(); b=()
  echo "  load before: $(cut -d' ' -f1 /proc/loadavg)"
  for _ in $(seq 1 "$wrk_rounds"); do a+=("$(rps "$1")"); b+=("$(rps "$2")"); done
  $py - "$1" "$2" "${a[*]}" "${b[*]}" "$(cut -d' ' -f1 /proc/loadavg)" <<'PY'
import statistics, sys
static, cached, a, b, load = sys.argv[1], sys.argv[2], [float(x) for x in sys.argv[3].split()], [float(x) for x in sys.argv[4].split()], sys.argv[5]
ma, mb = statistics.median(a), statistics.median(b)
print(f"  load after:  {load}, {len(a)} alternating rounds")
print(f"  {static:<34} {ma:10,.0f} req/s (median)")
print(f"  {cached:<34} {mb:10,.0f} req/s (median)")
print(f"  ratio {cached} / {static}: {mb / ma:.2f}")
PY
done
kill "$server" 2>/dev/null; server=""
fi

if want baci; then
echo
echo "## BACI import: $baci_rows synthetic flows (one year, 5,400 HS6 codes, 225 countries; BACI's raw t,i,j,k,v,q shape)"
$bench baci-generate "$work/baci" "$baci_rows" | sed 's/^/  /'
file="$work/baci/BACI_HS17_Y2024_V202601.csv"
load='load: ([0-9.]+) s, cpu ([0-9.]+) s'
echo "### The import's reading alone (parse and check every row, the mapped codes' flows made, no store)"
$bench baci-parse "$file" | sed 's/^/  /'
duck_mapped="rm -f $work/d.duckdb*; $bench baci-duckdb $file $work/d.duckdb --mapped"
duck_full="rm -f $work/d.duckdb*; $bench baci-duckdb $file $work/d.duckdb"
# The store is made before each import, untimed (baci-prepare: migrated, seeded, shipped flows deleted): the import's
# process then does what `data import-baci` does to an existing store. A new store's one-off cost is printed once.
prep_sqlite="rm -f $work/s.db*; $bench baci-prepare $work/s.db"
echo "### A new SQLite store (one-off, before any first command): $(eval "$prep_sqlite")"
echo "### SQLite store, default import (mapped codes kept, every row read and checked) against DuckDB read_csv of the same codes into a table on disk (ratio = C# time / DuckDB time)"
$py "$root/benchmarks/alternate.py" "$baci_rounds" "DuckDB read_csv, mapped codes" "$duck_mapped" \
  "C# import-baci into SQLite" "$bench baci-import $file $work/s.db" --metric "$load" --prepare-b "$prep_sqlite"
echo "### SQLite store, default import, against DuckDB's full load (every code)"
$py "$root/benchmarks/alternate.py" "$baci_rounds" "DuckDB read_csv, every code" "$duck_full" \
  "C# import-baci into SQLite" "$bench baci-import $file $work/s.db" --metric "$load" --prepare-b "$prep_sqlite"
echo "### exposure --importer USA, every commodity, on the SQLite store holding the year (snapshot from the store + answer; target < 2 s)"
$bench baci-exposure "$work/s.db" USA 5 | sed 's/^/  /'
echo "### SQLite store, --all-codes (every code kept, the row table's old load) against DuckDB's full load"
$py "$root/benchmarks/alternate.py" "$baci_rounds" "DuckDB read_csv, every code" "$duck_full" \
  "C# import-baci --all-codes into SQLite" "$bench baci-import $file $work/s.db --all-codes" --metric "$load" \
  --prepare-b "$prep_sqlite"
echo "### PostgreSQL store (binary COPY of the kept rows, throwaway cluster, fsync off) against DuckDB read_csv (server CPU not counted)"
# shellcheck source=scripts/lib/postgres.sh
source "$root/scripts/lib/postgres.sh"
pg_install_if_missing
LODESTONE_TEST_PG_PORT="${LODESTONE_BENCH_PG_PORT:-55439}" pg_start_throwaway >/dev/null
pg="$LODESTONE_TEST_POSTGRES"
reset_pg="$PG_BIN/psql -q -h 127.0.0.1 -p $PG_PORT -U lodestone -d lodestone_test -c 'DROP SCHEMA public CASCADE; CREATE SCHEMA public'"
prep_pg="$reset_pg 2>/dev/null && $bench baci-prepare $pg"
echo "### A new PostgreSQL store (one-off): $(eval "$prep_pg")"
$py "$root/benchmarks/alternate.py" "$baci_rounds" "DuckDB read_csv, mapped codes" "$duck_mapped" \
  "C# import-baci into PostgreSQL" "$bench baci-import $file $pg" --metric "$load" --prepare-b "$prep_pg"
echo "### PostgreSQL store, default import, against DuckDB's full load"
$py "$root/benchmarks/alternate.py" "$baci_rounds" "DuckDB read_csv, every code" "$duck_full" \
  "C# import-baci into PostgreSQL" "$bench baci-import $file $pg" --metric "$load" --prepare-b "$prep_pg"
echo "### exposure --importer USA, every commodity, on the PostgreSQL store holding the year"
$bench baci-exposure "$pg" USA 5 | sed 's/^/  /'
echo "### PostgreSQL store, --all-codes, against DuckDB's full load (one round: ~2 minutes each)"
$py "$root/benchmarks/alternate.py" 1 "DuckDB read_csv, every code" "$duck_full" \
  "C# import-baci --all-codes into PostgreSQL" "$bench baci-import $file $pg --all-codes" --metric "$load" \
  --prepare-b "$prep_pg"
fi
