#!/usr/bin/env bash
# Third-party probes (issue 7), installed from PyPI by this script into a virtualenv:
#  - schemathesis against /api/v1/openapi.json: no 5xx, responses conform to the spec (schema and
#    content type), as an administrator with an API token (so every operation is reachable);
#  - sqlmap against every endpoint that takes search or filter parameters: no injectable parameter.
#
#   bench/probes.sh                                   # debug binary of this checkout
#   bench/probes.sh --binary target/release/wijkwijzer
#   EXAMPLES=100 bench/probes.sh                      # more schemathesis examples per operation
#
# Exits non-zero on any schemathesis failure or sqlmap finding. Reports go to target/probes/.
set -euo pipefail
cd "$(dirname "$0")/.."

BINARY=""
while [ $# -gt 0 ]; do
  case "$1" in
    --binary) BINARY="$2"; shift 2 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done
if [ -z "$BINARY" ]; then
  cargo build --quiet --bin wijkwijzer
  BINARY=target/debug/wijkwijzer
fi
EXAMPLES="${EXAMPLES:-25}"
VENV="${PROBE_VENV:-target/probe-venv}"
OUT=target/probes
rm -rf "$OUT"; mkdir -p "$OUT"

if [ ! -x "$VENV/bin/st" ] || [ ! -x "$VENV/bin/sqlmap" ]; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet --disable-pip-version-check "schemathesis==4.32.5" "sqlmap==1.10.10"
fi

WORK="$(mktemp -d)"
SERVER_PID=""
cleanup() { [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT
PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
BASE="http://127.0.0.1:$PORT"
ADMIN="probes@wijkwijzer.test"
export WIJKWIJZER_ADMIN_EMAIL="$ADMIN" WIJKWIJZER_ADMIN_PASSWORD="probes-wachtwoord-2026" WIJKWIJZER_LOG=warn
"$BINARY" demo --data-dir "$WORK/data" --bind "127.0.0.1:$PORT" >"$OUT/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 900); do
  curl -fsS "$BASE/health" >/dev/null 2>&1 && break
  kill -0 "$SERVER_PID" 2>/dev/null || { cat "$OUT/server.log"; exit 1; }
  sleep 0.5
done
# While serving, the demo database is shared: the token is written by a second process (WAL).
TOKEN="$("$BINARY" user token --data-dir "$WORK/data" --email "$ADMIN" --name probes | grep -o 'ww_[A-Za-z0-9_-]*' | head -1)"
[ -n "$TOKEN" ] || { echo "probes: no API token" >&2; exit 1; }

# sqlmap first: schemathesis, as administrator, also archives programmes and changes accounts.
echo "== sqlmap"
# Every endpoint with search or filter parameters (query string), and the area code in a path:
# the public pages as a visitor reaches them, the API with the administrator's token.
PAGES=(
  "$BASE/gebieden?q=Bloemhof&pagina=1"
  "$BASE/gebieden/BU05991081*"
  "$BASE/urgentie?niveau=buurt&gemeente=GM0599&jaar=2024&referentie=gemeente&thema=veiligheid&sorteer=rang&pagina=1"
  "$BASE/urgentie.csv?niveau=wijk&gemeente=GM0599&jaar=2024"
  "$BASE/programmas/1/agenda/wijzigingen?jaar=2026"
)
API=(
  "$BASE/api/v1/areas?q=Bloem&level=buurt&municipality=GM0599&page=1"
  "$BASE/api/v1/areas/BU05991081/observations?period=2020"
  "$BASE/api/v1/scan?niveau=buurt&gemeente=GM0599&jaar=2024"
  "$BASE/api/v1/areas/GM0599*"
)
FINDINGS=0
probe() {
  local url="$1"; shift
  local log; log="$OUT/sqlmap-$(echo "$url" | md5sum | cut -c1-8).txt"
  "$VENV/bin/sqlmap" -u "$url" --batch --level=2 --risk=1 --disable-coloring --flush-session \
    --output-dir="$WORK/sqlmap" "$@" >"$log" 2>&1 || true
  if grep -qE "is vulnerable|appears to be injectable|sqlmap identified the following injection" "$log"; then
    echo "FINDING $url (see $log)"; FINDINGS=$((FINDINGS + 1))
  elif grep -q "do not appear to be injectable" "$log"; then
    echo "clean   $url"
  else
    echo "UNCLEAR $url (see $log)"; FINDINGS=$((FINDINGS + 1))
  fi
}
for url in "${PAGES[@]}"; do probe "$url"; done
for url in "${API[@]}"; do probe "$url" --header="Authorization: Bearer $TOKEN"; done
TARGETS=$(( ${#PAGES[@]} + ${#API[@]} ))

echo "== schemathesis ($EXAMPLES examples per operation)"
set +e
"$VENV/bin/st" run "$BASE/api/v1/openapi.json" \
  --header "Authorization: Bearer $TOKEN" \
  --checks not_a_server_error,response_schema_conformance,content_type_conformance \
  --max-examples "$EXAMPLES" --seed 20261201 --workers 1 --no-color \
  --report junit --report-junit-path "$OUT/schemathesis.xml" >"$OUT/schemathesis.txt" 2>&1
ST=$?
set -e
tail -n 25 "$OUT/schemathesis.txt"

FIVES="$(grep -cE 'internal error|panicked' "$OUT/server.log" || true)"
echo
echo "schemathesis exit $ST; sqlmap findings $FINDINGS of $TARGETS endpoints; internal errors or panics logged: $FIVES; reports in $OUT/"
[ "$ST" -eq 0 ] && [ "$FINDINGS" -eq 0 ] && [ "$FIVES" -eq 0 ]
