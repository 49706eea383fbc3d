#!/usr/bin/env bash
# Search at scale: builds a database of documents cut from ../shared (corpus + ToTA) through Entente's save
# path, rebuilds the index, and times queries through Entente and through the bare engine.
#
#   bench/search/run.sh [--documents 100000] [--repeat 20] [--db sqlite:/path.db | postgres://…] [--queries-only]
#   (--queries-only: time the queries again on a database an earlier run built with --db)
#
# Prints a Markdown report; paste it into docs/benchmarks.md with the machine, the date and the load.
# Skips, saying so, when the shared texts are absent (../shared beside the repository, or $ENTENTE_SHARED).
set -euo pipefail
cd "$(dirname "$0")/../.."
export ENTENTE_SHARED=${ENTENTE_SHARED:-$(cd .. && pwd)/shared}
if [ ! -d "$ENTENTE_SHARED/corpus" ] && [ ! -d "$ENTENTE_SHARED/datasets/tota" ]; then
  echo "Search benchmark skipped: no corpus or ToTA texts under $ENTENTE_SHARED (set ENTENTE_SHARED to the shared folder)."
  exit 0
fi
dotnet run -c Release --project bench/Entente.Search.Benchmarks -- "$@"
