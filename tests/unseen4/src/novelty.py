#!/usr/bin/env python3
"""Name and shingle check: no name used in a check and no 6-word shingle of the case texts may occur in the dev
articles, the dev and seed gold, the seeds or the pattern cases. Prints every hit; real countries, cities,
crossings and well-known bodies are expected to be shared, persons and invented names are not.

usage: python3 novelty.py [SHARED_DIR]   (default ../../../../shared, i.e. the worktree's sibling)
"""
import glob
import json
import os
import re
import sys
import unicodedata

from articles import ARTICLES
from kinds import KINDS


def norm(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    s = re.sub(r"[’‘'`]", "", s)
    s = re.sub(r"[^\w]+", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def strings(x):
    if isinstance(x, str):
        yield x
    elif isinstance(x, dict):
        for v in x.values():
            yield from strings(v)
    elif isinstance(x, list):
        for v in x:
            yield from strings(v)


def shingles(text, n=6):
    w = norm(text).split()
    return {" ".join(w[i:i + n]) for i in range(len(w) - n + 1)}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    shared = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "..", "..", "..", "shared")
    ev = os.path.join(shared, "eval")
    sources = {}
    for p in sorted(glob.glob(os.path.join(ev, "dev", "articles", "*.txt")) + glob.glob(os.path.join(shared, "seeds", "*.txt"))):
        sources[os.path.relpath(p, shared)] = [open(p, encoding="utf-8").read()]
    for p in [os.path.join(ev, "dev", "dev.gold.json"), os.path.join(ev, "seeds.gold.json"),
              os.path.join(ev, "patterns", "cases.json")]:
        sources[os.path.relpath(p, shared)] = list(strings(json.load(open(p, encoding="utf-8"))))
    assert len(sources) >= 24 + 5 + 3, "shared sources not found"
    ext_text = {k: " " + " ".join(norm(s) for s in v) + " " for k, v in sources.items()}
    ext_sh = {}
    for k, v in sources.items():
        for s in v:
            for sh in shingles(s):
                ext_sh.setdefault(sh, k)

    cases = KINDS + ARTICLES
    names = set()
    for c in cases:
        for k in ["entities", "no_entities", "edges", "no_edges", "same_node", "distinct_nodes"]:
            for row in c.get(k, []):
                for x in row[1:]:
                    if not x.startswith("*"):
                        names.add(x)
    name_hits = []
    for n in sorted(names):
        where = [k for k, t in ext_text.items() if f" {norm(n)} " in t]
        if where:
            name_hits.append((n, where[:3]))
    # names in the texts that no check uses (persons merely mentioned, media, offices): capitalized runs
    for c in cases:
        for t, x in c["articles"]:
            for m in re.finditer(r"[A-Z][\w’'-]+(?:\s+(?:al-|bin\s+|of\s+the\s+|of\s+)?[A-Z][\w’'-]+)+", (t or "") + ". " + x):
                names.add(m.group(0))
    text_hits = []
    for n in sorted(names):
        if any(f" {norm(n)} " in t for t in ext_text.values()) and n not in dict(name_hits):
            text_hits.append(n)
    sh_hits = []
    for c in cases:
        for t, x in c["articles"]:
            for sh in sorted(shingles(t or "") | shingles(x)):
                if sh in ext_sh:
                    sh_hits.append((c["id"], sh, ext_sh[sh]))
    print(f"{len(names)} check names; {len(name_hits)} occur in the shared sources:")
    for n, w in name_hits:
        print(f"  name  {n!r:45} {', '.join(w)}")
    print(f"{len(text_hits)} further capitalized names of the texts occur there: {', '.join(text_hits)}")
    print(f"{len(sh_hits)} shared 6-word shingles:")
    for i, sh, w in sh_hits:
        print(f"  {i:5} {sh!r:60} {w}")


if __name__ == "__main__":
    main()
