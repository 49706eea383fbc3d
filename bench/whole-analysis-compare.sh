#!/usr/bin/env bash
# Whole-analysis throughput of two builds of `entente`, side by side in one run: each runs
# `entente extract FILES --json` over the same inputs, alternately, ROUNDS times; MB/s per core is input bytes over
# the process's CPU time (user + system), which a loaded machine disturbs less than wall time.
#
# usage: bench/whole-analysis-compare.sh BASE_ENTENTE NEW_ENTENTE [ROUNDS] [FILES...]
#        (default files: the 300 ToTA treaties in ../shared/datasets/tota)
set -euo pipefail
base=$1; new=$2; rounds=${3:-3}; shift $(( $# < 3 ? $# : 3 ))
here=$(cd "$(dirname "$0")/.." && pwd)
if [ $# -eq 0 ]; then set -- "${ENTENTE_SHARED:-$here/../shared}"/datasets/tota/*.xml; fi
bytes=$(cat "$@" | wc -c)
echo "input: $# files, $bytes bytes; $(date -u +%FT%TZ); load $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores"
for round in $(seq "$rounds"); do
  for build in base new; do
    binary=$base; [ "$build" = new ] && binary=$new
    times=$( { /usr/bin/time -f "%U %S %e" "$binary" extract "$@" --json > /dev/null; } 2>&1 | tail -1)
    read -r user sys wall <<< "$times"
    awk -v b="$bytes" -v u="$user" -v s="$sys" -v w="$wall" -v n="$build" -v r="$round" \
      'BEGIN { printf "round %d %-4s cpu %6.2f s  wall %6.2f s  %6.2f MB/s per core\n", r, n, u + s, w, b / 1e6 / (u + s) }'
  done
done
