#!/usr/bin/env bash
# Runs the portal as production runs it, on this machine: one PostgreSQL (Debian's, in a temporary folder), two
# portal instances (the built jar, each with its own port, both on that database, both running the scheduler)
# and nginx with src/deploy/nginx/news-portal.conf in front (its addresses, ports and certificate replaced).
# Then it checks what a cluster must do and prints one PASS or FAIL line for each (see the README, "Operations").
#
#   src/deploy/cluster-check.sh          (a few minutes; needs root the first time for apt-get, see below)
#
# Needs: a JDK 21 or newer, nginx, wrk, PostgreSQL 15 or newer (server and client), chromium and chromedriver
# (the publish goes through the real desk in a headless browser), jq, openssl, curl. Missing Debian packages are
# installed when run as root. Everything it starts listens on 127.0.0.1 only and is stopped at the end.
# Exit status: 0 when every check passed.
set -uo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD

PG_PORT=${CLUSTER_PG_PORT:-25432}
SEED_PORT=28090
SEED_DB_PORT=25433
A_PORT=28081
B_PORT=28082
HTTP_PORT=28080
HTTPS_PORT=28443
WD_PORT=29515
NGINX_URL=https://127.0.0.1:$HTTPS_PORT
A_URL=http://127.0.0.1:$A_PORT
B_URL=http://127.0.0.1:$B_PORT
PASSWORD=portal-demo
WORK=$(mktemp -d /tmp/cluster-check.XXXXXX)
chmod 755 "$WORK"
declare -A PIDS=()
FAILED=0

log() { echo "[$(date +%H:%M:%S)] $*" >&2; }
result() { # PASS|FAIL, check, detail
    printf '%s  %s: %s\n' "$1" "$2" "$3"
    [ "$1" = PASS ] || FAILED=$((FAILED + 1))
}

