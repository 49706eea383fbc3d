#!/usr/bin/env bash
# Entente against chrono-node, compromise and compromise-dates on the gold corpus, in one run:
# installs the peers from npm, runs them with node, then scores everything with Entente's evaluator and prints the table.
# Usage: bench/peers/run.sh   (needs node, npm, the .NET SDK and ../shared/corpus beside the repository)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
shared="${ENTENTE_SHARED:-$(cd "$repo/.." && pwd)/shared}"
gold="$repo/tests/Entente.Text.Tests/Gold"
out="$(mktemp -d)"

(cd "$here" && npm ci --no-audit --no-fund --silent)
node "$here/peers.mjs" "$gold" "$shared/corpus" "$out/peers.json" 20
dotnet run -c Release --project "$repo/bench/Entente.Extraction.Benchmarks" -- compare "$gold" "$shared/corpus" "$out/peers.json" 200
# The same run with tiered compilation off: the fully optimised steady state, which default tiering did not reach here.
DOTNET_TieredCompilation=0 dotnet run -c Release --no-build --project "$repo/bench/Entente.Extraction.Benchmarks" -- compare "$gold" "$shared/corpus" "$out/peers.json" 200 "Entente (TieredCompilation=0)"
rm -rf "$out"
