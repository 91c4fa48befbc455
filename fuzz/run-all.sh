#!/usr/bin/env bash
# Run every fuzz target for SECONDS (default 600), two at a time, seeded with the repository's real
# files; prints one line per target (executions, coverage, crashes) and fails on a crash or hang.
set -euo pipefail
cd "$(dirname "$0")"
SECONDS_EACH="${1:-600}"
TOOLCHAIN="${FUZZ_TOOLCHAIN:-+nightly}"
# The first 64 kB of a gzipped file (head closing the pipe early is not an error here).
head_of() { gunzip -c "$1" 2>/dev/null | head -c 65536 || true; }
seed() {
  local target="$1" dir="corpus/$1"; mkdir -p "$dir"
  case "$target" in
    statline_json) cp ../tests/fixtures/import/*.json "$dir"/; for f in ../data/kwb/*.json.gz; do head_of "$f" >"$dir/$(basename "$f" .gz)"; done ;;
    csv_table|code_list) for f in ../data/kwb/*.csv.gz ../data/gezondheid/*.csv.gz; do head_of "$f" >"$dir/$(basename "$f" .gz)"; done; cp ../tests/fixtures/import/*.csv "$dir"/ ;;
    xlsx) cp ../tests/fixtures/import/*.xlsx "$dir"/ ;;
    kwb_dbf) gunzip -c ../data/kwb/wijk_2023_v0.dbf.gz >"$dir/wijk_2023_v0.dbf" ;;
    geojson|topojson) for f in ../data/geo/*.gz; do head_of "$f" >"$dir/$(basename "$f" .gz)"; done; cp ../tests/fixtures/import/*.geojson "$dir"/ ;;
    any_file) cp ../data/kwb/*.gz "$dir"/ ;;
  esac
}
cargo $TOOLCHAIN fuzz build -s none >/dev/null
run() {
  local target="$1"
  seed "$target"
  if cargo $TOOLCHAIN fuzz run "$target" -s none -- -max_total_time="$SECONDS_EACH" -timeout=10 \
      -rss_limit_mb=2048 -print_final_stats=1 >"logs/$target.log" 2>&1; then
    echo "$target ok: $(grep -E '^stat::number_of_executed_units' "logs/$target.log" | awk '{print $2}') executions, $(grep -oE 'cov: [0-9]+' "logs/$target.log" | tail -1)"
  else
    echo "$target FAILED (see fuzz/logs/$target.log and fuzz/artifacts/$target/)"; return 1
  fi
}
mkdir -p logs
failed=0
targets=(statline_json csv_table code_list xlsx kwb_dbf geojson topojson any_file)
for ((i = 0; i < ${#targets[@]}; i += 2)); do
  run "${targets[i]}" & a=$!
  if [ $((i + 1)) -lt ${#targets[@]} ]; then run "${targets[i+1]}" & b=$!; wait $b || failed=1; fi
  wait $a || failed=1
done
exit $failed
