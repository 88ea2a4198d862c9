#!/usr/bin/env bash
# Runs Coffer's whole test suite from a build folder: starts a private PostgreSQL 15
# server on 127.0.0.1 in a temporary folder (as an unprivileged user: initdb refuses
# root), runs ctest, and stops the server afterwards, whatever happened.
#   tests/run-tests.sh [BUILD_DIR] [extra ctest arguments]
set -euo pipefail

build_dir=${1:-build/ci}
shift || true
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"

pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$pg_bin" ] || [ ! -x "$pg_bin/initdb" ]; then
    echo "run-tests: PostgreSQL server binaries not found; run packaging/install-deps.sh" >&2
    exit 1
fi

work=$(mktemp -d /tmp/coffer-tests.XXXXXX)
chmod 755 "$work"
as_user=()
if [ "$(id -u)" -eq 0 ]; then
    # initdb refuses to run as root: use the unprivileged postgres account.
    id postgres >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin postgres
    chown postgres "$work"
    as_user=(runuser -u postgres --)
fi

port=$(( 20000 + RANDOM % 20000 ))
data="$work/data"
stop_server() {
    "${as_user[@]}" "$pg_bin/pg_ctl" -D "$data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap stop_server EXIT

"${as_user[@]}" "$pg_bin/initdb" -D "$data" -U coffer --auth=trust --encoding=UTF8 \
    --locale=C.UTF-8 >"$work/initdb.log" 2>&1 || { cat "$work/initdb.log"; exit 1; }
"${as_user[@]}" "$pg_bin/pg_ctl" -D "$data" -l "$work/server.log" -w -t 60 start \
    -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$work \
        -c max_connections=50 -c shared_buffers=256MB" >/dev/null \
    || { cat "$work/server.log"; exit 1; }
echo "run-tests: PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"

export COFFER_TEST_PG_URL="postgresql://coffer@127.0.0.1:$port/postgres"
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$build_dir" --output-on-failure --timeout 900 "$@"
