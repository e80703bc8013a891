#!/usr/bin/env bash
# Issue 7's gateway figure: the same authenticated GET, sent directly to plan-service and through
# the gateway, alternately, for ROUNDS rounds; the ratio gateway/direct per round and its median.
# Needs the local platform (any size; the figures in bench/README.md are on --size full) and wrk:
#
#   apt-get install -y wrk                    # Debian/Ubuntu; brew install wrk on macOS
#   ./platform-local --size full --detach     # once; see deploy/local/README.md
#   bench/run-gateway-overhead-bench.sh       # ROUNDS=3 DURATION_SECONDS=20 WARMUP_SECONDS=10 CONNECTIONS=16
#
# Writes bench/results/gateway-overhead.md. Sends traffic to the local platform on loopback only.
set -euo pipefail
cd "$(dirname "$0")/.."

ROUNDS="${ROUNDS:-3}"
SECONDS_PER_RUN="${DURATION_SECONDS:-20}"
WARMUP_SECONDS="${WARMUP_SECONDS:-10}"
CONNECTIONS="${CONNECTIONS:-16}"
THREADS="${THREADS:-2}"
USER_NAME="${BENCH_USER:-gv.s311002}"
PATH_UNDER_TEST="${BENCH_PATH:-/api/v1/org-units/S311002}"
DIRECT="${DIRECT_URL:-http://127.0.0.1:8081}"
GATEWAY="${GATEWAY_URL:-http://127.0.0.1:8080}"
OUT="bench/results/gateway-overhead.md"

for url in "$DIRECT" "$GATEWAY"; do
  case "$url" in
    http://127.0.0.1:*|http://localhost:*) ;;
    *) echo "Only the local platform on loopback is measured, not $url" >&2; exit 2 ;;
  esac
done
if ! command -v wrk > /dev/null; then
  echo "wrk is missing: apt-get install -y wrk (Debian/Ubuntu) or brew install wrk (macOS)" >&2
  exit 2
fi

# Keycloak's access tokens of the local realm live 5 minutes: the whole run has to fit in one
total=$(( 2 * WARMUP_SECONDS + 2 * ROUNDS * SECONDS_PER_RUN ))
if [ "$total" -gt 270 ]; then
  echo "ROUNDS, DURATION_SECONDS and WARMUP_SECONDS add up to $total s; one token lives 300 s" >&2
  exit 2
fi

# one token for every request of every round, so that both sides see exactly the same request
TOKEN="$(./platform-local token "$USER_NAME" | tail -n 1)"
for base in "$DIRECT" "$GATEWAY"; do
  status=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "$base$PATH_UNDER_TEST")
  if [ "$status" != 200 ]; then
    echo "$base$PATH_UNDER_TEST answered $status, not 200: is the local platform running?" >&2
    exit 1
  fi
done

# the process listening on a local port (Linux: ss), and its CPU time so far in clock ticks; the
# CPU columns are left out where either is unavailable (another OS, a port of another user)
pid_on_port() {
  command -v ss > /dev/null || return 0
  ss -ltnpH "sport = :${1##*:}" 2> /dev/null | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -n 1
}
cpu_ticks() {
  if [ -n "$1" ] && [ -r "/proc/$1/stat" ]; then
    # utime + stime; the command name (field 2) has no spaces for a JVM
    awk '{print $14 + $15}' "/proc/$1/stat"
  else
    echo ""
  fi
}
TICKS_PER_SECOND=$(getconf CLK_TCK 2> /dev/null || echo 100)
SERVICE_PID=$(pid_on_port "$DIRECT")
GATEWAY_PID=$(pid_on_port "$GATEWAY")

# CPU microseconds per request of a process between two tick readings
per_request() {
  local before="$1" after="$2" requests="$3"
  if [ -z "$before" ] || [ -z "$after" ] || [ "$requests" -eq 0 ]; then
    echo "n/a"
  else
    awk -v b="$before" -v a="$after" -v n="$requests" -v hz="$TICKS_PER_SECOND" \
      'BEGIN {printf "%.0f", (a - b) * 1000000 / hz / n}'
  fi
}

