#!/bin/sh
# Storage benchmark: answers persisted per second on SQLite and embedded PostgreSQL, and heap per
# cached idle session (100,000 sessions). Run from the repository root: bot-bench/bench-storage.sh
# Figures and their meaning: docs/perf/storage.md
set -e
cp_file="$(pwd)/bot-bench/target/bench-classpath.txt"
mvn -q -B -pl bot-bench -am package -DskipTests -Dspotless.check.skip \
  dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file"
exec java -Xms2g -Xmx2g -XX:+UseG1GC \
  -cp "bot-bench/target/classes:bot-bench/target/test-classes:$(cat "$cp_file")" \
  dev.starcoach.bench.storage.EmbeddedPostgresBenchmark "$@"
