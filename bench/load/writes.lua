-- Write-path load for wrk: each wrk thread holds one connection (run with -t N -c N), so its requests are
-- sequential and it can keep the version of the assessment it owns. Requests alternate between creating an
-- action item and changing the thread's own assessment of one commitment (with the version it last read).
--
--   wrk -t32 -c32 -d10s -s writes.lua URL -- TOKEN COMMITMENT_ID...
-- Prints, per status, how many answers came back, so conflicts (409) and errors are told apart.

local threads = {}
local counter = 0

function setup(thread)
  thread:set("index", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

function init(args)
  token = args[1]
  commitments = {}
  for i = 2, #args do commitments[#commitments + 1] = args[i] end
  -- Thread k owns commitment k; threads beyond the commitments only create items, so no two threads share one.
  mine = commitments[index + 1]
  version = nil
  turn = 0
  seq = 0
  statuses = {}
  statuses_seen = {}
  headers = { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json" }
  states = { "in-progress", "achieved", "stalled", "at-risk", "not-started" }
end

function request()
  turn = turn + 1
  if mine ~= nil and turn % 2 == 0 then
    local status = states[(turn / 2) % #states + 1]
    local body
    if version == nil then
      body = string.format('{"status":"%s","comment":"load %d"}', status, turn)
    else
      body = string.format('{"status":"%s","comment":"load %d","version":%d}', status, turn, version)
    end
    last = "assessment"
    return wrk.format("PUT", "/api/commitments/" .. mine .. "/assessment", headers, body)
  end

  seq = seq + 1
  last = "item"
  return wrk.format("POST", "/api/action-items", headers, string.format('{"title":"Load item %d-%d","owner":"bench"}', index, seq))
end

function response(status, headers, body)
  local key = last .. " " .. status
  statuses[key] = (statuses[key] or 0) + 1
  if last == "assessment" and status == 200 then
    version = tonumber(string.match(body, '"version":(%d+)'))
  end
end

function done(summary, latency, requests)
  local totals = {}
  for _, thread in ipairs(threads) do
    local s = thread:get("statuses")
    for key, count in pairs(s) do totals[key] = (totals[key] or 0) + count end
  end
  local keys = {}
  for key in pairs(totals) do keys[#keys + 1] = key end
  table.sort(keys)
  for _, key in ipairs(keys) do io.write(string.format("STATUS %s %d\n", key, totals[key])) end
end
