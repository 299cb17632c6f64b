import os
HERE = os.path.dirname(os.path.abspath(__file__))
import json, os
cases = []
for f in ["wire1.json", "wire2.json", "short.json"]:
    p = os.path.join(HERE, f)
    if os.path.exists(p): cases += json.load(open(p))
ids = [c["id"] for c in cases]; assert len(ids) == len(set(ids))
tmp = os.path.join(HERE, "..", "cases.json.tmp")
json.dump({"cases": cases}, open(tmp, "w"), ensure_ascii=False, indent=1)
os.replace(tmp, os.path.join(HERE, "..", "cases.json"))
print(len(cases), "cases written")
