-- wrk script for bench/load.sh. MODE (environment) chooses how requests vary:
--   fixed   the URL as given, every time
--   nocache the URL plus a dummy parameter unique to each request (RUN tells runs apart): unknown parameters are ignored by the API
--           but vary the output-cache key, so every request takes the database path
--   ingest  POST /api/v1/documents of the sample page with one number made unique, so every request is a new page
-- RATE (environment, requests/s over all CONNECTIONS) paces the requests instead of sending each as soon as the
-- last one is answered, to measure latency at a given load rather than at saturation.
-- Every run ends with one RESULT line: requests/s, latency p50/p95/p99 in ms, the count of errors (socket
-- errors and answers of 400 or more), and the count of requests.

local mode = os.getenv("MODE") or "fixed"
local thread_counter = 0

function setup(thread)
  thread_counter = thread_counter + 1
  thread:set("thread_id", thread_counter)
end

local counter = 0
local page
-- Unique to each run of wrk, so that no run asks for a URL an earlier run left in the output cache.
local run_id = os.getenv("RUN") or tostring(os.time())
local rate = tonumber(os.getenv("RATE") or "")
local pause_ms = rate and math.floor(1000 * tonumber(os.getenv("CONNECTIONS") or "16") / rate) or nil

if pause_ms then
  function delay()
    return pause_ms
  end
end

function init(args)
  if mode == "ingest" then
    local file = assert(io.open(os.getenv("SAMPLE"), "rb"))
    page = file:read("*a")
    file:close()
    wrk.method = "POST"
    wrk.headers["Content-Type"] = "text/plain; charset=utf-8"
    wrk.headers["X-Api-Key"] = os.getenv("API_KEY")
  end
end

function request()
  counter = counter + 1
  if mode == "nocache" then
    local separator = string.find(wrk.path, "?", 1, true) and "&" or "?"
    return wrk.format(nil, wrk.path .. separator .. "bench=" .. run_id .. "-" .. thread_id .. "-" .. counter)
  elseif mode == "ingest" then
    -- The number of registered volunteers (94220人) becomes one no other request sends.
    local unique = string.format("%d%d%07d", os.time() % 100000, thread_id, counter)
    return wrk.format(nil, "/api/v1/documents", nil, (string.gsub(page, "94220", unique, 1)))
  end
  return wrk.format(nil, wrk.path)
end

function done(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout
  io.write(string.format("RESULT %.1f %.2f %.2f %.2f %d %d\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    errors, summary.requests))
end
