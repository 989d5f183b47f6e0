#!/usr/bin/env bash
# Makes sure a Chrome/Chromium exists for the browser tests and prints its path.
# Order: $CHROMIUM_PATH, then the usual names on PATH and in /usr/bin. When none is found and we are
# root on a machine with apt-get, installs Debian's chromium (plus CJK fonts so Chinese text renders
# in screenshots). Otherwise exits non-zero and says what to install. Writes nothing else.
# Never downloads a browser of its own (no `npx playwright install`: no downloads on these machines).
set -euo pipefail

find_browser() {
  local candidate
  if [[ -n "${CHROMIUM_PATH:-}" ]]; then
    if [[ -x "$CHROMIUM_PATH" ]]; then
      echo "$CHROMIUM_PATH"
      return 0
    fi
    echo "ensure-chromium: CHROMIUM_PATH=$CHROMIUM_PATH is not an executable file" >&2
    return 2
  fi
  for candidate in /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome \
    /usr/bin/google-chrome-stable /snap/bin/chromium; do
    if [[ -x "$candidate" ]]; then
      echo "$candidate"
      return 0
    fi
  done
  for candidate in chromium chromium-browser google-chrome google-chrome-stable; do
    if command -v "$candidate" >/dev/null 2>&1; then
      command -v "$candidate"
      return 0
    fi
  done
  return 1
}

status=0
path="$(find_browser)" || status=$?
if [[ $status -eq 0 ]]; then
  echo "ensure-chromium: using $path"
  exit 0
fi
if [[ $status -eq 2 ]]; then
  exit 1 # a CHROMIUM_PATH that points nowhere is a mistake to fix, not to paper over
fi

if command -v apt-get >/dev/null 2>&1 && [[ "$(id -u)" -eq 0 ]]; then
  echo "ensure-chromium: no Chrome/Chromium found; installing Debian's chromium and fonts-noto-cjk" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update
  apt-get install -y --no-install-recommends chromium fonts-noto-cjk
  if path="$(find_browser)"; then
    echo "ensure-chromium: using $path"
    exit 0
  fi
  echo "ensure-chromium: apt-get installed chromium but no executable was found afterwards" >&2
  exit 1
fi

cat >&2 <<'MSG'
ensure-chromium: no Chrome or Chromium found, and it cannot be installed from here
(needs root and apt-get). Install one, then run the tests again:
  Debian/Ubuntu:  sudo apt-get install -y chromium fonts-noto-cjk
  (Ubuntu without snap: chromium-browser; or Google Chrome from google.com/chrome)
or point CHROMIUM_PATH at an existing Chrome/Chromium executable:
  CHROMIUM_PATH=/path/to/chrome npm test
MSG
exit 1
