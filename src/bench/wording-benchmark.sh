#!/usr/bin/env bash
# Measures the standard-wording check (issue 14): 5,000 wrong -> right pairs against a 10,000-character article,
# as on every autosave. Compiles the portal and its tests if needed, then runs WordingMatcherBenchmark (plain Java,
# no database). Also run at the end of src/bench/benchmark.sh.
#
#   src/bench/wording-benchmark.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ -n "${JAVA_HOME:-}" ]; then PATH="$JAVA_HOME/bin:$PATH"; fi
if [ ! -f target/test-classes/cn/gxnews/portal/article/WordingMatcherBenchmark.class ]; then
    ./mvnw -B -ntp -q -DskipTests test-compile
fi
java -cp target/classes:target/test-classes cn.gxnews.portal.article.WordingMatcherBenchmark
