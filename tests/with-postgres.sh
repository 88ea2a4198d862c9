#!/usr/bin/env bash
# Runs a command next to a private PostgreSQL server: initdb in a temporary folder
# as an unprivileged user (initdb refuses root), listening on 127.0.0.1 only, with
# COFFER_TEST_PG_URL naming it; the server is stopped and removed afterwards,
# whatever happened.
#   tests/with-postgres.sh COMMAND [ARGS...]
set -euo pipefail

shopt -s nullglob
pg_bins=(/usr/lib/postgresql/*/bin)
pg_bin=""
if [ ${#pg_bins[@]} -gt 0 ]; then
    pg_bin=$(printf '%s\n' "${pg_bins[@]}" | sort -V | tail -n 1)
fi
if [ -z "$pg_bin" ] || [ ! -x "$pg_bin/initdb" ]; then
    echo "with-postgres: PostgreSQL server binaries not found; run packaging/install-deps.sh" >&2
    exit 1
fi

work=$(mktemp -d /tmp/coffer-postgres.XXXXXX)
chmod 755 "$work"
as_user=()
if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin postgres
    chown postgres "$work"
    as_user=(runuser -u postgres --)
fi

data="$work/data"
stop_server() {
    "${as_user[@]}" "$pg_bin/pg_ctl" -D "$data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap stop_server EXIT

"${as_user[@]}" "$pg_bin/initdb" -D "$data" -U coffer --auth=trust --encoding=UTF8 \
    --locale=C.UTF-8 >"$work/initdb.log" 2>&1 || { cat "$work/initdb.log"; exit 1; }
# A random port may be taken by another server: try a few.
started=""
for attempt in 1 2 3 4 5; do
    port=$(( 20000 + RANDOM % 20000 ))
    if "${as_user[@]}" "$pg_bin/pg_ctl" -D "$data" -l "$work/server.log" -w -t 60 start \
        -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$work \
            -c max_connections=50 -c shared_buffers=256MB" >/dev/null; then
        started=yes
        break
    fi
done
if [ -z "$started" ]; then
    cat "$work/server.log" >&2
    exit 1
fi
echo "with-postgres: PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port" >&2

export COFFER_TEST_PG_URL="postgresql://coffer@127.0.0.1:$port/postgres"
"$@"
