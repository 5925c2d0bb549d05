-- wrk script: cycles through the relevance suite's queries (citations,
-- single words, phrases, point-in-time and cross-script queries in the three
-- languages) as GET /api/v1/search requests, top 10 with snippets.
--   wrk -s bench/wrk/search_mix.lua http://127.0.0.1:PORT
-- QONUN_QUERIES names the query file (default tests/search/relevance.tsv,
-- relative to the folder wrk runs in).

local function encode(text)
  return (text:gsub("[^%w%-%._~]", function(c)
    return string.format("%%%02X", string.byte(c))
  end))
end

local function load_paths(file)
  local paths = {}
  local handle = assert(io.open(file, "r"), "cannot read " .. file)
  for line in handle:lines() do
    if line ~= "" and line:sub(1, 1) ~= "#" then
      local query, options = line:match("^([^\t]*)\t([^\t]*)")
      if query and query ~= "" then
        local path = "/api/v1/search?limit=10&q=" .. encode(query)
        for option in options:gmatch("[^;]+") do
          local key, value = option:match("^%s*(%w+)=(.-)%s*$")
          if key then path = path .. "&" .. key .. "=" .. encode(value) end
        end
        paths[#paths + 1] = path
      end
    end
  end
  handle:close()
  assert(#paths > 0, "no queries in " .. file)
  return paths
end

local paths = load_paths(os.getenv("QONUN_QUERIES") or "tests/search/relevance.tsv")
local next_index = 1

-- Each wrk thread runs this file in its own Lua state; starting points are
-- spread so the threads do not ask the same query at the same moment.
function setup(thread)
  thread:set("start", math.random(#paths))
end

function init(args)
  next_index = (start or 1)
end

function request()
  local path = paths[next_index]
  next_index = next_index % #paths + 1
  return wrk.format("GET", path)
end
