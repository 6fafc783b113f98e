#!/usr/bin/env bash
# Load benchmark of the public site (see the README): seeds published articles, builds the search index for all
# of them (timed, with searches during the build compared with the complete index's), then measures the home
# page, article pages (cached and uncached) and Chinese search (the same query again and again, served from the
# page cache, and hundreds of different queries that each miss it) under concurrent load from wrk, in a separate
# process, and a static copy of the article page served by nginx as the upper bound. Then the desk: desk members
# working at once through the real desk (DeskLoad, a client of Vaadin's own requests), each action's response time,
# and the heap a session retains with a 200-block draft open.
#
#   src/bench/benchmark.sh [ARTICLES]        (default 1000000, about 25 minutes; 20000 for a quicker run;
#                                             needs root for apt-get if wrk/nginx are missing)
#
# Settings (environment): BENCH_SECONDS (10), BENCH_WARMUP (60), BENCH_CONNECTIONS (64), BENCH_FEW_CONNECTIONS
# (4, for the uncached searches' latency without queueing), BENCH_THREADS (2), JAVA_HOME. Every measurement is preceded
# by BENCH_WARMUP seconds of the same load that are not counted, so that the JIT compiler's work on a new code
# path is not counted against its requests. The desk: BENCH_DESK_MEMBERS (50), BENCH_DESK_PAUSE_MS (2000, the
# average pause of a member between actions), BENCH_DESK_WARMUP (60) and BENCH_DESK_SECONDS (120);
# BENCH_DESK_HISTOGRAM=<path> writes the portal's classes by live heap with the sessions and after they signed out
# (<path>.with-sessions.txt, <path>.signed-out.txt). BENCH_SITE=0 skips the public site's load (the desk alone);
# BENCH_DESK=0 skips the desk (the public site alone).
set -euo pipefail
cd "$(dirname "$0")/../.."

ARTICLES=${1:-1000000}
SECONDS_PER_RUN=${BENCH_SECONDS:-10}
WARMUP_SECONDS=${BENCH_WARMUP:-60}
CONNECTIONS=${BENCH_CONNECTIONS:-64}
FEW=${BENCH_FEW_CONNECTIONS:-4}
THREADS=${BENCH_THREADS:-2}
PORT=18080
DB_PORT=15433
STATIC_PORT=18081
WORK=$(mktemp -d)
PORTAL_PID=""
NGINX_PID=""

