#!/usr/bin/env bash
# Load benchmark of the API with wrk, on SQLite and on a throwaway PostgreSQL, against loopback only.
# Reads: each endpoint's throughput is also given as a ratio to /livez (no database) measured in the same run,
# so figures from different machines can be compared.
# Writes: WRITERS connections with an API token create action items and change assessments (writes.lua);
# answers are counted per status, and the server log is searched for "database is locked".
#
#   bench/load/run.sh [seconds-per-endpoint] [connections] [writers]
#   LOAD_ONLY=writes bench/load/run.sh 5     # the write path alone
#
# Prints Markdown tables; paste them into docs/benchmarks.md with the machine, the date and `uptime`.
set -euo pipefail
cd "$(dirname "$0")/../.."

duration=${1:-10}
connections=${2:-64}
writers=${3:-32}
only=${LOAD_ONLY:-all}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }

work=$(mktemp -d)
server_pid=""
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
pg_data=""
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
  if [ -n "$pg_data" ]; then
    run_pg "$pg_bin/pg_ctl" -D "$pg_data" -m immediate stop >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

run_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

dotnet build src/Entente -c Release -nologo -clp:ErrorsOnly >/dev/null
entente="dotnet src/Entente/bin/Release/net10.0/entente.dll"

# One wrk run; prints "requests/s p50-ms p99-ms errors". A 3-second run first, not counted, warms the endpoint
# (JIT, EF Core's query compilation, the read cache): a server answers for weeks, so its first second is not its p99.
# Further arguments go to wrk (a header, for a signed-in caller).
measure() {
  local url=$1; shift
  wrk -t2 -c"$connections" -d3s "$@" "$url" > /dev/null
  wrk -t2 -c"$connections" -d"${duration}s" --latency "$@" "$url" > "$work/wrk.txt"
  python3 - "$work/wrk.txt" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
def ms(label):
    m = re.search(rf"^\s+{label}%\s+([\d.]+)(us|ms|s)\s*$", text, re.M)
    value, unit = float(m.group(1)), m.group(2)
    return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
errors = sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", text))
non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
errors += int(non2xx.group(1)) if non2xx else 0
print(f"{rps:.0f} {ms('50'):.2f} {ms('99'):.2f} {errors}")
PY
}

# The write path: WRITERS threads of one connection each, so each can keep the version of the assessment it owns.
# Prints one table row; "409" counts edits refused as stale (expected only if two writers shared a record).
bench_writes() {
  local label=$1 db=$2 base=$3
  echo "Bench-Password-4-load" | ENTENTE_DB="$db" $entente users add bench-editor --party RU --role editor --password-stdin >/dev/null
  local token; token=$(ENTENTE_DB="$db" $entente users token bench-editor --name load --scope write | tail -n 1)
  local ids; ids=$(curl -sf -H "Authorization: Bearer $token" "$base/api/commitments" | python3 -c 'import json,sys; print(" ".join(str(c["id"]) for c in json.load(sys.stdin)))')
  wrk -t"$writers" -c"$writers" -d"${duration}s" --timeout 30s --latency "$base/livez" > "$work/wrk.txt"
  read -r live_rps _ live_p99 _ < <(summarise "$work/wrk.txt")
  wrk -t"$writers" -c"$writers" -d"${duration}s" --timeout 30s --latency -s bench/load/writes.lua "$base" -- "$token" $ids > "$work/writes.txt"
  read -r rps p50 p99 socket_errors < <(summarise "$work/writes.txt")
  python3 - "$work/writes.txt" "$work/server-$label.log" "$label" "$rps" "$p50" "$p99" "$socket_errors" "$live_rps" "$live_p99" <<'PY'
import re, sys
text, log = open(sys.argv[1]).read(), open(sys.argv[2], errors="replace").read()
label, rps, p50, p99, socket_errors, live_rps, live_p99 = sys.argv[3], float(sys.argv[4]), sys.argv[5], float(sys.argv[6]), int(sys.argv[7]), float(sys.argv[8]), float(sys.argv[9])
statuses = {m.group(1): int(m.group(2)) for m in re.finditer(r"^STATUS (.+?) (\d+)$", text, re.M)}
ok = sum(n for k, n in statuses.items() if k.split()[1] in ("200", "201"))
conflicts = sum(n for k, n in statuses.items() if k.split()[1] == "409")
# wrk counts non-2xx as errors in summarise(); here the per-status counts say which.
failed = sum(n for k, n in statuses.items() if k.split()[1] not in ("200", "201", "409"))
locked = len(re.findall(r"database is locked|SQLITE_BUSY", log))
detail = ", ".join(f"{k}: {n}" for k, n in sorted(statuses.items()))
print(f"| {label} | {rps:.0f} | {rps / live_rps:.3f} | {p50} | {p99:.2f} | {p99 / max(live_p99, 0.01):.1f} | {ok} | {conflicts} | {failed + socket_errors} | {locked} | {detail} |")
PY
}

