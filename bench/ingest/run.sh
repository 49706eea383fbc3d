#!/usr/bin/env bash
# Ingest at scale, timed as users run it: the Release build of `entente ingest` as a process, into a fresh SQLite
# file and into a throwaway PostgreSQL server, on the 300 ToTA treaties and on generated news-sized texts.
#
#   bench/ingest/run.sh [--baseline DIR] [--baseline-tota 60] [--tota N] [--news N] [--only sqlite|postgres] [--jobs N]
#
#   --baseline       also time an older checkout (e.g. `git worktree add /work/bench-base 869d6c4`), and this one, on
#                    the first --baseline-tota ToTA treaties (the old code is slow), into the same kinds of database
#   --tota / --news  how many ToTA treaties (default 300) and generated news texts (default 10000) this checkout
#                    ingests; 0 skips the set
#
# Prints one Markdown table row per run: wall time, documents/s, first-1000 and last-1000 rates (per line of
# output, one line per stored document), bytes read, database size and its ratio to them, the growth (size after
# the ingest less the migrated empty database: PostgreSQL's catalog alone is about 7.5 MB) to the bytes read, peak
# RSS (/usr/bin/time -v).
# Skips, saying so, when the ToTA texts are absent (../shared beside the repository, or $ENTENTE_SHARED).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
baseline=""
baseline_tota=60
tota=300
news=10000
only=""
jobs=()
while [ $# -gt 0 ]; do
  case "$1" in
    --baseline) baseline=$(cd "$2" && pwd); shift 2 ;;
    --baseline-tota) baseline_tota=$2; shift 2 ;;
    --tota) tota=$2; shift 2 ;;
    --news) news=$2; shift 2 ;;
    --only) only=$2; shift 2 ;;
    --jobs) jobs=(--jobs "$2"); shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
shared=${ENTENTE_SHARED:-$(cd "$here/../../.." && pwd)/shared}
work=$(mktemp -d /tmp/entente-ingest-bench.XXXXXX)
chmod 755 "$work"
trap 'stop_postgres; rm -rf "$work"' EXIT

# Builds a checkout's Release and prints the path of its entente.dll.
build() {
  dotnet build "$1/src/Entente" -c Release -nologo -clp:ErrorsOnly >&2
  find "$1/src/Entente/bin/Release" -name entente.dll | head -1
}

# The first N ToTA treaties, in their numbering order, copied into a folder of their own.
tota_subset() { # N folder
  mkdir -p "$2"
  # sed reads the whole list (head would close the pipe early, and pipefail would end the script on sort's SIGPIPE).
  find "$shared/datasets/tota" -name 'pta_*.xml' | sort -V | sed -n "1,$1p" | xargs -I{} cp {} "$2/"
}

if [ ! -d "$shared/datasets/tota" ]; then
  echo "ToTA skipped: no $shared/datasets/tota (set ENTENTE_SHARED)" >&2
  tota=0
  baseline=""
fi
inputs_tota="$work/tota"
[ "$tota" -gt 0 ] && tota_subset "$tota" "$inputs_tota"
inputs_news="$work/news"
[ "$news" -gt 0 ] && python3 "$here/news.py" "$inputs_news" "$news"

pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
pg_data=""
start_postgres() {
  pg_data="$work/pg"
  mkdir -p "$pg_data" && chown postgres:postgres "$pg_data"
  pg_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  su postgres -c "$pg_bin/initdb -D $pg_data -U postgres -A trust -E UTF8 --no-sync --no-instructions" >/dev/null
  su postgres -c "$pg_bin/pg_ctl -D $pg_data -l $pg_data/server.log -o '-p $pg_port -k /tmp -c listen_addresses=127.0.0.1' -w start" >/dev/null
}
stop_postgres() {
  if [ -n "$pg_data" ] && [ -f "$pg_data/postmaster.pid" ]; then
    su postgres -c "$pg_bin/pg_ctl -D $pg_data -m fast -w stop" >/dev/null || true
  fi
}

# Bytes the database takes: the SQLite file with its journal, or PostgreSQL's pg_database_size.
database_size() { # provider set
  if [ "$1" = sqlite ]; then
    du -cb "$work/$2.db"* | tail -1 | cut -f1
  else
    psql -h 127.0.0.1 -p "$pg_port" -U postgres -tAc "SELECT pg_database_size('bench_$2')"
  fi
}

