#!/usr/bin/env bash
# A throw-away PostgreSQL server for the tests (the council register runs on SQLite or PostgreSQL).
#
#   scripts/postgres.sh start DIR   a new cluster in DIR (which must be empty or not exist), on 127.0.0.1 only, on a
#                                   free port; prints its SQLAlchemy URL and writes it to DIR/url
#   scripts/postgres.sh stop DIR    stops that server and removes DIR (only a DIR that `start` made)
#   scripts/postgres.sh bindir      prints the folder of PostgreSQL's programs; exits 3 when none is installed
#
# FOR TESTS ONLY. The cluster's superuser is `postgres` with the password `kitemark-test-only` over TCP (scram-sha-256)
# and no password on its unix socket, which lies in DIR (mode 0700). Durability is off (fsync, full_page_writes): a crash
# may lose it, which does not matter since it is deleted anyway. Never point anything real at it.
#
# As root (CI), initdb refuses to run, so the server runs as the unprivileged OS user `postgres` (Debian's package
# makes it) and DIR is handed to that user: DIR's parent folders must let `postgres` through (mktemp -d under /tmp does).
# As anyone else, it runs as that user.
#
# The programs come from Debian's package (scripts/system-packages.txt): the newest /usr/lib/postgresql/*/bin, else
# initdb on PATH. KITEMARK_POSTGRES_BIN=FOLDER uses that folder only (a folder without initdb: "not installed", which is
# how tests/postgres.py's handling of a machine without PostgreSQL is checked).
set -euo pipefail

readonly SUPERUSER=postgres
readonly TEST_PASSWORD=kitemark-test-only  # a throw-away cluster's test password: not a secret
readonly MARKER=.kitemark-test-postgres
readonly START_TIMEOUT=60

die() {
    echo "postgres.sh: $*" >&2
    exit 1
}

find_bindir() {
    local dir
    if [ -n "${KITEMARK_POSTGRES_BIN:-}" ]; then
        [ -x "$KITEMARK_POSTGRES_BIN/initdb" ] || return 1
        echo "$KITEMARK_POSTGRES_BIN"
        return 0
    fi
    dir=$(find /usr/lib/postgresql -mindepth 3 -maxdepth 3 -path '*/bin/initdb' -printf '%h\n' 2>/dev/null | sort -V | tail -n 1)
    if [ -z "$dir" ] && command -v initdb >/dev/null 2>&1; then
        dir=$(dirname "$(command -v initdb)")
    fi
    [ -n "$dir" ] && [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ] || return 1
    echo "$dir"
}

require_bindir() {
    BIN=$(find_bindir) || die "no PostgreSQL server programs (initdb, pg_ctl) found under /usr/lib/postgresql/*/bin${KITEMARK_POSTGRES_BIN:+ or in KITEMARK_POSTGRES_BIN=$KITEMARK_POSTGRES_BIN}: install the packages in scripts/system-packages.txt (apt-get install postgresql)"
}

# as_owner CMD...: runs CMD as the user who owns the cluster (postgres when we are root), from / (so the server never
# tries to stay in a folder it cannot read, such as root's home).
as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        (cd / && runuser -u "$OWNER" -- "$@")
    else
        (cd / && "$@")
    fi
}