# --- tools -------------------------------------------------------------------------------------------------
missing=()
command -v wrk >/dev/null || missing+=(wrk)
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx-light)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
command -v chromedriver >/dev/null || missing+=(chromium-driver)
command -v jq >/dev/null || missing+=(jq)
if [ ${#missing[@]} -gt 0 ]; then
    log "Installing ${missing[*]} from Debian's packages"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null || exit 1
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
export PG_BIN
psql_at() { "$PG_BIN/psql" -X -q -A -t -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$1" -U postgres -d "$2" "${@:3}"; }
db() { psql_at "$PG_PORT" portal "$@"; }
# PostgreSQL refuses to run as root; as root it runs in a user namespace of its own (as the embedded one does).
as_postgres() { if [ "$(id -u)" = 0 ]; then unshare -U "$@"; else "$@"; fi; }

if [ -z "${JAVA_HOME:-}" ] || ! "$JAVA_HOME/bin/java" -version 2>&1 | grep -q -E 'version "(2[1-9]|[3-9][0-9])'; then
    JAVA_HOME=""
    for candidate in /usr/lib/jvm/*; do
        "$candidate/bin/java" -version 2>&1 | grep -q -E 'version "(2[1-9]|[3-9][0-9])' && JAVA_HOME=$candidate
    done
    [ -n "$JAVA_HOME" ] || { echo "No JDK 21 or newer found; point JAVA_HOME at one." >&2; exit 1; }
fi
export JAVA_HOME
JAR=$(ls target/news-portal-*.jar 2>/dev/null | head -1 || true)
if [ -z "$JAR" ]; then
    log "Building the jar"
    ./mvnw -q -B -DskipTests package || exit 1
    JAR=$(ls target/news-portal-*.jar | head -1)
fi

cleanup() {
    local name
    for name in "${!PIDS[@]}"; do kill "${PIDS[$name]}" 2>/dev/null; done
    for name in "${!PIDS[@]}"; do wait "${PIDS[$name]}" 2>/dev/null; done
    [ -f "$WORK/pg/postmaster.pid" ] && as_postgres "$PG_BIN/pg_ctl" -D "$WORK/pg" -m immediate -w stop >/dev/null 2>&1
    if [ -n "${CLUSTER_KEEP:-}" ]; then echo "Kept $WORK" >&2; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

# --- PostgreSQL, the demo newsroom, two portals, nginx --------------------------------------------------------
log "Starting PostgreSQL $(basename "$(dirname "$PG_BIN")") on port $PG_PORT"
as_postgres "$PG_BIN/initdb" -D "$WORK/pg" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$WORK/initdb.log" 2>&1 \
    || { cat "$WORK/initdb.log" >&2; exit 1; }
start_postgres() {
    as_postgres "$PG_BIN/pg_ctl" -D "$WORK/pg" -l "$WORK/postgres.log" -w -o \
        "-p $PG_PORT -k $WORK -c listen_addresses=127.0.0.1 -c max_connections=100" start >/dev/null
}
start_postgres || { cat "$WORK/postgres.log" >&2; exit 1; }
psql_at "$PG_PORT" postgres -c "create database portal"

start_portal() { # name, port, extra arguments...
    local name=$1 port=$2
    shift 2
    "$JAVA_HOME/bin/java" -Xmx768m -XX:+UseSerialGC -jar "$JAR" --server.port="$port" --server.address=127.0.0.1 \
        --management.server.port=$((port + 1000)) \
        --logging.level.root=WARN --logging.level.cn.gxnews.portal=INFO "$@" >>"$WORK/$name.log" 2>&1 &
    PIDS[$name]=$!
}
wait_until_up() { # name, url
    local i
    for i in $(seq 1 180); do
        curl -fs -o /dev/null --max-time 2 "$2/" && return 0
        kill -0 "${PIDS[$1]}" 2>/dev/null || break
        sleep 1
    done
    echo "$1 did not start; the end of its log:" >&2
    tail -30 "$WORK/$1.log" >&2
    exit 1
}
INSTANCE_SETTINGS=(
    --spring.datasource.url="jdbc:postgresql://127.0.0.1:$PG_PORT/portal" --spring.datasource.username=postgres
    --portal.trusted-proxies=127.0.0.1 --server.servlet.session.cookie.secure=true
    --portal.public-url="$NGINX_URL" --portal.desk-url="$NGINX_URL/desk"
    --portal.scheduler.enabled=true --portal.scheduler.interval=PT5S
    # The demo newsroom's accounts are there on purpose: this database is thrown away at the end.
    --portal.production-safety-check.enabled=false
)

log "Creating the demo newsroom (a portal on its embedded PostgreSQL) and instance A (port $A_PORT)"
start_portal seed "$SEED_PORT" --portal.embedded-db.data-dir="$WORK/seed" --portal.embedded-db.port="$SEED_DB_PORT" \
    --portal.scheduler.enabled=false
start_portal a "$A_PORT" "${INSTANCE_SETTINGS[@]}"
wait_until_up seed "http://127.0.0.1:$SEED_PORT"
wait_until_up a "$A_URL"
# Instance A has migrated the shared database; the demo newsroom is copied into it in one transaction.
TABLES=(office staff_user media_blob media_file media article article_revision workflow_event article_comment
    notification edit_lock draft_autosave sensitive_word article_search sign_in_event administrative_change)
{
    echo "begin;"
    echo "truncate $(IFS=,; echo "${TABLES[*]}") cascade;"
    for table in "${TABLES[@]}"; do
        PGPASSWORD=postgres psql_at "$SEED_DB_PORT" postgres -c "\\copy $table to '$WORK/$table.copy'"
        echo "\\copy $table from '$WORK/$table.copy'"
    done
    for table in staff_user media article article_revision workflow_event article_comment notification sign_in_event \
        administrative_change; do
        echo "select setval(pg_get_serial_sequence('$table', 'id'), coalesce(max(id), 0) + 1, false) from $table;"
    done
    echo "commit;"
} >"$WORK/copy.sql"
db -f "$WORK/copy.sql" >/dev/null || { echo "Copying the demo newsroom failed" >&2; exit 1; }
kill "${PIDS[seed]}"; wait "${PIDS[seed]}" 2>/dev/null; unset 'PIDS[seed]'

log "Starting instance B (port $B_PORT) and nginx (https on $HTTPS_PORT)"
start_portal b "$B_PORT" "${INSTANCE_SETTINGS[@]}"
openssl req -x509 -newkey rsa:2048 -nodes -subj /CN=127.0.0.1 -days 1 -keyout "$WORK/tls.key" -out "$WORK/tls.pem" \
    2>/dev/null
sed -e "s|10\\\\.0\\\\.0\\\\.20:8080|127\\\\.0\\\\.0\\\\.1:$A_PORT|g; s|10\\\\.0\\\\.0\\\\.21:8080|127\\\\.0\\\\.0\\\\.1:$B_PORT|g" \
    -e "s|10\\.0\\.0\\.20:8080|127.0.0.1:$A_PORT|g; s|10\\.0\\.0\\.21:8080|127.0.0.1:$B_PORT|g" \
    -e "s|listen 443 ssl http2;|listen 127.0.0.1:$HTTPS_PORT ssl http2;|; s|listen 80;|listen 127.0.0.1:$HTTP_PORT;|" \
    -e "/listen \\[::\\]/d" \
    -e "s|/etc/ssl/certs/news.example.pem|$WORK/tls.pem|; s|/etc/ssl/private/news.example.key|$WORK/tls.key|" \
    src/deploy/nginx/news-portal.conf >"$WORK/site.conf"
cat >"$WORK/nginx.conf" <<CONF
worker_processes 1;
daemon off;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log warn;
events { worker_connections 1024; }
http {
    log_format cluster '\$request_uri \$status \$upstream_addr';
    access_log $WORK/access.log cluster;
    client_body_temp_path $WORK/nginx-body;
    proxy_temp_path $WORK/nginx-proxy;
    include $WORK/site.conf;
}
CONF
"$NGINX" -c "$WORK/nginx.conf" -p "$WORK" -t -q || exit 1
"$NGINX" -c "$WORK/nginx.conf" -p "$WORK" &
PIDS[nginx]=$!
wait_until_up b "$B_URL"
log "Cluster up: nginx $NGINX_URL -> A $A_URL, B $B_URL; PostgreSQL 127.0.0.1:$PG_PORT"

# --- helpers for the checks ------------------------------------------------------------------------------------
upstream_of() { # the instance (A or B) that answered a request whose address has this marker, per nginx's log
    grep -F "$1" "$WORK/access.log" | tail -1 | awk '{print $NF}' | sed -e "s/.*:$A_PORT$/A/" -e "s/.*:$B_PORT$/B/"
}
desk_sign_in() { # cookie jar, username: signs in through nginx as a browser's login form does; prints the HTTP status
    local jar=$1 csrf
    csrf=$(curl -sk -c "$jar" -b "$jar" "$NGINX_URL/desk/login" | sed -n 's/.*<meta name="_csrf" content="\([^"]*\)".*/\1/p')
    curl -sk -c "$jar" -b "$jar" -o /dev/null -w '%{http_code} %{redirect_url}' --data-urlencode "_csrf=$csrf" \
        --data-urlencode "username=$2" --data-urlencode "password=$PASSWORD" "$NGINX_URL/desk/login"
}
node_of() { awk '$6 == "portal_node" {print toupper($7)}' "$1" | tail -1; }

# WebDriver over HTTP (chromedriver), for the one check that works the desk as an editor does.
wd() { # method, path under the session, JSON body
    curl -s -X "$1" "http://127.0.0.1:$WD_PORT/session/$SESSION$2" -H 'Content-Type: application/json' \
        ${3:+--data-binary "$3"}
}
wd_find() { # xpath; prints the element id (waits up to 60 s)
    local body id i
    body=$(jq -cn --arg v "$1" '{using: "xpath", value: $v}')
    for i in $(seq 1 120); do
        id=$(wd POST /element "$body" | jq -r '.value["element-6066-11e4-a52e-4f735466cecf"] // empty' 2>/dev/null)
        if [ -n "$id" ]; then echo "$id"; return 0; fi
        sleep 0.5
    done
    return 1
}
wd_screenshot() { # file: what the browser shows, for the log folder (CLUSTER_KEEP=1 keeps it)
    wd GET /screenshot | jq -r .value | base64 -d >"$1" 2>/dev/null
}
publish_failed() { # reason
    wd_screenshot "$WORK/publish-failure.png"
    result FAIL "publish through A, on B at once" "$1 (what the browser showed: publish-failure.png in the log folder)"
}
wd_click() { wd POST "/element/$1/click" '{}' >/dev/null; }
wd_type() { wd POST "/element/$1/value" "$(jq -cn --arg t "$2" '{text: $t}')" >/dev/null; }
wd_wait_text() { # text, seconds
    local i
    for i in $(seq 1 $(($2 * 2))); do
        wd GET /source | jq -r .value | grep -qF "$1" && return 0
        sleep 0.5
    done
    return 1
}

# --- 1. a publish through A is on B's pages at once -------------------------------------------------------------
check_publish() {
    local name="publish through A, on B at once" title id office
    IFS='|' read -r id office title < <(db -c "select a.id, a.office_code, r.title from article a
        join article_revision r on r.id = a.working_revision_id where a.state = 'IN_REVIEW' order by a.id limit 1")
    [ -n "$title" ] || { result FAIL "$name" "the demo newsroom has no article in review"; return; }
    # B renders (and caches) its home page and the office's page without the article.
    if curl -s "$B_URL/" "$B_URL/offices/$office" | grep -qF "$title"; then
        result FAIL "$name" "the article is on B's pages before it was published"; return
    fi
    chromedriver --port=$WD_PORT >"$WORK/chromedriver.log" 2>&1 &
    PIDS[chromedriver]=$!
    sleep 1
    SESSION=$(curl -s -X POST "http://127.0.0.1:$WD_PORT/session" -H 'Content-Type: application/json' --data-binary \
        '{"capabilities":{"alwaysMatch":{"goog:chromeOptions":{"binary":"/usr/bin/chromium","args":["--headless=new","--no-sandbox","--disable-dev-shm-usage","--window-size=1400,1000","--lang=zh-CN"],"prefs":{"intl.accept_languages":"zh-CN,zh"}}}}}' \
        | jq -r .value.sessionId)
    [ -n "$SESSION" ] && [ "$SESSION" != null ] || { result FAIL "$name" "chromedriver did not start a browser"; return; }
    local user password submit queued approve
    wd POST /url "{\"url\":\"$A_URL/desk\"}" >/dev/null
    user=$(wd_find "//input[@name='username']") && password=$(wd_find "//input[@name='password']") \
        && submit=$(wd_find "//vaadin-button[@slot='submit']") || { publish_failed "no sign-in form on A"; return; }
    wd_type "$user" "editor.$office"; wd_type "$password" "$PASSWORD"; wd_click "$submit"
    queued=$(wd_find "//vaadin-grid-cell-content[normalize-space(.)='$title']") \
        || { publish_failed "the article is not in editor.$office's review queue on A"; return; }
    wd_click "$queued"
    approve=$(wd_find "//vaadin-button[normalize-space(.)='批准并发布']") \
        || { publish_failed "no 批准并发布 (approve and publish) button on A's review screen"; return; }
    wd_click "$approve"
    wd_wait_text "已批准并发布" 30 || { publish_failed "A did not confirm the publication"; return; }
    local started ms=""
    started=$(date +%s%N)
    for _ in $(seq 1 20); do
        if curl -s "$B_URL/" | grep -qF "$title" && curl -s "$B_URL/offices/$office" | grep -qF "$title"; then
            ms=$((($(date +%s%N) - started) / 1000000)); break
        fi
        sleep 0.1
    done
    wd DELETE "" >/dev/null
    kill "${PIDS[chromedriver]}" 2>/dev/null; unset 'PIDS[chromedriver]'
    if [ -n "$ms" ]; then
        result PASS "$name" "editor.$office approved \"$title\" (/news/$id) in A's desk (headless Chromium); B's cached home and office pages showed it ${ms} ms after A confirmed"
    else
        result FAIL "$name" "published through A, but B's home or office page still lacked \"$title\" 2 s later"
    fi
}

# --- 2. twenty articles scheduled for the same minute: each published exactly once ------------------------------
schedule_twenty() { # scheduled as an editor's "approve and schedule" leaves them, for the start of the next minute
    DUE=$(db -c "select to_char(date_trunc('minute', now()) + interval '1 minute', 'HH24:MI')")
    db >/dev/null <<'SQL'
begin;
create temp table due as
select n, (select max(id) from article) + n as article_id, (select max(id) from article_revision) + n as revision_id,
       (array['nanning', 'liuzhou', 'guilin'])[1 + n % 3] as office_code
from generate_series(1, 20) n;
insert into article (id, office_code, author_id, state, working_revision_id, publish_at, updated_by)
overriding system value
select d.article_id, d.office_code, u.id, 'SCHEDULED', d.revision_id, date_trunc('minute', now()) + interval '1 minute', u.id
from due d join (select office_code, min(id) id from staff_user where office_code is not null group by office_code) u
  using (office_code);
insert into article_revision (id, article_id, revision_no, title, summary, body, created_by)
overriding system value
select d.revision_id, d.article_id, 1, '集群定时发布检查 ' || d.n, '同一分钟定时发布的第 ' || d.n || ' 篇。',
       jsonb_build_array(jsonb_build_object('type', 'paragraph', 'text', '同一分钟定时发布的第 ' || d.n || ' 篇稿件。')),
       a.author_id
from due d join article a on a.id = d.article_id;
select setval(pg_get_serial_sequence('article', 'id'), (select max(id) from article));
select setval(pg_get_serial_sequence('article_revision', 'id'), (select max(id) from article_revision));
commit;
SQL
}
check_scheduled() {
    local name="twenty scheduled for one minute, each published once" deadline counts
    deadline=$(($(date +%s) + 120))
    while [ "$(date +%s)" -lt "$deadline" ]; do
        [ "$(db -c "select count(*) from article a join article_revision r on r.id = a.working_revision_id
                    where r.title like '集群定时发布检查 %' and a.live")" = 20 ] && break
        sleep 2
    done
    sleep 6 # one more scheduler round on both instances: nothing may be published twice
    counts=$(db -c "with checked as (select a.id, a.live from article a join article_revision r on r.id = a.working_revision_id
                                     where r.title like '集群定时发布检查 %'),
                         published as (select e.article_id from workflow_event e join checked c on c.id = e.article_id
                                       where e.transition = 'PUBLISH_ON_SCHEDULE')
                    select (select count(*) from checked where live) || '|' || (select count(*) from published)
                           || '|' || (select count(distinct article_id) from published)")
    local by_a by_b
    by_a=$(grep -o 'Scheduler carried out [0-9]*' "$WORK/a.log" | awk '{s += $4} END {print s + 0}')
    by_b=$(grep -o 'Scheduler carried out [0-9]*' "$WORK/b.log" | awk '{s += $4} END {print s + 0}')
    if [ "$counts" = "20|20|20" ]; then
        result PASS "$name" "all 20 due at $DUE are live, with exactly one publication each in the audit trail (transitions carried out by A: $by_a, by B: $by_b)"
    else
        result FAIL "$name" "live articles | publications on schedule | articles published (20|20|20 expected): $counts"
    fi
}

# --- 3. a desk session stays on its instance; public requests are spread ----------------------------------------
check_sticky_and_spread() {
    local name="desk session sticky, public requests spread" jar="$WORK/sticky.jar" signed node i a=0 b=0 wrong=0 home
    signed=$(desk_sign_in "$jar" editor.guilin)
    node=$(node_of "$jar")
    case "$signed" in 302*/desk|302*/desk/) ;; *) result FAIL "$name" "signing in through nginx answered $signed"; return ;; esac
    for i in $(seq 1 20); do
        home=$(curl -sk -b "$jar" -o /dev/null -w '%{http_code}' "$NGINX_URL/desk/?sticky-check=$i")
        [ "$home" = 200 ] || wrong=$((wrong + 1))
        [ "$(upstream_of "sticky-check=$i ")" = "$node" ] || wrong=$((wrong + 1))
    done
    for i in $(seq 1 40); do
        curl -sk -o /dev/null "$NGINX_URL/?spread-check=$i"
        case "$(upstream_of "spread-check=$i ")" in A) a=$((a + 1)) ;; B) b=$((b + 1)) ;; esac
    done
    if [ "$wrong" = 0 ] && [ "$a" -ge 10 ] && [ "$b" -ge 10 ]; then
        result PASS "$name" "20 desk requests of editor.guilin's session all answered by $node, signed in; 40 public requests: $a by A, $b by B"
    else
        result FAIL "$name" "desk requests not answered by $node or not signed in: $wrong; public requests: $a by A, $b by B"
    fi
}

