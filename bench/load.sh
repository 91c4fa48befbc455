#!/usr/bin/env bash
# Load on loopback (issue 7): 64 connections for 60 s each on a buurt profile page, the urgency
# scan page and a published yearly report, with wrk; then nginx serving the profile page's exact
# bytes as a static file, for the ratio. Reports requests/s, p50/p99 latency, errors (non-2xx or
# socket errors) and the server's memory (peak RSS) under that load.
#
#   bench/load.sh                 # release build, 60 s per page (about 5 minutes)
#   SECONDS_PER_RUN=5 bench/load.sh --binary target/debug/wijkwijzer   # the short run CI does
#
# Needs wrk and nginx (Debian: apt-get install wrk nginx-light); installs them when missing and
# run as root. Exits non-zero when any request failed.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION="${SECONDS_PER_RUN:-60}"
CONNECTIONS="${CONNECTIONS:-64}"
THREADS="${THREADS:-2}"
BINARY=""
while [ $# -gt 0 ]; do
  case "$1" in
    --binary) BINARY="$2"; shift 2 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done

need() {
  command -v "$1" >/dev/null 2>&1 && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null
  else
    echo "load: $1 is missing (apt-get install $2)" >&2; exit 2
  fi
}
need wrk wrk
need nginx nginx-light
NGINX="$(command -v nginx)"

if [ -z "$BINARY" ]; then
  cargo build --release --quiet
  BINARY=target/release/wijkwijzer
fi

WORK="$(mktemp -d)"
chmod 755 "$WORK"   # nginx's workers (www-data) read the static copy from here
SERVER_PID=""
NGINX_CONF=""
cleanup() {
  [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null || true
  [ -n "$NGINX_CONF" ] && "$NGINX" -c "$NGINX_CONF" -s stop 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
PORT="$(free_port)"
BASE="http://127.0.0.1:$PORT"
export WIJKWIJZER_ADMIN_EMAIL="load@wijkwijzer.test" WIJKWIJZER_ADMIN_PASSWORD="load-test-wachtwoord-2026"
export WIJKWIJZER_LOG="warn"
# The script signs in with a password only to publish a report (no second factor to type here).
export WIJKWIJZER_REQUIRE_SECOND_FACTOR="optional"
start_server() {
  "$BINARY" "$@" --data-dir "$WORK/data" --bind "127.0.0.1:$PORT" >>"$WORK/server.log" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 600); do
    curl -fsS "$BASE/health" >/dev/null 2>&1 && return 0
    kill -0 "$SERVER_PID" 2>/dev/null || { cat "$WORK/server.log"; exit 1; }
    sleep 0.5
  done
  echo "load: the server did not answer" >&2; exit 1
}
# The demo loads the programmes and the real CBS/RIVM figures once.
start_server demo

# Publish programme 1's report of last year as a beheerder would: log in, take the page's CSRF token, post.
YEAR=$(( $(date +%Y) - 1 ))
JAR="$WORK/cookies"
curl -fsS -c "$JAR" -b "$JAR" -o /dev/null "$BASE/inloggen"
curl -fsS -c "$JAR" -b "$JAR" -o /dev/null \
  --data-urlencode "email=$WIJKWIJZER_ADMIN_EMAIL" --data-urlencode "password=$WIJKWIJZER_ADMIN_PASSWORD" "$BASE/inloggen"
TOKEN="$(curl -fsS -b "$JAR" "$BASE/programmas/1/voortgang/rapportages/$YEAR" | grep -o 'name="csrf_token" value="[^"]*"' | head -1 | cut -d'"' -f4)"
curl -fsS -b "$JAR" -o /dev/null --data-urlencode "csrf_token=$TOKEN" "$BASE/programmas/1/voortgang/rapportages/$YEAR/publiceren"

# Measured is a server as it runs in production: a fresh `serve` on that database, not the process that imported.
kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true
start_server serve

PROFILE="/gebieden/BU05991081"
SCAN="/urgentie"
REPORT="/programmas/1/voortgang/rapportages/$YEAR"
for path in "$PROFILE" "$SCAN" "$REPORT"; do
  code="$(curl -s -o /dev/null -w '%{http_code}' "$BASE$path")"
  [ "$code" = 200 ] || { echo "load: $path answers $code to the public, expected 200" >&2; exit 1; }
done

# Peak memory of the server, sampled while wrk runs.
rss_now() { awk '/^VmRSS/ {print $2}' "/proc/$SERVER_PID/status"; }
RSS_BEFORE="$(rss_now)"
RSS_PEAK=0
sample_rss() {
  while kill -0 "$SERVER_PID" 2>/dev/null; do
    v="$(rss_now)"; [ "$v" -gt "$(cat "$WORK/rss")" ] && echo "$v" >"$WORK/rss"; sleep 0.25
  done
}
echo 0 >"$WORK/rss"
sample_rss & SAMPLER=$!

# One wrk run: prints "requests/s p50_ms p99_ms errors".
run_wrk() {
  local out; out="$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout 30s --latency "$1")"
  echo "$out" >>"$WORK/wrk.log"
  local rps p50 p99 non2xx sock
  rps="$(echo "$out" | awk '/^Requests\/sec/ {print $2}')"
  p50="$(echo "$out" | awk '$1=="50%" {print $2}')"
  p99="$(echo "$out" | awk '$1=="99%" {print $2}')"
  non2xx="$(echo "$out" | awk '/Non-2xx or 3xx responses/ {print $5}')"
  sock="$(echo "$out" | awk '/Socket errors/ {gsub(",",""); print $4+$6+$8+$10}')"
  echo "$rps $(to_ms "$p50") $(to_ms "$p99") $(( ${non2xx:-0} + ${sock:-0} ))"
}
to_ms() { python3 -c "import sys,re; v=sys.argv[1]; m=re.match(r'([0-9.]+)(us|ms|s)$', v); f={'us':0.001,'ms':1,'s':1000}[m.group(2)]; print(round(float(m.group(1))*f, 2))" "$1"; }

declare -A RESULT
for name in profile scan report; do
  case $name in profile) path=$PROFILE ;; scan) path=$SCAN ;; report) path=$REPORT ;; esac
  RESULT[$name]="$(run_wrk "$BASE$path")"