free_port() {
    "${PYTHON:-python3}" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

start() {
    local dir="$1" port url attempt started_at elapsed
    require_bindir
    if [ -e "$dir" ]; then
        [ -d "$dir" ] || die "$dir is not a folder"
        [ -z "$(ls -A "$dir")" ] || die "$dir is not empty: give start a new or empty folder"
    fi
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd -P)
    # A unix socket's path (DIR/.s.PGSQL.PORT) must fit in 107 bytes.
    [ ${#dir} -le 90 ] || die "$dir is too long a path for the server's unix socket (at most 90 characters)"
    OWNER=$(id -un)
    if [ "$(id -u)" -eq 0 ]; then
        OWNER=postgres
        id "$OWNER" >/dev/null 2>&1 || die "running as root, but there is no OS user 'postgres' to run the server as (Debian's postgresql package makes it)"
        chown "$OWNER:" "$dir"
    fi
    chmod 0700 "$dir"
    touch "$dir/$MARKER"
    as_owner test -w "$dir" || die "the OS user '$OWNER' cannot write to $dir: one of its parent folders keeps it out (use a folder made by mktemp -d under /tmp)"
    started_at=$(date +%s.%N)

    local locale=C.UTF-8  # code-point order, like SQLite; Unicode letters for lower() and pg_trgm
    locale -a 2>/dev/null | grep -qixE 'c\.utf-?8' || locale=C
    (umask 077 && echo "$TEST_PASSWORD" >"$dir/pwfile")
    [ "$(id -u)" -ne 0 ] || chown "$OWNER:" "$dir/pwfile"
    if ! as_owner "$BIN/initdb" --pgdata="$dir/data" --username="$SUPERUSER" --pwfile="$dir/pwfile" \
        --auth-local=trust --auth-host=scram-sha-256 --encoding=UTF8 --locale="$locale" --no-sync \
        >"$dir/initdb.log" 2>&1; then
        cat "$dir/initdb.log" >&2
        die "initdb failed (above)"
    fi
    rm -f "$dir/pwfile"
    cat >>"$dir/data/postgresql.conf" <<EOF

# scripts/postgres.sh: a throw-away test cluster, reachable only from this machine.
listen_addresses = '127.0.0.1'
unix_socket_directories = '$dir'
unix_socket_permissions = 0700
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 200
EOF

    # The free port can be taken by someone else before the server binds it: then try another.
    for attempt in 1 2 3 4 5; do
        port=$(free_port) || die "could not find a free port (is python3 installed?)"
        rm -f "$dir/server.log"
        if as_owner "$BIN/pg_ctl" --pgdata="$dir/data" --log="$dir/server.log" --wait --timeout="$START_TIMEOUT" \
            --silent -o "-p $port" start >/dev/null 2>&1; then
            break
        fi
        if [ "$attempt" -lt 5 ] && grep -q 'could not bind\|Address already in use' "$dir/server.log" 2>/dev/null; then
            continue
        fi
        tail -n 30 "$dir/server.log" >&2 2>/dev/null || true
        die "the server in $dir did not start (its log, above: $dir/server.log)"
    done
    local waited=0
    until "$BIN/pg_isready" --quiet --host=127.0.0.1 --port="$port" --dbname=postgres --timeout=2; do
        waited=$((waited + 1))
        if [ "$waited" -ge "$START_TIMEOUT" ]; then
            tail -n 30 "$dir/server.log" >&2 || true
            as_owner "$BIN/pg_ctl" --pgdata="$dir/data" --mode=immediate stop >/dev/null 2>&1 || true
            die "the server in $dir started but does not accept connections on 127.0.0.1:$port after ${START_TIMEOUT}s (its log, above)"
        fi
        sleep 1
    done
    url="postgresql+psycopg://$SUPERUSER:$TEST_PASSWORD@127.0.0.1:$port/postgres"
    echo "$url" >"$dir/url"
    echo "$port" >"$dir/port"
    elapsed=$(awk -v a="$started_at" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
    echo "PostgreSQL $("$BIN/postgres" --version | awk '{print $3}') test server on 127.0.0.1:$port, started in ${elapsed}s (data in $dir)" >&2
    echo "$url"
}

stop() {
    local dir="$1"
    [ -e "$dir" ] || return 0
    if [ -d "$dir" ] && [ -z "$(ls -A "$dir")" ]; then
        rmdir "$dir"  # start gave up before making anything (no server programs, say)
        return 0
    fi
    [ -f "$dir/$MARKER" ] || die "$dir was not made by 'scripts/postgres.sh start': not removing it"
    if [ -f "$dir/data/postmaster.pid" ]; then
        require_bindir
        OWNER=$(stat -c %U "$dir/data")
        if ! as_owner "$BIN/pg_ctl" --pgdata="$dir/data" --mode=fast --wait --timeout=30 --silent stop >/dev/null 2>&1; then
            as_owner "$BIN/pg_ctl" --pgdata="$dir/data" --mode=immediate --wait --timeout=30 --silent stop >/dev/null 2>&1 \
                || echo "postgres.sh: could not stop the server in $dir (removing its files anyway)" >&2
        fi
    fi
    rm -rf "$dir"
}

case "${1:-}" in
    start)
        [ $# -eq 2 ] || die "usage: $0 start DIR"
        start "$2"
        ;;
    stop)
        [ $# -eq 2 ] || die "usage: $0 stop DIR"
        stop "$2"
        ;;
    bindir)
        find_bindir || exit 3
        ;;
    *)
        die "usage: $0 start DIR | stop DIR | bindir"
        ;;
esac
