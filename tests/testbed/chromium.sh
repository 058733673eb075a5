#!/usr/bin/env bash
# Headless Chromium for the designer's end-to-end tests (see ../shared/recipes/chromium.md).
# Usage: chromium.sh start|stop <state-dir>
# Nothing runs in the background: the tests launch the browser themselves (Playwright with this
# executable), so start only installs Debian's chromium when missing and prints where it is.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=lib.sh
. "$here/lib.sh"

cmd=${1:?start|stop}
: "${2:?state dir}"

case "$cmd" in
start)
    if ! command -v chromium >/dev/null 2>&1; then
        apt_install chromium
    fi
    exe=$(command -v chromium || true)
    [ -n "$exe" ] || { log "chromium not found after install"; exit 1; }
    log "Chromium $("$exe" --version 2>/dev/null | head -n 1)"
    echo "HUB_TEST_CHROMIUM=$exe"
    ;;
stop)
    # The tests close their own browsers; nothing was started here.
    ;;
*)
    echo "usage: $0 start|stop <state-dir>" >&2; exit 2 ;;
esac