# One timed run: prints a table row.
run() { # label entente.dll set provider folder
  local label=$1 entente=$2 set=$3 provider=$4 folder=$5 db size
  local count bytes
  count=$(find "$folder" -type f | wc -l)
  bytes=$(du -cb "$folder"/* | tail -1 | cut -f1)
  if [ "$provider" = sqlite ]; then
    rm -f "$work/$set.db"*
    db="sqlite:$work/$set.db"
  else
    [ -z "$pg_data" ] && start_postgres
    psql -h 127.0.0.1 -p "$pg_port" -U postgres -qc "DROP DATABASE IF EXISTS bench_$set" >/dev/null
    psql -h 127.0.0.1 -p "$pg_port" -U postgres -qc "CREATE DATABASE bench_$set" >/dev/null
    db="postgres://postgres@127.0.0.1:$pg_port/bench_$set"
  fi
  dotnet "$entente" db migrate --no-sample --db "$db" >/dev/null
  local empty
  empty=$(database_size "$provider" "$set")
  local load
  load=$(cut -d' ' -f1-3 /proc/loadavg)
  local started
  started=$(date +%s.%N)
  # Each output line (one per stored document) gets its arrival time, for the first- and last-1000 rates.
  local options=()
  [ "$label" = new ] && options=("${jobs[@]}")
  CI=true /usr/bin/time -v -o "$work/time.txt" dotnet "$entente" ingest "$folder" --db "$db" "${options[@]}" \
    2>"$work/stderr.txt" | python3 -c '
import sys, time
for line in sys.stdin:
    print(f"{time.time():.3f} {line}", end="")' >"$work/lines.txt" || true
  local ended
  ended=$(date +%s.%N)
  size=$(database_size "$provider" "$set")
  python3 - "$work/lines.txt" "$started" "$ended" "$count" "$bytes" "$size" "$empty" "$work/time.txt" "$label" "$set" "$provider" "$load" <<'PY'
import re, sys
lines_path, started, ended, count, read, size, empty, time_path, label, set_, provider, load = sys.argv[1:]
started, ended, count, read, size, empty = float(started), float(ended), int(count), int(read), int(size), int(empty)
stamps = [float(l.split(" ", 1)[0]) for l in open(lines_path) if re.match(r"^\S+ (added|attached|unchanged|failed) ", l)]
summary = [l.split(" ", 1)[1].strip() for l in open(lines_path) if "document(s):" in l]
rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", open(time_path).read()).group(1)) / 1024
wall = ended - started
def rate(chunk):
    if len(stamps) < 2 * chunk:
        return "–"
    first = chunk / (stamps[chunk - 1] - started)
    last = chunk / (stamps[-1] - stamps[-chunk - 1])
    return f"{first:.1f} / {last:.1f}"
chunk = 1000 if len(stamps) >= 2000 else max(1, len(stamps) // 5)
print(f"| {label} | {set_} ({count}) | {provider} | {wall:.1f} s | {len(stamps) / wall:.1f} | {chunk}: {rate(chunk)} | "
      f"{read / 1e6:.1f} MB | {size / 1e6:.1f} MB ({size / read:.2f}×) | {(size - empty) / read:.2f}× | {rss:.0f} MB | {load} |")
print(f"<!-- {summary[0] if summary else 'no summary: see stderr'} -->")
PY
  if [ -s "$work/stderr.txt" ]; then sed 's/^/    stderr: /' "$work/stderr.txt" | tail -3 >&2; fi
}

new=$(build "$repo")
old=""
if [ -n "$baseline" ]; then
  old=$(build "$baseline")
  tota_subset "$baseline_tota" "$work/tota$baseline_tota"
fi
echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); $(date -u '+%Y-%m-%d %H:%M UTC'); new = $(git -C "$repo" rev-parse --short HEAD)${baseline:+, old = $(git -C "$baseline" rev-parse --short HEAD)}"
echo
echo "| code | set | database | wall | docs/s | first / last N: docs/s | read | database size | growth | peak RSS | load before |"
echo "| --- | --- | --- | ---: | ---: | --- | ---: | ---: | ---: | ---: | --- |"
for provider in sqlite postgres; do
  [ -n "$only" ] && [ "$only" != "$provider" ] && continue
  if [ -n "$old" ]; then
    run old "$old" "tota$baseline_tota" "$provider" "$work/tota$baseline_tota"
    run new "$new" "tota$baseline_tota" "$provider" "$work/tota$baseline_tota"
  fi
  [ "$tota" -gt 0 ] && run new "$new" tota "$provider" "$inputs_tota"
  [ "$news" -gt 0 ] && run new "$new" news "$provider" "$inputs_news"
done