# --- extra: a backup of the shared PostgreSQL while the portal writes, restored into an empty database -----------
check_backup_restore() {
    local name="backup while writing, restored into an empty database" before after restored i
    # Failed sign-ins are written to the sign-in log: a stream of them (from documentation addresses) while pg_dump runs.
    ( for i in $(seq 1 400); do
          local jar="$WORK/writer.jar" csrf
          rm -f "$jar"
          csrf=$(curl -sk -c "$jar" -b "$jar" "$NGINX_URL/desk/login" | sed -n 's/.*<meta name="_csrf" content="\([^"]*\)".*/\1/p')
          curl -sk -c "$jar" -b "$jar" -o /dev/null -H "X-Forwarded-For: 192.0.2.$((i % 200 + 1))" \
              --data-urlencode "_csrf=$csrf" --data-urlencode "username=nobody$i" --data-urlencode "password=wrong" \
              "$NGINX_URL/desk/login"
      done ) &
    local writer=$!
    sleep 3
    before=$(db -c "select count(*) from sign_in_event")
    printf 'SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:%s/portal\nSPRING_DATASOURCE_USERNAME=postgres\n' "$PG_PORT" \
        >"$WORK/portal.env"
    if ! src/deploy/backup.sh --env-file "$WORK/portal.env" "$WORK/portal.dump" >"$WORK/backup.log" 2>&1; then
        kill $writer 2>/dev/null; result FAIL "$name" "backup.sh failed: $(tail -1 "$WORK/backup.log")"; return
    fi
    after=$(db -c "select count(*) from sign_in_event")
    kill $writer 2>/dev/null; wait $writer 2>/dev/null
    psql_at "$PG_PORT" postgres -c "create database portal_restored"
    sed 's|/portal$|/portal_restored|' "$WORK/portal.env" >"$WORK/restored.env"
    if ! src/deploy/restore.sh --env-file "$WORK/restored.env" "$WORK/portal.dump" >"$WORK/restore.log" 2>&1; then
        result FAIL "$name" "restore.sh failed: $(tail -1 "$WORK/restore.log")"; return
    fi
    local differs="" table fingerprint
    for table in "${TABLES[@]}" flyway_schema_history; do
        [ "$table" = sign_in_event ] && continue
        fingerprint="select md5(coalesce(string_agg(md5(t::text), '' order by md5(t::text)), '')) from $table t"
        [ "$(db -c "$fingerprint")" = "$(psql_at "$PG_PORT" portal_restored -c "$fingerprint")" ] || differs="$differs $table"
    done
    restored=$(psql_at "$PG_PORT" portal_restored -c "select count(*) from sign_in_event")
    local photos
    photos=$(psql_at "$PG_PORT" portal_restored -c "select count(*) from media_file")
    if [ -z "$differs" ] && [ "$restored" -ge "$before" ] && [ "$restored" -le "$after" ]; then
        result PASS "$name" "pg_dump while sign-ins were logged ($before to $after log entries): the restored database has $restored, and every other table (articles, revisions, $photos photo files, accounts, audit) is identical"
    else
        result FAIL "$name" "tables that differ:${differs:- none}; sign-in log $restored restored, $before at the start, $after at the end"
    fi
}

