import os
import json, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kinds import K
from articles import Y
cases = K + Y
ids = [c["id"] for c in cases]; assert len(ids) == len(set(ids)) == 85
json.dump({"cases": cases}, open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "cases.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(cases))
