#!/usr/bin/env bash
# Issue 4's benchmark: "tree as of date" and "my tasks" through the gateway at 200 requests/s on
# the full demo province. Needs the local platform running with the full data set:
#
#   ./platform-local --size full --detach     # once; see deploy/local/README.md
#   bench/run-plan-queries-bench.sh           # RATE=200 SECONDS=60 WARMUP_SECONDS=15 PLANS=50
#
# Issue 7's scenario, "my tasks" of a commune that grew: COMMUNE_SCHOOLS=60 first adds 60 schools
# under X11311 (S311B01..S311B60) through the API, with one issued plan of COMMUNE_TASKS=20 tasks
# assigned to all of them (1,200 open assignments), then measures the commune with its schools:
#
#   COMMUNE_SCHOOLS=60 bench/run-plan-queries-bench.sh   # goal: p99 <= 20 ms at 200 req/s
#
# Writes bench/results/plan-queries.md. Sends traffic to the local platform on loopback only.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/bench-main.sh
run_bench_main -Xmx512m -- vn.edu.platform.bench.http.PlanQueriesBenchmark
