#!/bin/bash
# The API's processor time per request under wrk, from /proc/PID/stat (user + system, every thread), after a 2 s
# warm-up. Usage: api-cpu-per-request.sh API_PID URL WRK_LUA_SCRIPT CONNECTIONS SECONDS
# (wrap it in `flock /tmp/rg-bench.lock` on the shared machine).
set -euo pipefail
pid=$1 url=$2 script=$3 connections=$4 seconds=$5
threads=$(( connections < 2 ? 1 : 2 ))
ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
wrk -t"$threads" -c"$connections" -d2s -s "$script" "$url" > /dev/null
before=$(ticks)
out=$(wrk -t"$threads" -c"$connections" -d"${seconds}s" -s "$script" "$url")
after=$(ticks)
requests=$(echo "$out" | awk '/requests in/{print $1}')
rate=$(echo "$out" | awk '/Requests\/sec/{print $2}')
hz=$(getconf CLK_TCK)
echo "$(basename "$script") c$connections: $rate req/s, API processor $(( (after - before) * 1000000 / hz / requests )) µs per request ($requests requests, load $(cut -d' ' -f1 /proc/loadavg))"