# --- 4. instance A killed under public load -----------------------------------------------------------------------
check_kill_a() {
    local name="A killed under load: readers see no error, A's desk users sign in again" jar i node="" status
    for i in $(seq 1 12); do # a desk session that nginx keeps on A
        jar="$WORK/on-a-$i.jar"
        desk_sign_in "$jar" editor.liuzhou >/dev/null
        node=$(node_of "$jar")
        [ "$node" = A ] && break
    done
    [ "$node" = A ] || { result FAIL "$name" "no desk session landed on A in 12 sign-ins"; return; }
    [ "$(curl -sk -b "$jar" -o /dev/null -w '%{http_code}' "$NGINX_URL/desk/")" = 200 ] \
        || { result FAIL "$name" "the desk session on A is not signed in"; return; }
    wrk -t2 -c16 -d12s --latency "$NGINX_URL/" >"$WORK/wrk-kill.txt" 2>&1 &
    local load=$!
    sleep 4
    kill -9 "${PIDS[a]}"; wait "${PIDS[a]}" 2>/dev/null; unset 'PIDS[a]'
    wait $load
    local requests errors non2xx
    requests=$(awk '/requests in/ {print $1}' "$WORK/wrk-kill.txt")
    errors=$(sed -n 's/.*Socket errors: \(.*\)/\1/p' "$WORK/wrk-kill.txt")
    non2xx=$(sed -n 's/.*Non-2xx or 3xx responses: \([0-9]*\).*/\1/p' "$WORK/wrk-kill.txt")
    status=$(curl -sk -b "$jar" -o /dev/null -w '%{http_code} %{redirect_url}' "$NGINX_URL/desk/")
    if [ -z "$errors" ] && [ -z "$non2xx" ] && [ -n "$requests" ] && [[ "$status" == 302*"/desk/login" ]]; then
        result PASS "$name" "$requests public requests through nginx, A killed (SIGKILL) 4 s in: no error; editor.liuzhou's desk on A now answers $status"
    else
        result FAIL "$name" "$requests requests, socket errors: ${errors:-none}, non-2xx: ${non2xx:-0}; A's desk session now answers $status"
    fi
    log "Restarting A"
    start_portal a "$A_PORT" "${INSTANCE_SETTINGS[@]}"
    wait_until_up a "$A_URL"
}

