#!/usr/bin/env bash
# Issue 9's signing figures through student-record-service's API: the principal signs 2,000
# records at baseline-LT in one job in <= 4 s (from the one-time code to the job completed), with
# the homeroom teacher's class jobs of 40 as the baseline of the same run; one record's signatures
# verified with their report in <= 10 ms (through the gateway and direct, a plain read beside it).
# Needs the local platform:
#
#   ./platform-local --detach                   # once; see deploy/local/README.md
#   bench/run-bulk-signing-bench.sh             # WARMUP=1 ROUNDS=3
#
# Every round enrols, enters and signs a cohort of its own (S311003, 2024-2025, classes 9S<k>-nn),
# about a minute each. Writes bench/results/bulk-signing.md; exits 1 when a goal is missed.
# Sends traffic to the local platform on loopback only.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/bench-main.sh
run_bench_main -Xmx1g -- vn.edu.platform.bench.records.BulkSigningBenchmark \
  bench/results/bulk-signing.md
