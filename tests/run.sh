#!/usr/bin/env bash
# The test command: provisions every service the tests need (installed with apt when missing,
# started on 127.0.0.1), runs every test of the solution, stops what it started.
# Exit code: non-zero when any test fails or a service cannot be started.
#   tests/run.sh                 # everything
#   tests/run.sh --filter X      # extra arguments go to dotnet test
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

state=$(mktemp -d /tmp/hub-testbed.XXXXXX)
chmod 755 "$state"
services=(postgres)
for extra in sshd tryton chromium; do
    [ -x "tests/testbed/$extra.sh" ] && services+=("$extra")
done

cleanup() {
    for s in "${services[@]}"; do
        "tests/testbed/$s.sh" stop "$state" || true
    done
    rm -rf "$state"
}
trap cleanup EXIT

for s in "${services[@]}"; do
    echo "==> starting $s"
    while IFS= read -r line; do
        [[ "$line" == *=* ]] || continue
        export "${line?}"
        echo "    ${line%%=*} set"
    done < <("tests/testbed/$s.sh" start "$state")
done

export CI="${CI:-}"
results="$root/artifacts/test-results"
rm -rf "$results"
echo "==> building"
dotnet build IntegrationHub.sln -c Release -warnaserror --nologo -v quiet
echo "==> testing"
status=0
dotnet test IntegrationHub.sln -c Release --no-build --nologo \
    --logger "console;verbosity=normal" --logger "trx" --results-directory "$results" \
    --blame-hang-timeout 10m "$@" >"$state/test.log" 2>&1 || status=$?
grep -E -A4 '^\s+Error Message:' "$state/test.log" | grep -vE '^\s+Stack Trace:|^--$' | head -200 || true
grep -E '^\s+(Failed|Skipped) [A-Za-z]|^(Passed|Failed)!|Total tests|Assert\.|^\s+at IntegrationHub' "$state/test.log" \
    | grep -vE '^\s+Passed ' | head -400 || true
# One line per test assembly, then the totals in the plain form CI reads.
python3 - "$results" <<'PY'
import sys, glob, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
tp = tf = ts = 0
svc = {}
for f in sorted(glob.glob(sys.argv[1] + "/*.trx")):
    for r in ET.parse(f).getroot().iter("{%s}UnitTestResult" % ns["t"]):
        name = r.get("testName")
        for key, label in (("Postgres", "PostgreSQL"), ("Tryton", "Tryton"), ("Sftp", "OpenSSH SFTP"), ("Browser", "Chromium")):
            if key.lower() in name.lower():
                d = svc.setdefault(label, [0, 0])
                d[0 if r.get("outcome") == "Passed" else 1] += 1
    c = ET.parse(f).getroot().find("t:ResultSummary/t:Counters", ns)
    p, fl, tot = int(c.get("passed")), int(c.get("failed")) + int(c.get("error")) + int(c.get("timeout")), int(c.get("total"))
    s = tot - p - fl
    name = ET.parse(f).getroot().find("t:TestDefinitions/t:UnitTest", ns)
    storage = name.get("storage").rsplit("/", 1)[-1] if name is not None else f
    print(f"    {storage}: {p} passed, {fl} failed, {s} skipped")
    tp, tf, ts = tp + p, tf + fl, ts + s
for label, (ok, bad) in sorted(svc.items()):
    print(f"    tests against real {label}: {ok} passed, {bad} not passed")
print(f"{tp} passed, {tf} failed, {ts} skipped")
PY
if [ "$status" -ne 0 ]; then
    echo "dotnet test failed (exit $status); full log follows" >&2
    tail -n 200 "$state/test.log" >&2
fi
exit "$status"
