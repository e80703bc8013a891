# Sourced by the run-*-bench.sh scripts: builds the bench module and the platform modules it uses
# (BENCH_MAVEN_FLAGS, e.g. -o, go to Maven), then runs one of its main classes on a JDK 21+.
#
#   . bench/bench-main.sh
#   run_bench_main -Xmx1g -- vn.edu.platform.bench.records.BulkSigningBenchmark results.md
#
# JVM options come before "--", the main class and its arguments after it. The caller's working
# directory must be the repository root.

. scripts/jdk.sh
select_jdk

run_bench_main() {
  local jvm=()
  while [ "$#" -gt 0 ] && [ "$1" != "--" ]; do
    jvm+=("$1")
    shift
  done
  shift
  local flags="${BENCH_MAVEN_FLAGS:-}"
  # shellcheck disable=SC2086
  ./mvnw -B -q $flags -pl bench -am install -DskipTests -Dspotless.check.skip=true
  # shellcheck disable=SC2086
  ./mvnw -B -q $flags -pl bench dependency:build-classpath \
    -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime
  exec "$JAVA_HOME/bin/java" "${jvm[@]}" \
    -cp "bench/target/classes:$(cat bench/target/classpath.txt)" "$@"
}
