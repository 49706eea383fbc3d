#!/usr/bin/env python3
"""Split news-dev into its dev and test parts by the rule in docs/intelligence.md ("How news-dev is split").

usage: news-split.py DATASET_DIR PART OUT_DIR     (PART: dev | test)
Writes OUT_DIR/files.txt (one document path a line) and OUT_DIR/gold.json (the gold of that part only, so that
score_news.py does not count the other part's documents as missed). Nothing is written into the repository."""
import hashlib, json, os, sys

def in_test(name: str) -> bool:
    return hashlib.sha256(name.encode("utf-8")).digest()[0] < 0x55

# Two events are reported in two languages; each pair follows its English member (news-dev/README.md).
PAIRS = {"d_az_03": "d_en_12", "d_ru_11": "d_en_06"}

def part_of(name: str, names: list[str]) -> str:
    english = PAIRS.get(name[:7])
    if english:
        name = next(n for n in names if n.startswith(english))
    return "test" if in_test(name) else "dev"

def main():
    if len(sys.argv) != 4 or sys.argv[2] not in ("dev", "test"):
        sys.exit(__doc__)
    dataset, part, out = sys.argv[1:]
    names = sorted(os.listdir(os.path.join(dataset, "docs")))
    chosen = [n for n in names if part_of(n, names) == part]
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "files.txt"), "w") as f:
        f.writelines(os.path.join(dataset, "docs", n) + "\n" for n in chosen)
    gold = {}
    for g in sorted(os.listdir(dataset)):
        if g.startswith("gold-") and g.endswith(".json"):
            gold.update(json.load(open(os.path.join(dataset, g)))["docs"])
    with open(os.path.join(out, "gold.json"), "w") as f:
        json.dump({"docs": {k: v for k, v in gold.items() if k in chosen}}, f, ensure_ascii=False)

main()
