#!/usr/bin/env bash
# Every test of the project, in the order that fails fastest: typecheck, unit tests under three
# time zones (station hours must not depend on the device's zone), then the browser tests against
# a production build in real Chromium. Stops at the first failing step and says which one;
# prints a summary with the time each step took. `npm test` runs this; so does .ci/run.
set -uo pipefail
cd "$(dirname "$0")/.."

steps=()
started_all=$SECONDS

summary() {
  echo
  echo "==== test summary ===="
  local line
  for line in "${steps[@]}"; do echo "  $line"; done
  echo "  total: $((SECONDS - started_all)) s"
}

run_step() {
  local name="$1"
  shift
  echo
  echo "==== $name ===="
  local t0=$SECONDS
  "$@"
  local rc=$?
  local took=$((SECONDS - t0))
  if [[ $rc -ne 0 ]]; then
    steps+=("FAIL  $name (${took} s, exit $rc)")
    summary
    echo
    echo "FAILED: $name (exit $rc). Command: $*" >&2
    echo "Later steps were not run." >&2
    exit "$rc"
  fi
  steps+=("ok    $name (${took} s)")
}

run_step "typecheck (tsc)" npm run typecheck
for zone in Asia/Shanghai UTC America/New_York; do
  run_step "unit tests, TZ=$zone" env TZ="$zone" npx vitest run
done
run_step "find Chromium" bash scripts/ensure-chromium.sh
run_step "production build" npm run build
run_step "browser tests (Chromium)" npx vitest run -c vitest.browser.config.ts

summary
echo
echo "All tests passed."
