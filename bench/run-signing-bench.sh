#!/usr/bin/env bash
# Issue 8's benchmarks with JMH: 2,000 record-sized JSON documents signed at baseline-LT in one
# batch (goal <= 4 s), one LT signature per document, baseline-B one at a time as the baseline of
# the same run, and the verification of one document with its full report (goal <= 10 ms).
# Run it on an idle machine (about 3 minutes). Writes bench/results/signing.md; exits 1 when a goal
# is missed.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/bench-main.sh
run_bench_main -Xmx1g -- vn.edu.platform.bench.signing.SigningBenchmarks bench/results/signing.md
