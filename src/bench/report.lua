-- wrk script: one path, or random article ids, or random searches; and one machine-readable summary line at
-- the end. Random articles and searches carry a query parameter of their own, so that none of them is served
-- from the portal's page cache.
local ids = tonumber(os.getenv("BENCH_RANDOM_IDS") or "0")
local path = os.getenv("BENCH_PATH") or "/"
local first = tonumber(os.getenv("BENCH_FIRST_ID") or "1")
-- a file of queries, one per line
local queries = {}
if os.getenv("BENCH_QUERIES") then
  for line in io.lines(os.getenv("BENCH_QUERIES")) do
    if line ~= "" then
      queries[#queries + 1] = line:gsub("[^%w]", function(c) return string.format("%%%02X", string.byte(c)) end)
    end
  end
end

-- Each thread draws its own random articles and queries, different in each run: LuaJIT's generator starts from
-- the same seed in every thread unless told otherwise, so two threads (and a warm-up and the run after it) would
-- otherwise ask for the very same addresses, and half of the "uncached" requests would be answered from the cache.
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("thread_id", threads)
end
local sent = 0
function init(args)
  math.randomseed(os.time() * 1000 + (thread_id or 0))
  for _ = 1, 10 do math.random() end
end
-- unique for every request of every thread and every run
local function uncached()
  sent = sent + 1
  return "uncached=" .. os.time() .. "-" .. (thread_id or 0) .. "-" .. sent
end

-- Like every browser, ask for compressed pages: the portal keeps a compressed copy of each cached page, and
-- compresses what it renders.
wrk.headers["Accept-Encoding"] = "gzip"

request = function()
  if ids > 0 then
    return wrk.format("GET", "/news/" .. math.random(first, first + ids - 1) .. "?" .. uncached())
  end
  if #queries > 0 then
    return wrk.format("GET", "/search?q=" .. queries[math.random(1, #queries)] .. "&" .. uncached())
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
