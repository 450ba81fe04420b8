-- wrk script for src/bench/run: distinct searches, a real word and a number no query has used before, so no two
-- are alike and none is answered from the page cache. CLIENTS=many: each request from a client of its own (through
-- the trusted proxy on loopback, X-Forwarded-For), as citizens behind the load balancer; otherwise one client.
local words = {"bergen", "turku", "rostock", "kiel", "lviv", "harbin", "kujalleq", "goteborg", "culture",
  "business", "school", "exchange", "climate", "nordic", "agreement", "energy", "university", "aarhus"}
-- Each wrk thread gets its own number (setup runs in the main thread), so threads never repeat each other.
local threads = 0
setup = function(thread)
  threads = threads + 1
  thread:set("id", threads)
end
local n = 0
local run = nil
local many = os.getenv("CLIENTS") == "many"
request = function()
  n = n + 1
  run = run or (os.time() % 100000)
  local q = words[(n % #words) + 1] .. "+" .. run .. "x" .. (id or 0) .. "x" .. n
  local headers = {}
  if many then headers["X-Forwarded-For"] = "10." .. (id or 0) .. "." .. (n % 250) .. "." .. (math.floor(n / 250) % 250) end
  return wrk.format("GET", "/en/search?q=" .. q, headers)
end
