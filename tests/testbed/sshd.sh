#!/usr/bin/env bash
# Throwaway OpenSSH SFTP server on 127.0.0.1 for the EDI transport tests (see ../shared/recipes/openssh.md).
# Key authentication only; the test user is the current user, whose SFTP root for the tests is "$state/sshd/root".
# Usage: sshd.sh start|stop <state-dir>
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=lib.sh
. "$here/lib.sh"

cmd=${1:?start|stop}
state=${2:?state dir}
dir="$state/sshd"

case "$cmd" in
start)
    [ -x /usr/sbin/sshd ] || apt_install openssh-server openssh-client
    # Idempotent: a daemon left by an earlier start of the same state dir is stopped first.
    if [ -f "$dir/sshd.pid" ]; then kill "$(cat "$dir/sshd.pid")" 2>/dev/null || true; rm -f "$dir/sshd.pid"; fi
    mkdir -p /run/sshd "$dir/root"
    chmod 700 "$dir"
    [ -f "$dir/host_key" ] || ssh-keygen -q -t ed25519 -N '' -f "$dir/host_key" >&2
    [ -f "$dir/client_key" ] || ssh-keygen -q -t ed25519 -N '' -f "$dir/client_key" >&2
    cp "$dir/client_key.pub" "$dir/authorized_keys"
    port=$(free_port)
    cat >"$dir/sshd_config" <<CONF
Port $port
ListenAddress 127.0.0.1
HostKey $dir/host_key
PidFile $dir/sshd.pid
AuthorizedKeysFile $dir/authorized_keys
PasswordAuthentication no
KbdInteractiveAuthentication no
PubkeyAuthentication yes
StrictModes no
UsePAM no
Subsystem sftp internal-sftp
CONF
    /usr/sbin/sshd -f "$dir/sshd_config" -E "$dir/log" || { cat "$dir/log" >&2; exit 1; }
    # Wait until the daemon accepts connections (bounded).
    for _ in $(seq 1 50); do
        if python3 -c "import socket,sys; s=socket.create_connection(('127.0.0.1',$port),0.2); s.close()" 2>/dev/null; then break; fi
        python3 -c "import time; time.sleep(0.1)"
    done
    fp=$(ssh-keygen -l -E sha256 -f "$dir/host_key.pub" | awk '{print $2}')
    log "sshd (SFTP) on 127.0.0.1:$port, root $dir/root"
    echo "HUB_TEST_SFTP_HOST=127.0.0.1"
    echo "HUB_TEST_SFTP_PORT=$port"
    echo "HUB_TEST_SFTP_USER=$(id -un)"
    echo "HUB_TEST_SFTP_KEY=$dir/client_key"
    echo "HUB_TEST_SFTP_ROOT=$dir/root"
    echo "HUB_TEST_SFTP_HOSTKEY=${fp#SHA256:}"
    ;;
stop)
    if [ -f "$dir/sshd.pid" ]; then
        kill "$(cat "$dir/sshd.pid")" 2>/dev/null || true
        rm -f "$dir/sshd.pid"
    fi
    ;;
*)
    echo "usage: $0 start|stop <state-dir>" >&2; exit 2 ;;
esac
