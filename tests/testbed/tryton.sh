#!/usr/bin/env bash
# Tryton 6.0 (Debian) as the ERP + warehouse of the tests, served over JSON-RPC on 127.0.0.1.
# Usage: tryton.sh start|stop <state-dir>
#
# start: installs tryton-server and the modules with apt when missing; builds the database once
#        (trytond-admin + tryton/setup_master_data.py) into a cache keyed by a hash of everything
#        that shapes it, copies it into <state-dir>/tryton, starts trytond on a free port and
#        prints TRYTON_URL, TRYTON_USER, TRYTON_PASSWORD, TRYTON_CTL.
# TRYTON_CTL is a script taking stop|start: the outage test stops and restarts trytond on the same
# port with the same database.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
# shellcheck source=lib.sh
. "$here/lib.sh"

cmd=${1:?start|stop}
state=${2:?state dir}
dir="$state/tryton"
dbname=hub
password=hub-admin
cache_root=${HUB_TRYTON_CACHE:-/var/cache/integrationhub/tryton}
companion="$root/connectors/IntegrationHub.Connectors.Tryton/TrytonModule/integrationhub"
# Debian's trytond runs on Debian's interpreter; a python3 earlier on PATH (pyenv) lacks it.
python=/usr/bin/python3

packages=(tryton-server tryton-modules-sale tryton-modules-purchase tryton-modules-stock
    tryton-modules-account-invoice tryton-modules-account-invoice-stock
    tryton-modules-product-price-list tryton-modules-sale-price-list
    tryton-modules-sale-credit-limit tryton-modules-stock-package tryton-modules-carrier
    tryton-modules-sale-shipment-cost tryton-modules-sale-supply-drop-shipment
    tryton-modules-stock-lot)
modules=(sale purchase stock account_invoice account_invoice_stock product_price_list
    sale_price_list sale_credit_limit stock_package carrier sale_shipment_cost
    sale_supply_drop_shipment stock_lot integrationhub)

# write_pylib DIR: the companion module as an installed Tryton module (an egg-info entry point,
# which is how trytond discovers modules outside its own folder), without touching /usr.
write_pylib() {
    local lib=$1
    rm -rf "$lib"
    mkdir -p "$lib/trytond/modules" "$lib/trytond_integrationhub.egg-info"
    cp -r "$companion" "$lib/trytond/modules/integrationhub"
    printf 'Metadata-Version: 1.1\nName: trytond_integrationhub\nVersion: 6.0.0\n' \
        >"$lib/trytond_integrationhub.egg-info/PKG-INFO"
    printf '[trytond.modules]\nintegrationhub = trytond.modules.integrationhub\n' \
        >"$lib/trytond_integrationhub.egg-info/entry_points.txt"
}

# write_conf FILE DBDIR PORT
write_conf() {
    cat >"$1" <<EOF
[database]
uri = sqlite://
path = $2
[web]
listen = 127.0.0.1:$3
[session]
# The tests log in and out a lot; never lock the admin out.
max_attempt = 1000
EOF
}

# build_database FILE: initialises a database with every module and the master data.
build_database() {
    local out=$1 work
    work=$(mktemp -d /tmp/hub-tryton-build.XXXXXX)
    write_pylib "$work/pylib"
    mkdir -p "$work/db"
    write_conf "$work/trytond.conf" "$work/db" 8000
    printf '%s\n' "$password" >"$work/pass"
    touch "$work/db/$dbname.sqlite"
    log "building the Tryton database (once per change of the setup script or modules)"
    (
        export PYTHONPATH="$work/pylib" TRYTONPASSFILE="$work/pass"
        trytond-admin -c "$work/trytond.conf" -d "$dbname" --all --email admin@example.com \
            >"$work/admin.log" 2>&1 || { cat "$work/admin.log" >&2; exit 1; }
        trytond-admin -c "$work/trytond.conf" -d "$dbname" -u "${modules[@]}" \
            --activate-dependencies >>"$work/admin.log" 2>&1 || { cat "$work/admin.log" >&2; exit 1; }
        "$python" -W ignore "$here/tryton/setup_master_data.py" "$work/trytond.conf" "$dbname" >&2
    )
    mv "$work/db/$dbname.sqlite" "$out.tmp"
    mv "$out.tmp" "$out"
    rm -rf "$work"
}

