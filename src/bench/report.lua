-- wrk script: optional random article ids, and one machine-readable summary line at the end. Random article
-- addresses carry a query string of their own, so that none of them is served from the portal's page cache.
local ids = tonumber(os.getenv("BENCH_RANDOM_IDS") or "0")
local path = os.getenv("BENCH_PATH") or "/"
local first = tonumber(os.getenv("BENCH_FIRST_ID") or "1")

request = function()
  if ids > 0 then
    return wrk.format("GET", "/news/" .. math.random(first, first + ids - 1) .. "?uncached=" .. math.random(1, 2000000000))
  end
  return wrk.format("GET", path)
end

local non2xx = 0
response = function(status, headers, body)
  if status < 200 or status > 399 then non2xx = non2xx + 1 end
end

done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT requests=%d seconds=%.3f p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f socket_errors=%d\n",
    summary.requests, summary.duration / 1e6, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, errors))
end
