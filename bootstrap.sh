#!/usr/bin/env bash
# Install what Tartip needs and start it (`./bootstrap.sh app`) or run the whole test suite
# (`./bootstrap.sh test`). Idempotent: a second run only checks and starts.
set -euo pipefail
cd "$(dirname "$0")"

# The Qt runtime libraries the PySide6 wheels expect from the system, the fonts that cover every
# Kazakh letter on screen and in PDFs, and poppler for reading PDFs back in tests.
DEBS="libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libglib2.0-0
      libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0
      libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 fonts-liberation fonts-dejavu-core poppler-utils"
# The tests also need the PostgreSQL server binaries: tests/pg starts a throwaway cluster from them
# (initdb in a temp folder, loopback only); the distribution's own cluster is not used.
TEST_DEBS="postgresql"

missing_debs() {
    command -v dpkg-query >/dev/null 2>&1 || return 0
    local p
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || printf '%s ' "$p"
    done
}

install_debs() {
    local missing
    # shellcheck disable=SC2086  # the lists are words on purpose
    missing=$(missing_debs $DEBS "$@")
    [ -z "$missing" ] && return 0
    if [ "$(id -u)" = 0 ]; then
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
    elif command -v sudo >/dev/null 2>&1; then
        sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
    else
        echo "Tartip needs these system packages: $missing (install them with your package manager)" >&2
    fi
}

ensure_venv() {
    [ -x .venv/bin/python ] || python3 -m venv .venv
    .venv/bin/python -m pip install -q --disable-pip-version-check -e ".$1"
}

case "${1:-app}" in
    app)
        install_debs
        ensure_venv ""
        shift || true
        exec .venv/bin/python main.py "$@"
        ;;
    test)
        install_debs $TEST_DEBS
        ensure_venv "[test]"
        shift
        exec .venv/bin/python -m pytest "$@"
        ;;
    *)
        echo "usage: ./bootstrap.sh [app|test] [arguments...]" >&2
        exit 2
        ;;
esac
