#!/usr/bin/env bash
# Scores the written rounds (eval/rounds/*: texts invented for this project, with gold written by reading) and, if given,
# news-dev's dev and test parts, with one entente build:
#
#   scripts/score-rounds.sh ENTENTE_DIR [OUT_DIR]
#
# ENTENTE_DIR holds a built `entente` (for instance `dotnet build src/Entente -c Release -o /tmp/ent`). A fresh SQLite
# database in OUT_DIR gets the corpus (../shared/corpus) so that clause links can be made; each round's
# `entente extract --json` output and its score_news.py summary are written to OUT_DIR. Run it with two builds and diff the
# summaries to compare them on the same texts.
set -euo pipefail
entente_dir=${1:?usage: scripts/score-rounds.sh ENTENTE_DIR [OUT_DIR]}
out=${2:-$(mktemp -d)}
here=$(cd "$(dirname "$0")/.." && pwd)
shared=${ENTENTE_SHARED:-$here/../shared}
if [ ! -f "$shared/tools/score_news.py" ] || [ ! -d "$shared/corpus" ]; then
    echo "score-rounds: $shared/tools/score_news.py and $shared/corpus are needed (set ENTENTE_SHARED)" >&2
    exit 2
fi

mkdir -p "$out"
db="$out/with-corpus.db"
rm -f "$db"
"$entente_dir/entente" db migrate --db "sqlite:$db" > /dev/null
"$entente_dir/entente" ingest "$shared"/corpus/*.txt --db "sqlite:$db" > /dev/null 2>&1

for round in "$here"/eval/rounds/*/; do
    name=$(basename "$round")
    "$entente_dir/entente" extract "$round"docs/*.txt --json --db "sqlite:$db" > "$out/$name.json" 2> /dev/null
    python3 "$shared/tools/score_news.py" "$out/$name.json" "$round"gold.json > "$out/$name.txt"
    echo "== round $name"; cat "$out/$name.txt"
done

news_dev="$shared/datasets/news-dev/docs"
if [ -d "$news_dev" ]; then
    for part in dev test; do
        mapfile -t files < <(python3 "$here/scripts/news-dev-split.py" "$part" "$news_dev" --gold "$out/news-dev-$part-gold.json")
        "$entente_dir/entente" extract "${files[@]}" --json --db "sqlite:$db" > "$out/news-dev-$part.json" 2> /dev/null
        python3 "$shared/tools/score_news.py" "$out/news-dev-$part.json" "$out/news-dev-$part-gold.json" > "$out/news-dev-$part.txt"
        echo "== news-dev $part"; cat "$out/news-dev-$part.txt"
    done
fi
echo "outputs in $out"
