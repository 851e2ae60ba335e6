-- wrk script: POST widgets/call with a form body; WIDGET and KEY come from the environment.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Authorization"] = os.getenv("KEY")
local counter = 0
request = function()
  counter = counter + 1
  local body = "id=" .. os.getenv("WIDGET") .. "&tel=%2B4860" .. string.format("%07d", counter % 10000000)
  return wrk.format(nil, "/api/v1/external/widgets/call", nil, body)
end
