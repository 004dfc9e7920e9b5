-- wrk reporter: prints one machine-readable line after the run.
-- Usage: wrk -s benchmarks/web/report.lua URL
done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  io.write(string.format("RESULT requests=%d errors=%d seconds=%.2f rps=%.1f p50_ms=%.2f p99_ms=%.2f\n",
    summary.requests,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout,
    seconds, summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
