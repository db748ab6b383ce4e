#!/usr/bin/env bash
# Load test of `dyad serve`: wrk at 64 connections against /api/series on
# loopback, with the answer cache (the default) and without it (--no-cache),
# plus the time of each API call the dashboard makes when it opens.
#
#   bench/serve_load.sh [STORE] [DURATION]
#
# STORE defaults to the 1,000,000-event store of bench/README.md
# (/tmp/store-bench/big.sqlite); DURATION to 30s. DYAD names the binary
# (default build/dyad). The server listens on 127.0.0.1 only, on a free port,
# and is stopped at the end; wrk runs once per mode, for DURATION.
set -euo pipefail
cd "$(dirname "$0")/.."
STORE=${1:-/tmp/store-bench/big.sqlite}
DURATION=${2:-30s}
DYAD=${DYAD:-build/dyad}
SERIES='/api/series?dyad=CHN,RUS&by=month'

command -v wrk >/dev/null || { echo "serve_load: wrk is not installed (apt-get install wrk)" >&2; exit 1; }
command -v curl >/dev/null || { echo "serve_load: curl is not installed" >&2; exit 1; }
[[ -x $DYAD ]] || { echo "serve_load: no $DYAD: build first" >&2; exit 1; }
[[ -f $STORE ]] || { echo "serve_load: no store at $STORE (bench/README.md: dyad_gen_events)" >&2; exit 1; }

LOG=$(mktemp /tmp/dyad-serve-load.XXXXXX)
SERVER_PID=""
stop_server() {
  if [[ -n $SERVER_PID ]]; then
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
    SERVER_PID=""
  fi
}
trap 'stop_server; rm -f "$LOG"' EXIT

# Starts the server (extra options in "$@") and sets BASE to its address.
start_server() {
  : >"$LOG"
  "$DYAD" serve --db "$STORE" --port 0 "$@" 2>"$LOG" &
  SERVER_PID=$!
  BASE=""
  for _ in $(seq 1 600); do
    BASE=$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$LOG" | head -n 1 || true)
    [[ -n $BASE ]] && break
    kill -0 "$SERVER_PID" 2>/dev/null || { cat "$LOG" >&2; exit 1; }
    sleep 0.1
  done
  [[ -n $BASE ]] || { echo "serve_load: the server did not start" >&2; exit 1; }
}

timed() {  # prints the time of one GET
  curl -s -o /dev/null -w "  %{http_code} %{time_total}s %{size_download} bytes  $1\n" "$BASE$1"
}

dashboard_calls() {
  timed /
  timed /app.js
  timed /api/stats
  timed '/api/actors?limit=200'
  timed "$SERIES"
  # The busiest month's events, as the dashboard asks for them.
  local range
  range=$(curl -s "$BASE$SERIES" | python3 -c '
import calendar, json, sys
p = max(json.load(sys.stdin)["rows"], key=lambda r: r["events"])["period"]
y, m = map(int, p.split("-"))
print(f"from={p}-01&to={p}-{calendar.monthrange(y, m)[1]:02d}")')
  timed "/api/events?dyad=CHN,RUS&$range&limit=100&mentions=1"
  timed '/api/dyads?limit=60'
}

echo "== the dashboard's calls on a server just started ($STORE)"
start_server
dashboard_calls
echo "== the same calls again"
dashboard_calls
echo "== wrk -t2 -c64 -d$DURATION --latency $SERIES (answer cache on)"
timed "$SERIES" >/dev/null
wrk -t2 -c64 -d"$DURATION" --latency "$BASE$SERIES"
stop_server

echo "== wrk -t2 -c64 -d$DURATION --latency $SERIES (--no-cache: every request queries the store)"
start_server --no-cache
wrk -t2 -c64 -d"$DURATION" --latency --timeout 10s "$BASE$SERIES"
stop_server