# --- 5. PostgreSQL restarted under load ------------------------------------------------------------------------
# What it expects (the health and stale-if-error work of issue 13): while the database is stopped,
# /actuator/health/readiness answers 503 on both instances and /actuator/health/liveness 200; a public page either
# instance rendered before comes back 200 (its last copy); a page never rendered answers 503 with Retry-After within
# 2 s; readers through nginx see no other error. After PostgreSQL is back (same JVMs, no restart), readiness is 200
# and uncached pages render again within 30 s.
check_database_restart() {
    local name="PostgreSQL restarted under load: instances recover, cached pages served, readiness DOWN meanwhile"
    local pid_a=${PIDS[a]} pid_b=${PIDS[b]} problems=() seen never code took url
    seen=$(db -c "select id from article where live order by id limit 1")
    never=$(db -c "select id from article where live order by id desc limit 1 offset 1")
    for url in "$A_URL" "$B_URL"; do curl -s -o /dev/null "$url/news/$seen"; curl -s -o /dev/null "$url/"; done
    wrk -t2 -c16 -d20s "$NGINX_URL/" >"$WORK/wrk-db.txt" 2>&1 &
    local load=$!
    sleep 3
    as_postgres "$PG_BIN/pg_ctl" -D "$WORK/pg" -m fast -w stop >/dev/null
    sleep 2
    for url in "$A_URL" "$B_URL"; do
        code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$url/actuator/health/readiness")
        [ "$code" = 503 ] || problems+=("readiness on ${url##*:} answered $code, not 503")
        code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$url/actuator/health/liveness")
        [ "$code" = 200 ] || problems+=("liveness on ${url##*:} answered $code, not 200")
        code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$url/news/$seen")
        [ "$code" = 200 ] || problems+=("the page /news/$seen rendered before answered $code on ${url##*:}")
    done
    code=$(curl -s -o "$WORK/never.html" -D "$WORK/never.headers" -w '%{http_code} %{time_total}' --max-time 5 "$A_URL/news/$never")
    took=${code#* }
    if [ "${code%% *}" != 503 ] || ! grep -qi '^Retry-After:' "$WORK/never.headers" \
        || awk -v t="$took" 'BEGIN { exit !(t > 2) }'; then
        problems+=("a page never rendered answered ${code%% *} after ${took}s (503 with Retry-After within 2 s expected)")
    fi
    sleep 3
    start_postgres
    local recovered=""
    for _ in $(seq 1 30); do
        if [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$A_URL/actuator/health/readiness")" = 200 ] \
            && [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$B_URL/actuator/health/readiness")" = 200 ] \
            && [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$A_URL/news/$never?after-restart")" = 200 ] \
            && [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$B_URL/news/$never?after-restart")" = 200 ]; then
            recovered=yes; break
        fi
        sleep 1
    done
    [ -n "$recovered" ] || problems+=("30 s after PostgreSQL was back, readiness or an uncached page was not 200 on both")
    [ "${PIDS[a]}" = "$pid_a" ] && [ "${PIDS[b]}" = "$pid_b" ] && kill -0 "$pid_a" "$pid_b" 2>/dev/null \
        || problems+=("an instance was restarted or died")
    wait $load
    local non2xx errors
    non2xx=$(sed -n 's/.*Non-2xx or 3xx responses: \([0-9]*\).*/\1/p' "$WORK/wrk-db.txt")
    errors=$(sed -n 's/.*Socket errors: \(.*\)/\1/p' "$WORK/wrk-db.txt")
    [ -z "$non2xx$errors" ] || problems+=("readers of the cached home page through nginx got errors: ${non2xx:-0} non-2xx, ${errors:-no socket errors}")
    if [ ${#problems[@]} = 0 ]; then
        result PASS "$name" "readiness 503 while stopped, cached pages 200, an unrendered page 503 with Retry-After in ${took}s, all back without a restart"
    else
        result FAIL "$name" "$(IFS=';'; echo "${problems[*]}")"
    fi
}

echo
schedule_twenty
log "20 articles scheduled for $DUE; checking the publish through A meanwhile"
check_publish
check_sticky_and_spread
check_scheduled
check_backup_restore
check_kill_a
check_database_restart
echo
if [ "$FAILED" = 0 ]; then echo "All checks passed."; else echo "$FAILED check(s) failed."; fi
exit $((FAILED > 0))
