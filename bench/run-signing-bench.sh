#!/usr/bin/env bash
# Issue 8's benchmarks with JMH: 2,000 record-sized JSON documents signed at baseline-LT in one
# batch (goal <= 4 s), one LT signature per document, baseline-B one at a time as the baseline of
# the same run, and the verification of one document with its full report (goal <= 10 ms).
# Run it on an idle machine (about 3 minutes). Writes bench/results/signing.md; exits 1 when a goal
# is missed.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/jdk.sh
select_jdk
FLAGS="${BENCH_MAVEN_FLAGS:-}"
# shellcheck disable=SC2086
./mvnw -B -q $FLAGS -pl bench -am install -DskipTests -Dspotless.check.skip=true
# shellcheck disable=SC2086
./mvnw -B -q $FLAGS -pl bench dependency:build-classpath \
  -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime
exec "$JAVA_HOME/bin/java" -Xmx1g -cp "bench/target/classes:$(cat bench/target/classpath.txt)" \
  vn.edu.platform.bench.signing.SigningBenchmarks bench/results/signing.md
