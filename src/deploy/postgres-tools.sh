#!/usr/bin/env bash
# Shared by backup.sh and restore.sh: finding PostgreSQL's client tools and the portal's database.
# Also run by backup.sh as "postgres-tools.sh copy-wal DATA_DIR WORK" from inside its psql session.

# A client tool: from PG_BIN if set, else the newest under /usr/lib/postgresql (Debian's layout), else the PATH.
# The options backup.sh and restore.sh share: --env-file FILE (read like the portal's environment file),
# --data-dir DIR (the embedded data directory), then the backup file, which ends up in BACKUP_FILE.
read_options() {
    usage() { echo "usage: $0 [--env-file FILE] [--data-dir DIR] BACKUP_FILE" >&2; exit 2; }
    DATA_DIR_OPTION=""
    while [ $# -gt 0 ]; do
        case "$1" in
            --env-file) [ $# -ge 2 ] || usage; set -a; . "$2"; set +a; shift 2 ;;
            --data-dir) [ $# -ge 2 ] || usage; DATA_DIR_OPTION=$2; shift 2 ;;
            -*) usage ;;
            *) break ;;
        esac
    done
    [ $# -eq 1 ] || usage
    BACKUP_FILE=$1
}

pg_tool() {
    local name=$1 dir
    if [ -n "${PG_BIN:-}" ]; then
        echo "$PG_BIN/$name"
        return
    fi
    dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
    if [ -n "$dir" ] && [ -x "$dir/$name" ]; then
        echo "$dir/$name"
    elif command -v "$name" >/dev/null 2>&1; then
        command -v "$name"
    else
        echo "PostgreSQL's $name was not found: install PostgreSQL's client tools (Debian: postgresql-client) or name their folder in PG_BIN." >&2
        exit 1
    fi
}

major_of() { # "pg_dump (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)" -> 15
    "$1" --version | sed -n 's/^[^0-9]*\([0-9][0-9]*\).*/\1/p'
}

# The configured PostgreSQL of SPRING_DATASOURCE_URL (jdbc:postgresql://host:port/database?...) as a libpq URI,
# with SPRING_DATASOURCE_USERNAME and _PASSWORD in libpq's environment (never on a command line).
connect_configured() {
    local url=${SPRING_DATASOURCE_URL#jdbc:}
    case "$url" in
        postgresql://*) ;;
        *) echo "SPRING_DATASOURCE_URL is not a jdbc:postgresql:// address: $SPRING_DATASOURCE_URL" >&2; exit 1 ;;
    esac
    local query="" sslmode
    case "$url" in *\?*) query=${url#*\?}; url=${url%%\?*} ;; esac
    sslmode=$(echo "$query" | tr '&' '\n' | sed -n 's/^sslmode=//p' | head -1)
    PG_URI=$url${sslmode:+?sslmode=$sslmode}
    [ -n "${SPRING_DATASOURCE_USERNAME:-}" ] && export PGUSER=$SPRING_DATASOURCE_USERNAME
    [ -n "${SPRING_DATASOURCE_PASSWORD:-}" ] && export PGPASSWORD=$SPRING_DATASOURCE_PASSWORD
    PSQL=$(pg_tool psql)
    PG_DUMP=$(pg_tool pg_dump)
    PG_RESTORE=$(pg_tool pg_restore)
}

describe_configured() { echo "${PG_URI}${PGUSER:+ as $PGUSER}"; }

psql_configured() { "$PSQL" -X -q -A -t -v ON_ERROR_STOP=1 -d "$PG_URI" "$@"; }

# pg_dump reads servers of its own major version and older only.
check_pg_dump_version() {
    local server mine
    server=$(psql_configured -c "select current_setting('server_version_num')::int / 10000")
    mine=$(major_of "$PG_DUMP")
    if [ "$mine" -lt "$server" ]; then
        echo "$PG_DUMP is of PostgreSQL $mine, older than the server's $server: install PostgreSQL $server's client tools (e.g. postgresql-client-$server) and name their folder in PG_BIN." >&2
        exit 1
    fi
}

embedded_data_dir() { # the --data-dir option, else PORTAL_EMBEDDED_DB_DATA_DIR, else the portal's default
    local dir=${1:-${PORTAL_EMBEDDED_DB_DATA_DIR:-data/postgres}}
    case "$dir" in /*) echo "$dir" ;; *) echo "$PWD/$dir" ;; esac
}

# The running embedded PostgreSQL of a data directory: its port is the fourth line of postmaster.pid.
connect_embedded() {
    local dir=$1
    if [ ! -f "$dir/postmaster.pid" ]; then
        echo "No embedded PostgreSQL runs in $dir: start the portal (the backup is made while it runs), or give its data directory with --data-dir or PORTAL_EMBEDDED_DB_DATA_DIR." >&2
        exit 1
    fi
    PG_PORT=$(sed -n 4p "$dir/postmaster.pid")
    PSQL=$(pg_tool psql)
}

psql_embedded() { "$PSQL" -h localhost -p "$PG_PORT" -U postgres -d postgres "$@"; }

# Copies the WAL segments from the backup's start on (and the timeline history files) into WORK/pg_wal. The
# replication slot of backup.sh keeps them from being recycled while this runs.
copy_wal() {
    local data=$1 work=$2 start segment
    base64 -d "$work/backup_label.b64" >"$work/backup_label"
    start=$(sed -n 's/^START WAL LOCATION: .* (file \([0-9A-F]\{24\}\))$/\1/p' "$work/backup_label")
    [ -n "$start" ] || { echo "No start segment in the backup label" >&2; return 1; }
    mkdir -p "$work/pg_wal/archive_status"
    for segment in "$data"/pg_wal/*; do
        segment=${segment##*/}
        case "$segment" in
            *.history) cp "$data/pg_wal/$segment" "$work/pg_wal/" ;;
            [0-9A-F]*)
                if [ ${#segment} -eq 24 ] && [ "${segment:0:8}" = "${start:0:8}" ] && ! [[ "$segment" < "$start" ]]; then
                    cp "$data/pg_wal/$segment" "$work/pg_wal/"
                fi ;;
        esac
    done
}

if [ "${BASH_SOURCE[0]}" = "$0" ] && [ "${1:-}" = "copy-wal" ]; then
    set -euo pipefail
    copy_wal "$2" "$3"
fi
