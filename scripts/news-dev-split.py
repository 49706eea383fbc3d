#!/usr/bin/env python3
"""Print the dev or test part of news-dev (the one rule in docs/intelligence.md), one path per line.

usage: news-dev-split.py dev|test [DOCS_DIR] [--gold FILE]
--gold FILE also writes that part's gold (from the gold-*.json next to DOCS_DIR) to FILE, so that score_news.py
does not count the other part's documents as missed. Nothing is written into the repository unless FILE is there."""
import hashlib, json, os, sys

PAIRS = {"d_az_03": "d_en_12", "d_ru_11": "d_en_06"}

def split(names):
    side = {}
    for lang in ("en", "ru", "az"):
        part = sorted((n for n in names if n.split("_")[1] == lang), key=lambda n: hashlib.sha256(n.encode()).hexdigest())
        for i, name in enumerate(part):
            side[name] = "test" if i % 3 == 2 else "dev"
    for follower, leader in PAIRS.items():
        lead = next(n for n in names if n.startswith(leader + "_"))
        for n in names:
            if n.startswith(follower + "_"):
                side[n] = side[lead]
    return side

def write_gold(folder, chosen, out):
    dataset = os.path.dirname(os.path.abspath(folder))
    gold = {}
    for g in sorted(os.listdir(dataset)):
        if g.startswith("gold-") and g.endswith(".json"):
            with open(os.path.join(dataset, g), encoding="utf-8") as f:
                gold.update(json.load(f)["docs"])
    with open(out, "w", encoding="utf-8") as f:
        json.dump({"docs": {k: v for k, v in gold.items() if k in chosen}}, f, ensure_ascii=False)

if __name__ == "__main__":
    args = sys.argv[1:]
    gold_out = None
    if "--gold" in args:
        at = args.index("--gold")
        gold_out = args[at + 1]
        del args[at:at + 2]
    if not args or args[0] not in ("dev", "test"):
        sys.exit(__doc__)
    folder = args[1] if len(args) > 1 else os.path.join(os.path.dirname(__file__), "../../shared/datasets/news-dev/docs")
    names = sorted(n for n in os.listdir(folder) if n.endswith(".txt"))
    chosen = [name for name, part in sorted(split(names).items()) if part == args[0]]
    for name in chosen:
        print(os.path.join(folder, name))
    if gold_out:
        write_gold(folder, set(chosen), gold_out)
