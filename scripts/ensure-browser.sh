#!/usr/bin/env bash
# The browser the end-to-end tests run in (playwright.config.ts): Debian's Chromium at $CHROME_PATH
# (/usr/bin/chromium), with CJK fonts so Chinese does not render as boxes, or else Playwright's own Chromium.
#
#   bash scripts/ensure-browser.sh          (npm run setup:e2e) installs what is missing: Debian's chromium and
#                                           fonts-noto-cjk with apt-get (as root, or through sudo), elsewhere
#                                           Playwright's Chromium (npx playwright install chromium)
#   bash scripts/ensure-browser.sh --check  (before npm test) installs nothing: exits 1 with the command to run
set -euo pipefail
chromium="${CHROME_PATH:-/usr/bin/chromium}"
# Noto Sans CJK as fontconfig lists it or, where fontconfig's tools are not installed (Debian's chromium does not need
# them), as a font file. grep reads all (no -q): an early exit would make fc-list die of SIGPIPE, which pipefail
# reports as a failure.
have_fonts() {
  if command -v fc-list >/dev/null; then
    fc-list : family 2>/dev/null | grep -i 'Noto Sans CJK' >/dev/null
  else
    # (find fails on the folders that do not exist: its status is not the answer)
    { find /usr/share/fonts /usr/local/share/fonts "$HOME/.local/share/fonts" "$HOME/.fonts" -iname 'NotoSansCJK*' \
      2>/dev/null || true; } | grep . >/dev/null
  fi
}
have_playwright_chromium() {
  ls "${PLAYWRIGHT_BROWSERS_PATH:-$HOME/.cache/ms-playwright}"/chromium* >/dev/null 2>&1
}

if [ -x "$chromium" ] && have_fonts; then exit 0; fi
if [ ! -x "$chromium" ] && have_playwright_chromium; then
  have_fonts || echo "warning: fonts-noto-cjk missing; Chinese may render as boxes in screenshots" >&2
  exit 0
fi

if [ "${1:-}" = "--check" ]; then
  if [ -x "$chromium" ]; then
    echo "The end-to-end tests need CJK fonts (fonts-noto-cjk): run 'npm run setup:e2e' first." >&2
  else
    echo "The end-to-end tests need Chromium ($chromium is missing): run 'npm run setup:e2e' first." >&2
  fi
  exit 1
fi

if command -v apt-get >/dev/null; then
  sudo=""
  if [ "$(id -u)" != "0" ]; then
    if ! command -v sudo >/dev/null; then
      echo "Run as root: apt-get update && apt-get install -y chromium fonts-noto-cjk" >&2
      exit 1
    fi
    sudo="sudo"
  fi
  echo "Installing Debian's chromium and fonts-noto-cjk for the end-to-end tests…"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
  exit 0
fi

if [ -x "$chromium" ]; then
  echo "warning: no CJK fonts found (Noto Sans CJK) and no apt-get to install them; Chinese may render as boxes" >&2
  exit 0
fi
echo "No apt-get here: installing Playwright's own Chromium (npx playwright install chromium)…"
npx playwright install chromium
