#!/usr/bin/env bash
# Builds the import framework and runs the 1,000,000-row CSV import benchmark with a 256 MiB heap.
# Writes bench/results/import-1m-csv.md. See bench/README.md.
#
#   bench/run-import-bench.sh                 # 1,000,000 rows
#   ROWS=100000 bench/run-import-bench.sh     # a quicker run
#   BENCH_MAVEN_FLAGS=-o bench/run-import-bench.sh   # offline build
set -euo pipefail
cd "$(dirname "$0")/.."

. bench/bench-main.sh
ROWS="${ROWS:-1000000}"
OUT="${OUT:-bench/results/import-1m-csv.md}"
run_bench_main -Xmx256m -XX:+UseG1GC -Duser.timezone=Asia/Ho_Chi_Minh -- \
  vn.edu.platform.bench.imports.ImportBenchmark --rows="$ROWS" --out="$OUT"
