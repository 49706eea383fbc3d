#!/usr/bin/env bash
# Load benchmark of the read API with wrk, on SQLite and on a throwaway PostgreSQL, against loopback only.
# Each endpoint's throughput is also given as a ratio to /livez (no database) measured in the same run,
# so figures from different machines can be compared.
#
#   bench/load/run.sh [seconds-per-endpoint] [connections]
#
# Prints a Markdown table; paste it into docs/benchmarks.md with the machine and the date.
set -euo pipefail
cd "$(dirname "$0")/../.."

duration=${1:-10}
connections=${2:-64}
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

# One wrk run; prints "requests/s p50-ms p99-ms errors".
measure() {
  local url=$1
  wrk -t2 -c"$connections" -d"${duration}s" --latency "$url" > "$work/wrk.txt"
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

bench() {
  local label=$1 db=$2
  local port; port=$(free_port)
  ENTENTE_DB="$db" $entente serve --urls "http://127.0.0.1:$port" > "$work/server-$label.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.5; done
  local base="http://127.0.0.1:$port"
  local id; id=$(curl -sf "$base/api/agreements" | python3 -c 'import json,sys; print([a["id"] for a in json.load(sys.stdin) if a["clauseCount"]>0][0])')
  local baseline=""
  for path in /livez /healthz /api/agreements "/api/agreements/$id" "/api/agreements/$id/provisions" /api/indicators "/agreements/$id"; do
    read -r rps p50 p99 errors < <(measure "$base$path")
    [ -z "$baseline" ] && baseline=$rps
    ratio=$(python3 -c "print(f'{$rps/$baseline:.2f}')")
    echo "| $label | \`GET $path\` | $rps | $ratio | $p50 | $p99 | $errors |"
  done
  kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=""
}

echo "wrk: 2 threads, $connections connections, ${duration}s per endpoint; $(nproc) cores; $(date -u +%Y-%m-%d)"
echo
echo "| database | endpoint | requests/s | ratio to /livez | p50 ms | p99 ms | errors |"
echo "| --- | --- | ---: | ---: | ---: | ---: | ---: |"
bench sqlite "sqlite:$work/entente.db"

if [ -n "$pg_bin" ]; then
  pg_data="$work/pg"; mkdir -p "$pg_data"
  [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$work" "$pg_data"
  pg_port=$(free_port)
  run_pg "$pg_bin/initdb" -D "$pg_data" -U postgres -A trust -E UTF8 --no-sync >/dev/null
  run_pg "$pg_bin/pg_ctl" -D "$pg_data" -l "$pg_data/log" -o "-p $pg_port -c listen_addresses=127.0.0.1 -k $pg_data" -w start >/dev/null
  bench postgres "Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=postgres"
fi
