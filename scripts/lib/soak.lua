-- wrk script for scripts/soak: rotates GET requests over the URLs in the file named by SOAK_URLS (one path a line), each
-- thread starting at its own offset, and counts responses per status code across threads (wrk itself only counts
-- "non-2xx or 3xx"). done() prints one line per status, "status CODE COUNT", which scripts/soak reads.
local urls = {}
for line in io.lines(os.getenv("SOAK_URLS")) do
  if line ~= "" then urls[#urls + 1] = line end
end

local threads = {}
local next_id = 0

function setup(thread)
  thread:set("id", next_id)
  next_id = next_id + 1
  threads[#threads + 1] = thread
end

function init(args)
  i = id * 7
  statuses = {}
end

function request()
  i = i + 1
  return wrk.format("GET", urls[(i % #urls) + 1])
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local total = {}
  for _, thread in ipairs(threads) do
    for code, count in pairs(thread:get("statuses")) do
      total[code] = (total[code] or 0) + count
    end
  end
  for code, count in pairs(total) do
    io.write(string.format("status %d %d\n", code, count))
  end
  io.write(string.format("errors connect=%d read=%d write=%d status=%d timeout=%d\n", summary.errors.connect,
    summary.errors.read, summary.errors.write, summary.errors.status, summary.errors.timeout))
  io.write(string.format("latency p50=%.1fms p99=%.1fms max=%.1fms\n", latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000))
end
