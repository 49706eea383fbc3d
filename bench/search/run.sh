#!/usr/bin/env bash
# Search at scale: builds a database of documents cut from ../shared (corpus + ToTA) through Entente's save
# path, rebuilds the index, and times queries through Entente and through the bare engine.
#
#   bench/search/run.sh [--documents 100000] [--repeat 20] [--db sqlite:/path.db | postgres://…]
#
# Prints a Markdown report; paste it into docs/benchmarks.md with the machine, the date and the load.
# Skips, saying so, when the shared texts are absent.
set -euo pipefail
cd "$(dirname "$0")/../.."
shared=${ENTENTE_SHARED:-$(cd .. && pwd)/shared}
if [ ! -d "$shared/corpus" ] && [ ! -d "$shared/datasets/tota" ]; then
  [ -d /work/shared ] && export ENTENTE_SHARED=/work/shared || { echo "Search benchmark skipped: no shared corpus or ToTA texts at $shared (set ENTENTE_SHARED)."; exit 0; }
fi
dotnet run -c Release --project bench/Entente.Search.Benchmarks -- "$@"
