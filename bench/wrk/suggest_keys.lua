-- wrk script: type-ahead as a person types it. Every query of the relevance
-- suite is sent as /api/v1/suggest keystroke by keystroke (each prefix of
-- one character or more, cut at UTF-8 character boundaries), cycled.
--   wrk -s bench/wrk/suggest_keys.lua http://127.0.0.1:PORT
-- QONUN_QUERIES names the query file (default tests/search/relevance.tsv).

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
      local query = line:match("^([^\t]*)\t")
      if query and query ~= "" then
        local typed = ""
        for char in query:gmatch("[%z\1-\127\194-\244][\128-\191]*") do
          typed = typed .. char
          if typed:match("%S$") then
            paths[#paths + 1] = "/api/v1/suggest?q=" .. encode(typed)
          end
        end
      end
    end
  end
  handle:close()
  assert(#paths > 0, "no queries in " .. file)
  return paths
end

local paths = load_paths(os.getenv("QONUN_QUERIES") or "tests/search/relevance.tsv")
local next_index = 1

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
