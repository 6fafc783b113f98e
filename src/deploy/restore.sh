#!/usr/bin/env bash
# Restores a backup of src/deploy/backup.sh into an empty database, with the portal stopped.
#
#   src/deploy/restore.sh [--env-file FILE] [--data-dir DIR] BACKUP_FILE
#
# - A backup of a configured PostgreSQL (pg_dump's custom format): into the empty database that
#   SPRING_DATASOURCE_URL (and _USERNAME, _PASSWORD) names, from the environment or --env-file, in one
#   transaction; objects are owned by that user. Create the database first (createdb -O portal portal).
# - A backup of the embedded PostgreSQL: into an empty or absent data directory (PORTAL_EMBEDDED_DB_DATA_DIR,
#   --data-dir, or data/postgres under the current folder). At its next start the portal's PostgreSQL replays
#   the WAL in the backup and is then exactly as it was when the backup ended.
#
# Then start the portal (all its instances): the caches start empty, and Flyway brings an older backup's
# schema up to date.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/postgres-tools.sh"
read_options "$@"
BACKUP=$BACKUP_FILE
[ -f "$BACKUP" ] || { echo "No backup file $BACKUP" >&2; exit 1; }

if [ "$(head -c 5 "$BACKUP")" = "PGDMP" ]; then
    if [ -z "${SPRING_DATASOURCE_URL:-}" ]; then
        echo "$BACKUP is a backup of a configured PostgreSQL: set SPRING_DATASOURCE_URL (or --env-file) to the empty database to restore it into." >&2
        exit 1
    fi
    connect_configured
    tables=$(psql_configured -c "select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname not in ('pg_catalog', 'information_schema', 'pg_toast') and c.relkind in ('r', 'p', 'v', 'S')")
    if [ "$tables" -ne 0 ]; then
        echo "The database $(describe_configured) is not empty ($tables tables and sequences): restore into a new, empty database." >&2
        exit 1
    fi
    echo "Restoring $BACKUP into $(describe_configured) with $PG_RESTORE"
    "$PG_RESTORE" --exit-on-error --single-transaction --no-owner --no-privileges --dbname="$PG_URI" "$BACKUP"
    echo "Restored. Start the portal."
    exit 0
fi

if ! gzip -t "$BACKUP" 2>/dev/null || ! tar -tzf "$BACKUP" ./PG_VERSION >/dev/null 2>&1; then
    echo "$BACKUP is not a backup made by backup.sh." >&2
    exit 1
fi
if [ -n "${SPRING_DATASOURCE_URL:-}" ]; then
    echo "$BACKUP is a backup of the embedded PostgreSQL's data directory: restore it with SPRING_DATASOURCE_URL unset, into the data directory of a portal that uses its embedded PostgreSQL." >&2
    exit 1
fi
DATA_DIR=$(embedded_data_dir "$DATA_DIR_OPTION")
if [ -n "$(ls -A "$DATA_DIR" 2>/dev/null)" ]; then
    echo "$DATA_DIR is not empty: stop the portal and move that folder away (or delete it), then restore." >&2
    exit 1
fi
echo "Restoring $BACKUP into $DATA_DIR"
mkdir -p "$DATA_DIR"
chmod 700 "$DATA_DIR"
tar -C "$DATA_DIR" -xzf "$BACKUP"
mkdir -p "$DATA_DIR/pg_wal/archive_status"
echo "Restored. Start the portal: its PostgreSQL replays the backup's WAL before it answers."
