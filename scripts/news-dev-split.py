#!/usr/bin/env python3
"""Print the dev or test part of news-dev (the rule in docs/intelligence.md), one path per line.

usage: news-dev-split.py dev|test [DOCS_DIR]"""
import hashlib, os, sys

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

if __name__ == "__main__":
    if len(sys.argv) < 2 or sys.argv[1] not in ("dev", "test"):
        sys.exit(__doc__)
    folder = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(__file__), "../../shared/datasets/news-dev/docs")
    names = sorted(n for n in os.listdir(folder) if n.endswith(".txt"))
    for name, part in sorted(split(names).items()):
        if part == sys.argv[1]:
            print(os.path.join(folder, name))
