#!/usr/bin/env bash
# `npm test` three times in a row on a clean clone while the machine is kept busy (issue 10: tests
# wait for states, never for time, so a slow machine changes how long they take, not whether they
# pass). One busy loop per core, plus whatever else the machine runs; the load average is logged.
#
#   scripts/test-under-load.sh [commit]     # default HEAD; logs in $UNDER_LOAD_DIR (/tmp/under-load)
#
# Pass DATABASE_URL to include the PostgreSQL tests, as CI does. Stops at the first failing run.
set -u
commit=$(git rev-parse "${1:-HEAD}")
out=${UNDER_LOAD_DIR:-/tmp/under-load}
clone=$out/clone
rm -rf "$out" && mkdir -p "$out"
git clone -q "$(git rev-parse --show-toplevel)" "$clone" && git -C "$clone" checkout -q "$commit"
cd "$clone" && npm ci --no-audit --no-fund > "$out/npm-ci.log" 2>&1 || { echo "npm ci failed: $out/npm-ci.log"; exit 1; }

busy=()
for _ in $(seq "$(nproc)"); do
  (while :; do :; done) &
  busy+=($!)
done
trap 'kill "${busy[@]}" 2>/dev/null' EXIT

load() { cut -d' ' -f1-3 /proc/loadavg; }
echo "commit $commit, $(nproc) cores, ${#busy[@]} busy loops" | tee "$out/summary.log"
for run in 1 2 3; do
  start=$(date +%s)
  echo "run $run: started $(date -u +%H:%M:%S), load $(load)" | tee -a "$out/summary.log"
  CI=true npm test > "$out/run$run.log" 2>&1
  status=$?
  echo "run $run: exit $status after $(($(date +%s) - start)) s, load $(load)" | tee -a "$out/summary.log"
  [ "$status" -eq 0 ] || exit "$status"
done
