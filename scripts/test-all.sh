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

results_dir=$(mktemp -d)
trap 'rm -rf "$results_dir"' EXIT
# Each vitest run also writes a JSON report, so the summary can count every test that ran.
report() { echo "--reporter=default --reporter=json --outputFile=$results_dir/$1.json"; }

run_step "typecheck (tsc)" npm run typecheck
for zone in Asia/Shanghai UTC America/New_York; do
  # shellcheck disable=SC2046
  run_step "unit tests, TZ=$zone" env TZ="$zone" npx vitest run $(report "unit-${zone//\//-}")
done
run_step "find Chromium" bash scripts/ensure-chromium.sh
run_step "production build" npm run build
# shellcheck disable=SC2046
run_step "browser tests (Chromium)" npx vitest run -c vitest.browser.config.ts $(report browser)

summary
echo
echo "All tests passed."
node -e '
  const fs = require("fs");
  let passed = 0, failed = 0, skipped = 0;
  for (const f of fs.readdirSync(process.argv[1])) {
    const r = JSON.parse(fs.readFileSync(process.argv[1] + "/" + f, "utf8"));
    passed += r.numPassedTests; failed += r.numFailedTests; skipped += r.numPendingTests + (r.numTodoTests || 0);
  }
  console.log(`Tests: ${passed} passed, ${failed} failed` + (skipped ? `, ${skipped} skipped` : ""));
' "$results_dir"