# "requests/s requests" of one wrk run; a run with socket errors or non-2xx answers fails the bench
measure() {
  local url="$1" duration="$2" output
  output=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${duration}s" --latency \
    -H "Authorization: Bearer $TOKEN" "$url$PATH_UNDER_TEST")
  if grep -qE 'Non-2xx|Socket errors' <<< "$output"; then
    echo "wrk reported errors for $url:" >&2
    echo "$output" >&2
    exit 1
  fi
  awk '/^Requests\/sec:/ {rps = $2} / requests in / {n = $1} END {printf "%.0f %d", rps, n}' <<< "$output"
}

echo "Warm-up: ${WARMUP_SECONDS} s each side"
measure "$DIRECT" "$WARMUP_SECONDS" > /dev/null
measure "$GATEWAY" "$WARMUP_SECONDS" > /dev/null

rows=()
ratios=()
for round in $(seq 1 "$ROUNDS"); do
  s0=$(cpu_ticks "$SERVICE_PID")
  read -r direct direct_n <<< "$(measure "$DIRECT" "$SECONDS_PER_RUN")"
  s1=$(cpu_ticks "$SERVICE_PID"); g1=$(cpu_ticks "$GATEWAY_PID")
  read -r gateway gateway_n <<< "$(measure "$GATEWAY" "$SECONDS_PER_RUN")"
  s2=$(cpu_ticks "$SERVICE_PID"); g2=$(cpu_ticks "$GATEWAY_PID")
  direct_cpu=$(per_request "$s0" "$s1" "$direct_n")
  via_cpu=$(per_request "$s1" "$s2" "$gateway_n")
  gateway_cpu=$(per_request "$g1" "$g2" "$gateway_n")
  ratio=$(awk -v g="$gateway" -v d="$direct" 'BEGIN {printf "%.2f", g / d}')
  echo "round $round: direct $direct req/s (service ${direct_cpu} us/req), gateway $gateway req/s (gateway ${gateway_cpu} us/req, service ${via_cpu} us/req), ratio $ratio"
  rows+=("| $round | $direct | $direct_cpu | $gateway | $gateway_cpu | $via_cpu | $ratio |")
  ratios+=("$ratio")
done
median=$(printf '%s\n' "${ratios[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}')
echo "median ratio: $median"

mkdir -p bench/results
{
  echo "# Gateway overhead: plan-service directly and through the gateway"
  echo
  echo "Written by \`bench/run-gateway-overhead-bench.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC')."
  echo
  echo "\`GET $PATH_UNDER_TEST\` with one token of \`$USER_NAME\` (JWT validated by the gateway and by"
  echo "the service), wrk with $CONNECTIONS connections and $THREADS threads, ${SECONDS_PER_RUN} s per run after"
  echo "${WARMUP_SECONDS} s of warm-up per side; direct and gateway runs alternate, so both see the same"
  echo "background load."
  echo
  echo "| round | direct (req/s) | service CPU (µs/req) | through the gateway (req/s) | gateway CPU (µs/req) | service CPU (µs/req) | ratio |"
  echo "|---|---|---|---|---|---|---|"
  printf '%s\n' "${rows[@]}"
  echo
  echo "Median ratio: **$median**"
  echo
  echo "Machine: $(nproc) cores ($(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)),"
  echo "$(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo) RAM, $(uname -sr), $(wrk --version 2>&1 | head -n 1 | cut -d' ' -f1-2),"
  echo "load average at the end $(cut -d' ' -f1-3 /proc/loadavg). wrk, the gateway, plan-service,"
  echo "PostgreSQL and Keycloak share these cores, so absolute figures are low; the ratio is the figure."
  echo "CPU columns: user + system time of the process (\`/proc/<pid>/stat\`) during the run, divided by"
  echo "the requests wrk completed; they say what a request costs each process whatever else runs."
} > "$OUT"
echo "Wrote $OUT"