case "$cmd" in
start)
    if [ -f "$dir/env" ] && [ -f "$dir/trytond.pid" ] && kill -0 "$(cat "$dir/trytond.pid")" 2>/dev/null; then
        log "Tryton already running for $state"
        cat "$dir/env"
        exit 0
    fi
    apt_install "${packages[@]}"
    mkdir -p "$dir/db" "$cache_root"
    key=$( {
        trytond --version
        printf '%s\n' "${modules[@]}"
        cat "$here/tryton.sh" "$here/tryton/setup_master_data.py"
        find "$companion" -type f \( -name '*.py' -o -name '*.cfg' -o -name '*.xml' \) \
            -print0 | sort -z | xargs -0 cat
    } | sha256sum | cut -c1-16)
    cached="$cache_root/$key.sqlite"
    (
        # One build at a time; a second caller waits and then finds the cached file.
        flock 9
        if [ ! -f "$cached" ]; then
            build_database "$cached"
            # Databases of older scripts or modules are never used again.
            find "$cache_root" -maxdepth 1 -name '*.sqlite' ! -name "$key.sqlite" -delete
        fi
    ) 9>"$cache_root/.lock"
    cp "$cached" "$dir/db/$dbname.sqlite"
    write_pylib "$dir/pylib"
    port=$(free_port)
    write_conf "$dir/trytond.conf" "$dir/db" "$port"

    # The control script keeps the port and database, so a restarted trytond is the same server.
    cat >"$dir/ctl" <<EOF
#!/usr/bin/env bash
# Stops or starts the test-bed trytond (same port, same database). Usage: ctl stop|start
set -euo pipefail
case "\${1:?stop|start}" in
start)
    if [ -f "$dir/trytond.pid" ] && kill -0 "\$(cat "$dir/trytond.pid")" 2>/dev/null; then exit 0; fi
    PYTHONPATH="$dir/pylib" setsid trytond -c "$dir/trytond.conf" -d $dbname \\
        --pidfile "$dir/trytond.pid" >>"$dir/trytond.log" 2>&1 </dev/null &
    for _ in \$(seq 1 300); do
        if "$python" -c "import socket; socket.create_connection(('127.0.0.1', $port), 0.2).close()" 2>/dev/null; then
            exit 0
        fi
        sleep 0.1
    done
    echo "trytond did not listen on 127.0.0.1:$port within 30 s; log: $dir/trytond.log" >&2
    tail -n 30 "$dir/trytond.log" >&2
    exit 1 ;;
stop)
    [ -f "$dir/trytond.pid" ] || exit 0
    pid=\$(cat "$dir/trytond.pid")
    kill "\$pid" 2>/dev/null || true
    for _ in \$(seq 1 100); do
        kill -0 "\$pid" 2>/dev/null || { rm -f "$dir/trytond.pid"; exit 0; }
        sleep 0.1
    done
    kill -9 "\$pid" 2>/dev/null || true
    rm -f "$dir/trytond.pid" ;;
*)
    echo "usage: \$0 stop|start" >&2; exit 2 ;;
esac
EOF
    chmod +x "$dir/ctl"
    "$dir/ctl" start >&2
    log "Tryton on http://127.0.0.1:$port/$dbname/ (database cache $cached)"
    printf '%s\n' "TRYTON_URL=http://127.0.0.1:$port/$dbname/" "TRYTON_USER=admin" \
        "TRYTON_PASSWORD=$password" "TRYTON_CTL=$dir/ctl" >"$dir/env"
    cat "$dir/env"
    ;;
stop)
    [ -x "$dir/ctl" ] || exit 0
    "$dir/ctl" stop >&2
    ;;
*)
    echo "usage: $0 start|stop <state-dir>" >&2; exit 2 ;;
esac
