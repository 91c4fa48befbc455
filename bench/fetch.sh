#!/usr/bin/env bash
# Fetch throughput and the refresh check, measured from outside as a user meets them: the release
# binary fetches from the local StatLine/PDOK server (the real files of data/, served as the public
# services do: tests/common/statline.rs) over loopback. Prints one line per measurement.
#
#   cargo build --release --bin wijkwijzer --example statline_fixture
#   bench/fetch.sh
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=target/release/wijkwijzer
FIXTURE=target/release/examples/statline_fixture
PORT=${PORT:-18099}
TMP=$(mktemp -d)
"$FIXTURE" "127.0.0.1:$PORT" > "$TMP/fixture.log" 2>&1 &
FIX_PID=$!
trap 'kill $FIX_PID 2>/dev/null; rm -rf "$TMP"' EXIT
for _ in $(seq 1 50); do grep -q "fixture on" "$TMP/fixture.log" && break; sleep 0.1; done
export WIJKWIJZER_SOURCES_CBS_V3=http://127.0.0.1:$PORT/cbs/v3 WIJKWIJZER_SOURCES_CBS_V4=http://127.0.0.1:$PORT/cbs/v4
export WIJKWIJZER_SOURCES_RIVM_V3=http://127.0.0.1:$PORT/rivm/v3 WIJKWIJZER_SOURCES_PDOK=http://127.0.0.1:$PORT/pdok
export WIJKWIJZER_LOG=warn LANG=C
DB="sqlite://$TMP/ww.db"
# Warm the server's caches (it reads the xlsx files on the first request), not measured.
"$BIN" fetch --database "$DB" 50090NED --level gemeente --period 2020 > /dev/null
run() { # label, args…
  local label=$1; shift
  local start end out
  start=$(date +%s.%N)
  out=$("$BIN" fetch --database "$DB" "$@")
  end=$(date +%s.%N)
  local values
  values=$(echo "$out" | sed -n 's/.*, \([0-9.]*\) waarden in .*/\1/p' | tr -d '.')
  if [ -n "$values" ]; then
    printf '%s: %.2f s, %s values, %.0f values/s\n' "$label" "$(echo "$end - $start" | bc)" "$values" "$(echo "$values / ($end - $start)" | bc -l)"
  else
    printf '%s: %.3f s (%s)\n' "$label" "$(echo "$end - $start" | bc)" "$(echo "$out" | head -c 80)"
  fi
}
run "50090NED, every area, 2 age groups (OData v3, pages of 10,000)" 50090NED --force
run "85984NED, gemeenten and wijken (OData v3)" 85984NED --force
run "85984NED, gemeenten and wijken (OData v4, long form)" 85984NED --source cbs-v4 --force
run "refresh check of an unchanged table (TableInfos only)" 50090NED
run "refresh check of an unchanged table (TableInfos only)" 85984NED
