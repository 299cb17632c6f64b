#!/usr/bin/env python3
"""Writes ../cases.json (format of ../shared/eval/patterns/cases.json) from kinds.py and articles.py."""
import json
import os

from articles import ARTICLES
from kinds import KINDS

KEYS = ["entities", "no_entities", "edges", "no_edges", "same_node", "distinct_nodes"]


def case(d):
    out = {"id": d["id"], "pattern": d["pattern"],
           "articles": [{"title": t, "text": x} for t, x in d["articles"]]}
    for k in KEYS:
        if d.get(k):
            out[k] = d[k]
    if d.get("one_agreement"):
        out["one_agreement"] = True
    return out


def main():
    cases = [case(d) for d in KINDS + ARTICLES]
    ids = [c["id"] for c in cases]
    assert len(ids) == len(set(ids)), "duplicate id"
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "..", "cases.json"), "w", encoding="utf-8") as f:
        json.dump({"cases": cases}, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{len(cases)} cases written ({len(KINDS)} short, {len(ARTICLES)} wire)")


if __name__ == "__main__":
    main()
