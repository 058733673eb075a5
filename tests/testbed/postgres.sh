#!/usr/bin/env bash
# Throwaway PostgreSQL cluster on 127.0.0.1 for the tests (see ../shared/recipes/postgresql.md).
# Usage: postgres.sh start|stop <state-dir>
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=lib.sh
. "$here/lib.sh"

cmd=${1:?start|stop}
state=${2:?state dir}
dir="$state/postgres"

find_bin() {
    local name=$1
    command -v "$name" 2>/dev/null && return 0
    ls /usr/lib/postgresql/*/bin/"$name" 2>/dev/null | sort -V | tail -n 1
}

case "$cmd" in
start)
    if [ -z "$(find_bin initdb)" ]; then
        apt_install postgresql
    fi
    initdb=$(find_bin initdb); pg_ctl=$(find_bin pg_ctl)
    [ -n "$initdb" ] && [ -n "$pg_ctl" ] || { log "initdb/pg_ctl not found after install"; exit 1; }
    id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
    mkdir -p "$dir"
    chown postgres "$dir"
    port=$(free_port)
    if [ ! -f "$dir/data/PG_VERSION" ]; then
        runuser -u postgres -- "$initdb" -D "$dir/data" -A trust -U hub --no-sync >"$dir/initdb.log" 2>&1 \
            || { cat "$dir/initdb.log" >&2; exit 1; }
    fi
    # fsync stays ON: the runtime's crash tests must prove durability, not a fast disk cache.
    runuser -u postgres -- "$pg_ctl" -D "$dir/data" -l "$dir/log" -w -t 60 start \
        -o "-k $dir -c listen_addresses=127.0.0.1 -p $port -c max_connections=300" >&2 \
        || { cat "$dir/log" >&2; exit 1; }
    echo "$port" >"$dir/port"
    log "PostgreSQL on 127.0.0.1:$port"
    echo "HUB_TEST_POSTGRES=Host=127.0.0.1;Port=$port;Username=hub;Pooling=true;Maximum Pool Size=50"
    ;;
stop)
    [ -d "$dir/data" ] || exit 0
    pg_ctl=$(find_bin pg_ctl)
    runuser -u postgres -- "$pg_ctl" -D "$dir/data" -m fast -w stop >&2 2>/dev/null || true
    ;;
*)
    echo "usage: $0 start|stop <state-dir>" >&2; exit 2 ;;
esac
