#!/usr/bin/env python3
"""Where the bytes of an Entente SQLite database go, and what compression would save.

Usage: storage.py DB.sqlite
Prints, for stored originals, decoded texts and analysis JSON: their total size as read, as the database holds it
(Entente compresses originals and analyses on SQLite: `StoredCompression.cs`), the size after zlib (level 6, what
.NET's ZLib "Optimal" writes) and after LZMA as a stand-in for a stronger codec, and how much of the analysis JSON
is `text` fields that repeat a slice of the stored text (fields next to a `span`)."""
import base64
import json
import lzma
import sqlite3
import sys
import zlib

db = sqlite3.connect(sys.argv[1])


BYTES_MARKER = b"\0EZ\x01"
TEXT_MARKER = "zlib:"


def as_read(value):
    """The value as Entente reads it, and the bytes the database holds for it."""
    if isinstance(value, bytes):
        return (zlib.decompress(value[len(BYTES_MARKER):]) if value.startswith(BYTES_MARKER) else value), len(value)
    stored = len(value.encode("utf-8"))
    if value.startswith(TEXT_MARKER):
        return zlib.decompress(base64.b64decode(value[len(TEXT_MARKER):])), stored
    return value.encode("utf-8"), stored


def column(sql, sizes=None):
    for (value,) in db.execute(sql):
        if value is not None:
            read, stored = as_read(value)
            if sizes is not None:
                sizes.append(stored)
            yield read


def measure(name, sql):
    raw = packed = strong = count = 0
    held = []
    for value in column(sql, held):
        count += 1
        raw += len(value)
        packed += len(zlib.compress(value, 6))
        strong += len(lzma.compress(value, preset=1))
    print(f"| {name} | {count} | {raw / 1e6:.1f} MB | {sum(held) / 1e6:.1f} MB | {packed / 1e6:.1f} MB ({packed / max(raw, 1):.0%}) | {strong / 1e6:.1f} MB ({strong / max(raw, 1):.0%}) |")
    return raw


def repeated_text(sql):
    total = repeated = 0

    def walk(node):
        nonlocal repeated
        if isinstance(node, dict):
            if "span" in node and isinstance(node.get("text"), str):
                repeated += len(json.dumps(node["text"], ensure_ascii=False).encode("utf-8")) + 9
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for value in column(sql):
        total += len(value)
        walk(json.loads(value))
    return total, repeated


print("| stored | rows | as read | as held | zlib 6 | LZMA |")
print("| --- | ---: | ---: | ---: | ---: | ---: |")
measure("original bytes", "SELECT Bytes FROM SourceDocumentContents")
measure("decoded text", "SELECT Text FROM SourceDocuments")
measure("analysis JSON", "SELECT AnalysisJson FROM SourceDocuments")
total, repeated = repeated_text("SELECT AnalysisJson FROM SourceDocuments")
print()
print(f"`text` fields beside a span in the analysis JSON: {repeated / 1e6:.1f} MB of {total / 1e6:.1f} MB ({repeated / max(total, 1):.0%}).")
print()
print("| table | size |")
print("| --- | ---: |")
try:
    for name, size in db.execute("SELECT name, SUM(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC LIMIT 8"):
        print(f"| {name} | {size / 1e6:.1f} MB |")
except sqlite3.OperationalError as error:
    print(f"| (no dbstat: {error}) | |")
