#!/usr/bin/env bash
# Backs up everything the portal keeps (articles and every revision, photos, accounts, the sign-in and audit
# logs, offices and sensitive words: all of it is in its PostgreSQL database) while the portal runs.
#
#   src/deploy/backup.sh [--env-file FILE] [--data-dir DIR] BACKUP_FILE
#
# Which database: the one the portal uses, from the same settings it reads (the environment, or --env-file, the
# systemd unit's environment file, e.g. /etc/news-portal/portal.env):
# - SPRING_DATASOURCE_URL set (a configured PostgreSQL): pg_dump's custom format, one consistent snapshot. Needs
#   pg_dump of the server's major version or newer (PG_BIN names its folder; else the newest under
#   /usr/lib/postgresql, else the one on the PATH).
# - unset (the embedded default): a base backup of its data directory (PORTAL_EMBEDDED_DB_DATA_DIR, --data-dir,
#   or data/postgres under the current folder) with PostgreSQL's own backup functions (pg_backup_start and
#   pg_backup_stop) and the write-ahead log that makes the copy consistent. Needs psql (any version) and tar.
#   The embedded PostgreSQL ships no pg_dump, and the system's pg_dump may be older than its PostgreSQL 18.
#
# src/deploy/restore.sh puts either kind back (see there). Both are described in the README, "Operations".
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/postgres-tools.sh"
read_options "$@"
OUT=$BACKUP_FILE
[ -e "$OUT" ] && { echo "$OUT exists already; name a new file for the backup." >&2; exit 1; }

if [ -n "${SPRING_DATASOURCE_URL:-}" ]; then
    connect_configured
    check_pg_dump_version
    echo "Backing up $(describe_configured) with $PG_DUMP"
    "$PG_DUMP" --format=custom --compress=6 --no-owner --no-privileges --file="$OUT.partial" "$PG_URI"
    mv "$OUT.partial" "$OUT"
    echo "Backup written: $OUT ($(du -h "$OUT" | cut -f1))"
    exit 0
fi

DATA_DIR=$(embedded_data_dir "$DATA_DIR_OPTION")
connect_embedded "$DATA_DIR"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
echo "Backing up the embedded PostgreSQL in $DATA_DIR (port $PG_PORT) while it runs"

# One psql session holds the backup open: a temporary replication slot keeps every WAL segment from the
# backup's start until the session ends, pg_backup_start makes a checkpoint and marks the start, the data
# directory is copied while the server goes on writing, and pg_backup_stop marks the end and returns the label
# that tells recovery where to start. The WAL from start to end is copied last, while the slot still holds it.
# (As pg_basebackup does, with the same files left out; GNU tar's warnings about files that change while they
# are read are expected: the WAL replayed at the first start makes them consistent.)
cat >"$WORK/copy-data.sh" <<SCRIPT
tar -C "$DATA_DIR" -cf "$WORK/backup.tar" \
    --warning=no-file-changed --warning=no-file-removed --warning=no-file-shrank \
    --exclude='./pg_wal/*' --exclude=./postmaster.pid --exclude=./postmaster.opts --exclude=./epg-lock \
    --exclude='./pg_replslot/*' --exclude='./pg_dynshmem/*' --exclude='./pg_notify/*' --exclude='./pg_serial/*' \
    --exclude='./pg_snapshots/*' --exclude='./pg_stat_tmp/*' --exclude='./pg_subtrans/*' --exclude='pgsql_tmp*' \
    --exclude=pg_internal.init --exclude=./backup_label --exclude=./tablespace_map --exclude=./current_logfiles . \
    || [ \$? -eq 1 ]
SCRIPT
psql_embedded -v ON_ERROR_STOP=1 -X -q -A -t <<SQL
\o /dev/null
select 1 from pg_create_physical_replication_slot('portal_backup_$$', true, true);
select 1 from pg_backup_start('portal backup', true);
\! bash "$WORK/copy-data.sh" || echo "copying the data directory failed" >"$WORK/failed"
create temporary table backup_end as select * from pg_backup_stop(false);
\o $WORK/backup_label.b64
select encode(convert_to(labelfile, 'UTF8'), 'base64') from backup_end;
\o
\! bash "$HERE/postgres-tools.sh" copy-wal "$DATA_DIR" "$WORK" || echo "copying the WAL failed" >"$WORK/failed"
SQL
[ -e "$WORK/failed" ] && { cat "$WORK/failed" >&2; exit 1; }
tar -C "$WORK" -rf "$WORK/backup.tar" backup_label pg_wal
gzip -1 -c "$WORK/backup.tar" >"$OUT.partial"
mv "$OUT.partial" "$OUT"
echo "Backup written: $OUT ($(du -h "$OUT" | cut -f1))"