done
kill "$SAMPLER" 2>/dev/null || true
RSS_PEAK="$(cat "$WORK/rss")"

# nginx serving the profile page's bytes as a static file, same content type, on its own port.
NPORT="$(free_port)"
mkdir -p "$WORK/www" "$WORK/nginx"
curl -fsS "$BASE$PROFILE" -o "$WORK/www/profile.html"
chmod -R a+rX "$WORK/www"
NGINX_CONF="$WORK/nginx/nginx.conf"
cat >"$NGINX_CONF" <<EOF
worker_processes 2;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  default_type text/html;
  client_body_temp_path $WORK/nginx; proxy_temp_path $WORK/nginx; fastcgi_temp_path $WORK/nginx;
  uwsgi_temp_path $WORK/nginx; scgi_temp_path $WORK/nginx;
  server {
    listen 127.0.0.1:$NPORT;
    location = $PROFILE { alias $WORK/www/profile.html; }
  }
}
EOF
"$NGINX" -c "$NGINX_CONF"
RESULT[nginx]="$(run_wrk "http://127.0.0.1:$NPORT$PROFILE")"

read -r p_rps _ _ _ <<<"${RESULT[profile]}"
read -r n_rps _ _ _ <<<"${RESULT[nginx]}"
RATIO="$(python3 -c "print(round($p_rps / $n_rps, 2))")"
BYTES="$(stat -c %s "$WORK/www/profile.html")"

echo
echo "Load on loopback: $CONNECTIONS connections, $THREADS wrk threads, ${DURATION}s per page, $(nproc) cores, binary $BINARY"
printf '%-34s %12s %10s %10s %8s\n' "page" "requests/s" "p50 ms" "p99 ms" "errors"
ERRORS=0
for name in profile scan report nginx; do
  read -r rps p50 p99 err <<<"${RESULT[$name]}"
  case $name in
    profile) label="profile $PROFILE" ;; scan) label="scan $SCAN" ;;
    report) label="published report $YEAR" ;; nginx) label="nginx, same $BYTES bytes (static)" ;;
  esac
  printf '%-34s %12s %10s %10s %8s\n' "$label" "$rps" "$p50" "$p99" "$err"
  ERRORS=$(( ERRORS + err ))
done
echo "profile vs nginx: $RATIO (aim >= 0.5)"
echo "server RSS: $(( RSS_BEFORE / 1024 )) MB before, peak $(( RSS_PEAK / 1024 )) MB under load (aim <= 100 MB)"
if [ "$ERRORS" -ne 0 ]; then
  echo "load: $ERRORS requests failed" >&2
  exit 1
fi
