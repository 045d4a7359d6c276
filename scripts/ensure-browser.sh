#!/usr/bin/env bash
# The e2e suite runs in Debian's Chromium (browsers cannot be downloaded here). Installs it, with CJK fonts so
# Chinese does not render as boxes, when it is missing and we may install packages; otherwise says what to do.
set -euo pipefail
have_fonts() { fc-list 2>/dev/null | grep -qi 'Noto Sans CJK'; }
if [ -x /usr/bin/chromium ] && have_fonts; then exit 0; fi
if [ -n "${PLAYWRIGHT_BROWSERS_PATH:-}" ] || ls "$HOME/.cache/ms-playwright"/chromium* >/dev/null 2>&1; then
  have_fonts || echo "warning: fonts-noto-cjk missing; Chinese may render as boxes in screenshots" >&2
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Installing Debian's chromium and fonts-noto-cjk for the end-to-end tests…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
  exit 0
fi
echo "The end-to-end tests need Chromium: run 'sudo apt-get install -y chromium fonts-noto-cjk' (Debian/Ubuntu)." >&2
exit 1
