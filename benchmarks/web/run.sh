#!/usr/bin/env bash
# Measures /api/brief requests/s against the /health hello-world endpoint of the same Kestrel process.
# Usage: benchmarks/web/run.sh [duration=15s] [connections=16] [threads=2]
# Needs wrk (Debian package `wrk`; installed when missing).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
duration="${1:-15s}" connections="${2:-16}" threads="${3:-2}"
port="${LODESTONE_BENCH_PORT:-5190}"
if ! command -v wrk >/dev/null; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi
if curl -fs "http://127.0.0.1:$port/health" >/dev/null 2>&1; then
  echo "port $port is already serving: stop that server or set LODESTONE_BENCH_PORT" >&2
  exit 1
fi
"$root/lodestone" serve --urls "http://127.0.0.1:$port" >/dev/null 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do
  curl -fs "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break
  kill -0 "$server" 2>/dev/null || { echo "the server exited before answering" >&2; exit 1; }
  sleep 1
done
url="http://127.0.0.1:$port"
# Warm up both paths (JIT, tiered compilation) before measuring.
wrk -t"$threads" -c"$connections" -d5s "$url/health" >/dev/null
wrk -t"$threads" -c"$connections" -d5s "$url/api/brief" >/dev/null
hello=$(wrk -t"$threads" -c"$connections" -d"$duration" -s "$root/benchmarks/web/report.lua" "$url/health" | grep '^RESULT')
brief=$(wrk -t"$threads" -c"$connections" -d"$duration" -s "$root/benchmarks/web/report.lua" "$url/api/brief" | grep '^RESULT')
echo "hello  $hello"
echo "brief  $brief"
rps() { sed -E 's/.* rps=([0-9.]+).*/\1/' <<<"$1"; }
python3 -c "import sys; h,b=float(sys.argv[1]),float(sys.argv[2]); print(f'ratio brief/hello = {b/h:.4f} ({h/b:.1f}x slower)')" "$(rps "$hello")" "$(rps "$brief")"
