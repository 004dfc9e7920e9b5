#!/usr/bin/env bash
# The first trade view of a process, before and after a change: two builds alternated run by run
# (benchmarks/alternate.py), medians and ratio, with the load average and the date (docs/performance.md, "The first
# trade view of a process").
#   identity  the API's trade, mineral, country and brief answers, the mineral and country pages (every commodity and
#             country) and `lodestone trade`'s table (six commodities) compared byte for byte between the two builds
#   trade     `lodestone trade --commodity gallium`, a cold CLI process on a seeded store (process wall, CPU, peak memory)
#   bench     the benchmarks' `cold-trade`: the store opened, then the first trade answer timed in-process
#   page      `lodestone serve` and its first page, /minerals/gallium (curl's time for that page is the timed section)
# Usage: benchmarks/cold.sh BASE [SECTION…]   BASE: the revision measured as A ("before"); B is the working tree.
#        ROUNDS (default 7) sets the alternating rounds; COLD_CLI_A and COLD_CLI_B name CLI builds made beforehand.
#        SECTION: identity trade bench page (default: all).
# Each build gets its own SQLite store, seeded untimed before the first round. Figures taken under a high load are not
# comparable: keep the load lines with them.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
base="${1:?usage: benchmarks/cold.sh BASE [SECTION…]}"
shift
sections=" ${*:-identity trade bench page} "
want() { [[ "$sections" == *" $1 "* ]]; }
rounds="${ROUNDS:-7}"
py=/usr/bin/python3
work="$(mktemp -d)"
server=""
cleanup() {
  [[ -n "$server" ]] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

echo "# benchmarks/cold.sh $base — $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(uptime | sed 's/.*load/load/')"
echo "# A = $(git -C "$root" rev-parse --short "$base"), B = working tree at $(git -C "$root" rev-parse --short HEAD)"
mkdir -p "$work/base-src" && git -C "$root" archive --format=tar "$base" | tar -x -C "$work/base-src"   # no worktree registered
for side in base head; do
  src="$root"; [[ $side == base ]] && src="$work/base-src"
  # COLD_CLI_A / COLD_CLI_B: CLI builds made beforehand (a `dotnet build src/Lodestone.Cli -c Release -o DIR` of each side).
  prebuilt="${COLD_CLI_A:-}"; [[ $side == head ]] && prebuilt="${COLD_CLI_B:-}"
  if [[ -n "$prebuilt" ]]; then cp -r "$prebuilt" "$work/$side-cli"
  else dotnet build "$src/src/Lodestone.Cli/Lodestone.Cli.csproj" -c Release -o "$work/$side-cli" -nologo -v q >/dev/null; fi
  if want bench; then dotnet build "$src/benchmarks/Lodestone.Benchmarks" -c Release -nologo -v q >/dev/null; fi
  dotnet "$work/$side-cli/lodestone.dll" --db "$work/$side.db" sources >/dev/null   # seeds the store, untimed
done
cli_a="dotnet $work/base-cli/lodestone.dll --db $work/base.db"
cli_b="dotnet $work/head-cli/lodestone.dll --db $work/head.db"
bench_a="dotnet $work/base-src/benchmarks/Lodestone.Benchmarks/bin/Release/net10.0/Lodestone.Benchmarks.dll"
bench_b="dotnet $root/benchmarks/Lodestone.Benchmarks/bin/Release/net10.0/Lodestone.Benchmarks.dll"

# serve CLI DB PORT: starts `lodestone serve` in the background and waits until it answers.
serve() {
  $1 --db "$2" serve --urls "http://127.0.0.1:$3" >"$work/serve.log" 2>&1 &
  server=$!
  for _ in $(seq 1 1200); do curl -sf -o /dev/null "http://127.0.0.1:$3/health" && return 0; sleep 0.1; done
  cat "$work/serve.log" >&2; exit 1
}
stop() { kill "$server"; wait "$server" 2>/dev/null || true; server=""; }

if want identity; then
  echo
  echo "## identity: the same bytes from A and B"
  port="${LODESTONE_BENCH_PORT:-5193}"
  commodities=$($cli_b minerals --all --format json | $py -c 'import json,sys; print(" ".join(i["name"].replace(" ", "%20") for i in json.load(sys.stdin)["items"]))')
  countries=$(tail -n +2 "$root/data/reference/countries.csv" | cut -d, -f1)
  for side in base head; do
    cli="dotnet $work/$side-cli/lodestone.dll"
    mkdir -p "$work/out-$side"
    serve "$cli" "$work/$side.db" "$port"
    get() { curl -sf "http://127.0.0.1:$port$1" >"$work/out-$side/$2" || echo "HTTP error" >"$work/out-$side/$2"; }
    get /api/brief brief.json
    get / overview.html
    for c in $commodities; do
      get "/api/trade?commodity=$c" "trade-$c.json"
      get "/api/trade?commodity=$c&importer=USA&exporter=CHN" "trade-usa-chn-$c.json"
      get "/api/minerals/$c" "mineral-$c.json"
      get "/minerals/$c" "mineral-$c.html"
    done
    for x in $countries; do get "/api/countries/$x" "country-$x.json"; get "/countries/$x" "country-$x.html"; done
    stop
    # The CLI's table for a few commodities (each is a cold process; the API above gave every commodity's answer).
    for c in gallium graphite "rare earths" cobalt lithium tungsten; do
      $cli --db "$work/$side.db" trade --commodity "$c" >"$work/out-$side/cli-trade-${c// /_}.txt" 2>&1 || true
    done
  done
  files=$(ls "$work/out-head" | wc -l)
  if diff -r -q "$work/out-base" "$work/out-head" >/dev/null; then echo "  identical: $files outputs ($(du -sh "$work/out-head" | cut -f1))"
  else diff -r -q "$work/out-base" "$work/out-head" | head -20 >&2; echo "  outputs DIFFER" >&2; exit 1; fi
fi

if want trade; then
  echo
  echo "## \`lodestone trade --commodity gallium\`, a cold process on a seeded SQLite store"
  $py "$root/benchmarks/alternate.py" "$rounds" "A trade (before)" "$cli_a trade --commodity gallium" \
    "B trade (after)" "$cli_b trade --commodity gallium"
fi

if want bench; then
  echo
  echo "## cold-trade: the store opened, then the first trade answer (gallium, importer USA) timed in-process"
  $py "$root/benchmarks/alternate.py" "$rounds" "A cold-trade (before)" "$bench_a cold-trade $work/base.db gallium" \
    "B cold-trade (after)" "$bench_b cold-trade $work/head.db gallium" --metric 'first answer: ([0-9.]+) s, cpu ([0-9.]+) s'
fi

if want page; then
  echo
  echo "## \`lodestone serve\`, then its first page /minerals/gallium (timed section: curl's total time for that page)"
  page() {
    echo "$1 --db $2 serve --urls http://127.0.0.1:$3 >/dev/null 2>&1 & p=\$!;" \
      "for i in \$(seq 1 1200); do curl -sf -o /dev/null http://127.0.0.1:$3/health && break; sleep 0.1; done;" \
      "t=\$(curl -sf -o /dev/null -w '%{time_total}' http://127.0.0.1:$3/minerals/gallium); kill \$p; wait \$p;" \
      "echo \"first page: \$t s\""
  }
  $py "$root/benchmarks/alternate.py" "$rounds" "A serve + first page (before)" "$(page "dotnet $work/base-cli/lodestone.dll" "$work/base.db" 5194)" \
    "B serve + first page (after)" "$(page "dotnet $work/head-cli/lodestone.dll" "$work/head.db" 5195)" --metric 'first page: ([0-9.]+) s'
fi
