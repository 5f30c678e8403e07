-- The soak's mix (test/reliability/soak-runner.ts) for wrk: reads, writes, publishes, a scripted fault
-- (negative paging drops the connection) and an admin read, round robin, across MIX_SESSIONS session ids.
-- wrk's -d bounds it. Prints one "mix:" line of status counts (global, so done() can read them back).
local F = '/serverless/v1/functions'
local sessions = tonumber(os.getenv('MIX_SESSIONS') or '150')
local n = 0
statuses = {}

local function create(i)
  return '{"name":"0@soak@fn-' .. (i % 500) .. '","runtime":"python3.9","cpu":500,"memory":256,"timeout":3}'
end

local templates = {
  function(i) return 'GET', F .. '/0@faaspy@hello2/versions?pageIndex=' .. (i % 3) .. '&pageSize=' .. (i % 4) end,
  function() return 'GET', F .. '/0@faaspy@hello2/versions?pageIndex=-1&pageSize=1' end,
  function(i) return 'GET', F .. '?name=fn-' .. (i % 50) .. '&pageIndex=1&pageSize=5' end,
  function(i) return 'POST', F, create(i) end,
  function(i) return 'GET', F .. '/0@soak@fn-' .. (i % 500) end,
  function(i)
    return 'PUT', F .. '/0@soak@fn-' .. (i % 500), '{"revisionId":"x","cpu":500,"memory":256,"timeout":3}'
  end,
  function(i) return 'POST', F .. '/0@soak@fn-' .. (i % 500) .. '/versions', '{"revisionId":"x"}' end,
  function(i) return 'DELETE', F .. '/0@soak@fn-' .. ((i * 7) % 500) end,
  function() return 'GET', '/__admin/health' end,
}

request = function()
  local i = n
  n = n + 1
  local method, path, body = templates[(i % #templates) + 1](i)
  local headers = { ['x-mock-session'] = 'soak-' .. (i % sessions) }
  if body then headers['content-type'] = 'application/json' end
  return wrk.format(method, path, headers, body)
end

response = function(status)
  statuses[status] = (statuses[status] or 0) + 1
end

-- One thread (-t1): its counters are read back through the thread object.
local threads = {}
setup = function(thread) table.insert(threads, thread) end

done = function()
  for _, thread in ipairs(threads) do
    local counts = thread:get('statuses')
    local parts = {}
    for status, count in pairs(counts) do table.insert(parts, status .. '=' .. count) end
    table.sort(parts)
    io.write('mix: ', table.concat(parts, ' '), '\n')
  end
end
