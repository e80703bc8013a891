#!/usr/bin/env bash
# Issue 9's figure: one school's year-end submission, 2,000 students x every subject of grade 9 in
# one bulk request, accepted and computed in <= 5 s through the gateway, with the same request sent
# to student-record-service directly as the baseline of the same run. Needs the local platform:
#
#   ./platform-local --detach                   # once; see deploy/local/README.md
#   bench/run-year-end-submission-bench.sh      # WARMUP=2 ROUNDS=5
#
# The first run enrols the 2,000 students (S311003, 2024-2025, classes 9B01..9B50) through the
# students import. Writes bench/results/year-end-submission.md; exits 1 when the goal is missed.
# Sends traffic to the local platform on loopback only.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/bench-main.sh
run_bench_main -Xmx1g -- vn.edu.platform.bench.records.YearEndSubmissionBenchmark \
  bench/results/year-end-submission.md