cleanup() {
    [ -n "$PORTAL_PID" ] && kill "$PORTAL_PID" 2>/dev/null && wait "$PORTAL_PID" 2>/dev/null || true
    [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT

for tool in wrk nginx psql; do
    if ! command -v "$tool" >/dev/null 2>&1 && ! [ -x "/usr/sbin/$tool" ]; then
        echo "Installing wrk, nginx and the PostgreSQL client from Debian's packages"
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk nginx-light postgresql-client >/dev/null
        break
    fi
done
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

if [ -z "${JAVA_HOME:-}" ]; then
    for candidate in /usr/lib/jvm/*; do
        [ -x "$candidate/bin/java" ] && [ "$("$candidate/bin/java" -XshowSettings:properties -version 2>&1 \
            | sed -n 's/^ *java.specification.version = //p')" -ge 21 ] && JAVA_HOME=$candidate
    done
fi
export JAVA_HOME
JAR=$(ls target/news-portal-*.jar 2>/dev/null | grep -v plain | head -1 || true)
if [ -z "$JAR" ]; then
    echo "Building the jar"
    ./mvnw -q -B -DskipTests package
    JAR=$(ls target/news-portal-*.jar | head -1)
fi

start_portal() {
    "$JAVA_HOME/bin/java" -Xmx1g -jar "$JAR" --server.port=$PORT --portal.embedded-db.port=$DB_PORT \
        --portal.embedded-db.data-dir="$WORK/db" --portal.scheduler.enabled=false \
        --logging.level.root=WARN --logging.level.cn.gxnews.portal.search=INFO >"$WORK/portal.log" 2>&1 &
    PORTAL_PID=$!
    for _ in $(seq 1 120); do
        curl -fs -o /dev/null "http://127.0.0.1:$PORT/" && return 0
        sleep 1
    done
    echo "The portal did not start; its log:" >&2
    tail -50 "$WORK/portal.log" >&2
    exit 1
}

stop_portal() {
    kill "$PORTAL_PID" && wait "$PORTAL_PID" 2>/dev/null || true
    PORTAL_PID=""
}

sql() {
    PGPASSWORD=postgres psql -q -X -h 127.0.0.1 -p $DB_PORT -U postgres -d postgres -v ON_ERROR_STOP=1 "$@"
}

echo "Starting the portal on its own embedded database"
start_portal
# The demo newsroom (offices' staff) is created just after the server starts accepting requests.
for _ in $(seq 1 60); do
    [ "$(sql -At -c "select count(*) from article where live" 2>/dev/null || echo 0)" -ge 3 ] && break
    sleep 1
done
echo "Seeding $ARTICLES published articles"
sql -v count="$ARTICLES" -f src/bench/seed.sql >/dev/null
# Searches of 1, 2 and 4 Chinese characters taken from the titles of 300 random articles (common words, rare ones,
# and pairs across two words that are seldom together); used during the index's build and for the uncached searches.
sql -At -c "with sample as (select title from article_revision order by random() limit 300)
    select distinct substr(title, s, l) from sample, generate_series(1, 8) s, (values (1), (2), (4)) v(l)
    where substr(title, s, l) ~ '^[一-龥]+\$' and length(substr(title, s, l)) = l" >"$WORK/queries.txt"
# The index is emptied as a migration that changes the tokeniser empties it (saying that it is incomplete); the
# portal builds it again at its next start and reads the articles for searches until then.
sql -c "truncate article_search; insert into search_index_incomplete default values on conflict do nothing"
stop_portal
start_portal
# The seeded articles have the highest ids, one after another; the demo newsroom's before them include drafts,
# whose addresses answer 404.
FIRST_ID=$(sql -At -c "select max(id) - $ARTICLES + 1 from article")
LIVE=$(sql -At -c "select count(*) from article where live")
echo "$LIVE live articles; the $ARTICLES seeded ones from id $FIRST_ID"

urlencode() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$1"; }
hits() { # query, tag: the articles a search's first page links to, one line
    curl -s "http://127.0.0.1:$PORT/search?q=$(urlencode "$1")&bench=$2" | grep -o 'href="/news/[0-9]*"' | tr '\n' ' '
}
# Searches while the index is built, one at a time (each one competes with the build for the two cores): two
# queries of each length. They must find exactly what the complete index finds.
: >"$WORK/during.txt"
for length in 1 2 4; do # (the queries are Chinese: 3 bytes a character, whatever the locale)
    LC_ALL=C awk -v l=$((3 * length)) 'length($0) == l' "$WORK/queries.txt" | LC_ALL=C shuf -n 2 --random-source=<(yes) \
        | sed "s/^/$length|/"
done >"$WORK/probes.txt"
while IFS='|' read -r length query <&3; do
    [ "$(sql -At -c "select count(*) from search_index_incomplete")" -eq 0 ] && break
    started_ns=$(date +%s%N)
    found=$(hits "$query" during)
    echo "$length|$query|$(( ($(date +%s%N) - started_ns) / 1000000 ))|$found" >>"$WORK/during.txt"
done 3<"$WORK/probes.txt"
# The portal answers while it is still indexing in the background; measuring then would count the indexing's
# CPU time against the pages. Wait until every live article is indexed.
started=$(date +%s)
while [ "$(sql -At -c "select count(*) from search_index_incomplete")" -gt 0 ] \
        || [ "$(sql -At -c "select count(*) from article_search")" -lt "$LIVE" ]; do
    if [ $(($(date +%s) - started)) -gt 3600 ]; then
        echo "The search index was not complete after an hour" >&2
        exit 1
    fi
    sleep 2
done
echo
grep -o 'Search index: built.*' "$WORK/portal.log" || grep -o 'Search index: brought.*' "$WORK/portal.log" || true
same=0
answered=$(wc -l <"$WORK/during.txt")
while IFS='|' read -r length query ms found <&3; do
    [ "$found" = "$(hits "$query" after)" ] && same=$((same + 1))
    printf '  during the build: a %s-character search answered in %s ms, %s articles on its first page\n' \
        "$length" "$ms" "$(echo "$found" | wc -w)"
done 3<"$WORK/during.txt"
echo "Searches during the build: $answered answered, $same of them with exactly the complete index's results."

cpu_ticks() { # user + system clock ticks of a process
    awk '{print $14 + $15}' "/proc/$1/stat"
}
postgres_ticks() { # the embedded PostgreSQL: its postmaster (started with its data directory) and backends
    local total=0 master pid
    for master in $(pgrep -f "postgres.*$WORK/db" || true); do
        [ "$master" = "$PORTAL_PID" ] && continue
        for pid in "$master" $(pgrep -P "$master" || true); do
            if [ -r "/proc/$pid/stat" ]; then
                total=$((total + $(cpu_ticks "$pid")))
            fi
        done
    done
    echo $total
}
TICKS=$(getconf CLK_TCK)

load() { # url path, "random" (articles) or "queries" (searches), pid of the portal (empty: nginx); prints wrk's output
    local path=$1 pid=$2
    if [ "$path" = "queries" ]; then
        BENCH_QUERIES=$WORK/queries.txt wrk -t"$THREADS" -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" \
            -s src/bench/report.lua "http://127.0.0.1:$PORT"
    elif [ "$path" = "random" ]; then
        BENCH_RANDOM_IDS=$ARTICLES BENCH_FIRST_ID=$FIRST_ID wrk -t"$THREADS" -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" \
            -s src/bench/report.lua "http://127.0.0.1:$PORT"
    else
        local port=$PORT
        if [ -z "$pid" ]; then port=$STATIC_PORT; fi
        BENCH_PATH="$path" wrk -t"$THREADS" -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" -s src/bench/report.lua \
            "http://127.0.0.1:$port"
    fi
}

if [ "${BENCH_SITE:-1}" = 1 ]; then
printf '\n%-28s %10s %9s %9s %9s %7s %12s %12s\n' "target" "req/s" "p50 ms" "p95 ms" "p99 ms" "errors" "portal ms/req" "db ms/req"
run() { # name, url path, "random" or "queries", pid to measure (or empty), connections (default: BENCH_CONNECTIONS)
    local name=$1 path=$2 pid=${3:-}
    local connections=$CONNECTIONS
    CONNECTIONS=${4:-$CONNECTIONS}
    local before=0 db_before=0
    if [ "$WARMUP_SECONDS" -gt 0 ]; then
        local seconds=$SECONDS_PER_RUN
        SECONDS_PER_RUN=$WARMUP_SECONDS
        load "$path" "$pid" >/dev/null
        SECONDS_PER_RUN=$seconds
    fi
    if [ -n "$pid" ]; then
        before=$(cpu_ticks "$pid")
        db_before=$(postgres_ticks)
    fi
    local out
    out=$(load "$path" "$pid")
    local line
    line=$(echo "$out" | grep '^RESULT')
    local requests seconds p50 p95 p99 socket non2xx
    requests=$(echo "$line" | sed 's/.*requests=\([0-9]*\).*/\1/')
    seconds=$(echo "$line" | sed 's/.*seconds=\([0-9.]*\).*/\1/')
    p50=$(echo "$line" | sed 's/.*p50_ms=\([0-9.]*\).*/\1/')
    p95=$(echo "$line" | sed 's/.*p95_ms=\([0-9.]*\).*/\1/')
    p99=$(echo "$line" | sed 's/.*p99_ms=\([0-9.]*\).*/\1/')
    socket=$(echo "$line" | sed 's/.*socket_errors=\([0-9]*\).*/\1/')
    non2xx=$(echo "$out" | sed -n 's/.*Non-2xx or 3xx responses: \([0-9]*\).*/\1/p')
    local rps cpu="-" dbcpu="-"
    rps=$(awk -v r="$requests" -v s="$seconds" 'BEGIN { printf "%.0f", r / s }')
    if [ -n "$pid" ]; then
        cpu=$(awk -v a="$before" -v b="$(cpu_ticks "$pid")" -v r="$requests" -v t="$TICKS" \
            'BEGIN { printf "%.3f", (b - a) / t * 1000 / r }')
        dbcpu=$(awk -v a="$db_before" -v b="$(postgres_ticks)" -v r="$requests" -v t="$TICKS" \
            'BEGIN { printf "%.3f", (b - a) / t * 1000 / r }')
    fi
    printf '%-28s %10s %9s %9s %9s %7s %12s %12s\n' "$name" "$rps" "$p50" "$p95" "$p99" \
        "$((socket + ${non2xx:-0}))" "$cpu" "$dbcpu"
    LAST_RPS=$rps
    CONNECTIONS=$connections
}

# The article served from the cache is the demo newsroom's longest (the copy of the company's real page, with
# its photos), not a seeded one of a few lines.
ARTICLE=/news/$(sql -At -c "select a.id from article a join article_revision r on r.id = a.published_revision_id
    where a.live order by length(r.body::text) desc, a.id limit 1")
for warm in / "$ARTICLE" "/search?q=%E5%8D%97"; do curl -s -o /dev/null "http://127.0.0.1:$PORT$warm" || true; done
run "home /" / "$PORTAL_PID"
run "article (cached)" "$ARTICLE" "$PORTAL_PID"
ARTICLE_RPS=$LAST_RPS
run "article (uncached, random)" random "$PORTAL_PID"
# The same search again and again: after the first, it is served from the page cache, as popular searches are.
# (The names are ASCII: printf pads by bytes, and Chinese characters would shift the columns.)
run "search 1 char (cached)" "/search?q=%E5%8D%97" "$PORTAL_PID"        # 南
run "search 2 chars (cached)" "/search?q=%E7%A7%91%E6%8A%80" "$PORTAL_PID"        # 科技
run "search 4 chars (cached)" "/search?q=%E4%BA%A7%E4%B8%9A%E5%8F%91%E5%B1%95" "$PORTAL_PID"        # 产业发展
# Searches that each miss the cache (the queries taken from the titles above), each request with a query
# parameter of its own. With few connections this shows a search's own latency; with many, two cores queueing.
echo "(uncached searches: $(wc -l <"$WORK/queries.txt") different queries)"
run "search, uncached, mixed" queries "$PORTAL_PID"
run "search, uncached, $FEW connections" queries "$PORTAL_PID" "$FEW"

mkdir -p "$WORK/static"
chmod 755 "$WORK" "$WORK/static"
curl -fs "http://127.0.0.1:$PORT$ARTICLE" -o "$WORK/static/article.html"
gzip -k -6 "$WORK/static/article.html" # served as it is to clients that accept gzip, as the portal's cache does
chmod 644 "$WORK/static/article.html" "$WORK/static/article.html.gz"
cat >"$WORK/nginx.conf" <<CONF
worker_processes auto;
daemon off;
pid $WORK/nginx.pid;
error_log stderr error;
events { worker_connections 1024; }
http {
    access_log off;
    server {
        listen 127.0.0.1:$STATIC_PORT;
        location / { root $WORK/static; default_type text/html; gzip_static on; }
    }
}
CONF
"$NGINX" -c "$WORK/nginx.conf" -p "$WORK" &
NGINX_PID=$!
sleep 1
run "nginx static copy" /article.html ""
STATIC_RPS=$LAST_RPS
awk -v a="$ARTICLE_RPS" -v s="$STATIC_RPS" 'BEGIN { printf "\nThe cached article page reaches %.0f%% of the static copy'"'"'s throughput.\n", a * 100 / s }'
echo "portal ms/req: CPU time of the portal's JVM per request; db ms/req: of the embedded PostgreSQL."

echo
src/bench/wording-benchmark.sh
fi

[ "${BENCH_DESK:-1}" = 1 ] || exit 0
# The desk: members of the three offices (authors and editors), 10,000 photos, a 200-block draft with 30 photos
# for each member, articles waiting for each member's review, and the audit trail of every published article.
MEMBERS=${BENCH_DESK_MEMBERS:-50}
PAUSE_MS=${BENCH_DESK_PAUSE_MS:-2000}
DESK_WARMUP=${BENCH_DESK_WARMUP:-60}
DESK_SECONDS=${BENCH_DESK_SECONDS:-120}
# a member reviews about one article every 14 actions; enough for the whole run
POOL=$(( (DESK_WARMUP + DESK_SECONDS) * 1000 / (PAUSE_MS * 10) + 5 ))
echo
echo "Seeding the desk: $MEMBERS members, 10,000 photos, a 200-block draft each, $POOL articles each to review"
sql -At -v users="$MEMBERS" -v photos=10000 -v pool="$POOL" -f src/bench/desk-seed.sql | grep '|' >"$WORK/members.txt"
echo "$(sql -At -c "select count(*) from workflow_event") events in the audit trail"
./mvnw -B -ntp -q -DskipTests test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$WORK/classpath.txt" >/dev/null
"$JAVA_HOME/bin/java" -cp "target/test-classes:$(cat "$WORK/classpath.txt")" cn.gxnews.portal.bench.DeskLoad \
    "http://127.0.0.1:$PORT" "$WORK/members.txt" portal-demo "$DESK_WARMUP" "$DESK_SECONDS" "$PAUSE_MS" "$PORTAL_PID"
