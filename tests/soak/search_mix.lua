-- wrk script for scripts/soak.sh: a mix of the requests the web page makes,
-- in all three languages and both Uzbek scripts, picked at random.
-- SOAK_CLOSE=1 in the environment sends "Connection: close" on every request
-- (connection churn: a new TCP connection per request).

local targets = {
  "/api/v1/search?q=%D1%82%D0%BE%D1%80%D0%B3%D0%BE%D0%B2%D0%BB%D1%8F%20%D0%BB%D1%8E%D0%B4%D1%8C%D0%BC%D0%B8",  -- торговля людьми
  "/api/v1/search?q=%D1%87.%202%20%D1%81%D1%82.%20135%20%D0%A3%D0%9A",   -- ч. 2 ст. 135 УК
  "/api/v1/search?q=trafficking%20in%20persons&lang=eng",
  "/api/v1/search?q=%22forced%20labour%22%20-child",
  "/api/v1/search?q=odam%20savdosi&in=uzb",
  "/api/v1/search?q=%D0%BE%D0%B4%D0%B0%D0%BC%20%D1%81%D0%B0%D0%B2%D0%B4%D0%BE%D1%81%D0%B8&lang=eng",  -- одам савдоси
  "/api/v1/search?q=135-modda%202-qism%20JK",
  "/api/v1/search?q=exploitation&at=2005-06-01",
  "/api/v1/search?q=recruitment%20OR%20harbouring&limit=50",
  "/api/v1/search?q=heading%3Acommission&type=national",
  "/api/v1/search?q=victim%20protection&all=1&offset=10",
  "/api/v1/search?q=consent&lang=rus&in=rus,eng",
  "/api/v1/suggest?q=%D1%82%D0%BE%D1%80%D0%B3",
  "/api/v1/suggest?q=traf",
  "/api/v1/works",
  "/api/v1/cite?work=UNTOC&eid=art_5&lang=rus",
  "/akn/uz/act/1994-09-22/2012-xii/rus@2010-01-01/~art_135",
  "/api/v1/diff?work=2012-xii&eid=art_135&lang=eng&from=2010-01-01&to=2026-01-01",
  "/health",
}

local close = os.getenv("SOAK_CLOSE") == "1"

request = function()
  local headers = {}
  if close then
    headers["Connection"] = "close"
  end
  return wrk.format("GET", targets[math.random(#targets)], headers)
end

done = function(summary, latency, requests)
  io.write(string.format("soak-summary requests=%d duration_s=%.1f rps=%.1f p50_ms=%.2f p99_ms=%.2f max_ms=%.2f non2xx=%d errors=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