# wrk's summary as "requests/s p50-ms p99-ms socket-and-status-errors".
summarise() {
  python3 - "$1" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
def ms(label):
    m = re.search(rf"^\s+{label}%\s+([\d.]+)(us|ms|s)\s*$", text, re.M)
    value, unit = float(m.group(1)), m.group(2)
    return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
errors = sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", text))
print(f"{rps:.0f} {ms('50'):.2f} {ms('99'):.2f} {errors}")
PY
}

bench() {
  local label=$1 db=$2
  local port; port=$(free_port)
  # The per-user API limit would measure the limiter, not the database: off for the benchmark.
  Entente__RateLimits__ApiPerUser=0 ENTENTE_DB="$db" $entente serve --urls "http://127.0.0.1:$port" > "$work/server-$label.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.5; done
  local base="http://127.0.0.1:$port"
  if [ "$only" = "writes" ]; then
    bench_writes "$label" "$db" "$base" >> "$work/writes-table.md"
    kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=""
    return
  fi

  local id; id=$(curl -sf "$base/api/agreements" | python3 -c 'import json,sys; print([a["id"] for a in json.load(sys.stdin) if a["clauseCount"]>0][0])')
  local baseline=""
  for path in /livez /healthz /api/agreements "/api/agreements/$id" "/api/agreements/$id/provisions" /api/indicators \
      "/api/search?q=trade" "/api/search?q=%D1%81%D0%BE%D1%82%D1%80%D1%83%D0%B4%D0%BD%D0%B8%D1%87%D0%B5%D1%81%D1%82%D0%B2%D0%BE" "/agreements/$id"; do
    read -r rps p50 p99 errors < <(measure "$base$path")
    [ -z "$baseline" ] && baseline=$rps
    ratio=$(python3 -c "print(f'{$rps/$baseline:.2f}')")
    echo "| $label | \`GET $path\` | $rps | $ratio | $p50 | $p99 | $errors |"
  done
  # A signed-in user's search: answers that depend on the user's Party are never kept, so this is the search itself.
  echo "Bench-Password-4-load" | ENTENTE_DB="$db" $entente users add bench-reader --party AZ --role viewer --password-stdin >/dev/null
  local reader; reader=$(ENTENTE_DB="$db" $entente users token bench-reader --name load-read --scope read | tail -n 1)
  for path in "/api/search?q=trade" "/api/search?q=%D1%81%D0%BE%D1%82%D1%80%D1%83%D0%B4%D0%BD%D0%B8%D1%87%D0%B5%D1%81%D1%82%D0%B2%D0%BE"; do
    read -r rps p50 p99 errors < <(measure "$base$path" -H "Authorization: Bearer $reader")
    ratio=$(python3 -c "print(f'{$rps/$baseline:.2f}')")
    echo "| $label | \`GET $path\` (signed in) | $rps | $ratio | $p50 | $p99 | $errors |"
  done
  bench_writes "$label" "$db" "$base" >> "$work/writes-table.md"
  kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=""
}

echo "wrk: 2 threads, $connections connections, ${duration}s per endpoint; writes: $writers connections; $(nproc) cores; $(date -u +%Y-%m-%d); $(uptime | sed 's/.*load/load/')"
echo
if [ "$only" != "writes" ]; then
  echo "| database | endpoint | requests/s | ratio to /livez | p50 ms | p99 ms | errors |"
  echo "| --- | --- | ---: | ---: | ---: | ---: | ---: |"
fi
bench sqlite "sqlite:$work/entente.db"

if [ -n "$pg_bin" ]; then
  pg_data="$work/pg"; mkdir -p "$pg_data"
  [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$work" "$pg_data"
  pg_port=$(free_port)
  run_pg "$pg_bin/initdb" -D "$pg_data" -U postgres -A trust -E UTF8 --no-sync >/dev/null
  run_pg "$pg_bin/pg_ctl" -D "$pg_data" -l "$pg_data/log" -o "-p $pg_port -c listen_addresses=127.0.0.1 -k $pg_data" -w start >/dev/null
  bench postgres "Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=postgres"
fi

echo
echo "Writes ($writers connections, each creating action items and changing its own assessment; ratios against /livez with the same connections):"
echo
echo "| database | writes/s | ratio to /livez | p50 ms | p99 ms | p99 ÷ /livez p99 | 2xx | 409 | errors | \"database is locked\" in log | answers |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |"
cat "$work/writes-table.md"
