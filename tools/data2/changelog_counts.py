"""Refresh the counts in data/CHANGELOG.md's 2026-12-02.1 entry from the built CSVs (withdrawn figures, restored figures)."""
import collections, csv, re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
rows = {r["id"]: r for r in csv.DictReader(open(ROOT / "data/facilities.csv", encoding="utf-8"))}
src = list(csv.DictReader(open(ROOT / "data/sources.csv", encoding="utf-8")))
gone = collections.defaultdict(list)
for r in rows.values():
    for m in re.finditer(r"(\w+) withdrawn in 2026-12-02\.1 \(was ", r["internal_notes"]):
        gone[m.group(1)].append(r["id"])
n = m_ = 0
for fid, r in rows.items():
    if int(fid[1:]) >= 167:
        continue
    prim = [s for s in src if s["facility_id"] == fid and s["source_url"] == r["source_url"]]
    for fig, col in (("announced_year", "announced_year"), ("production_start", "production_start"),
                     ("capacity", "capacity_value"), ("investment", "investment_value")):
        if r[col]:
            m_ += 1
            n += not any(fig in s["supports"].split(";") for s in prim)
label = {"production_start": "production start", "announced_year": "announced year", "investment": "investment", "capacity": "capacity"}
parts = [f"{label[k]} of {', '.join(v)}" for k, v in gone.items()]
total = sum(len(v) for v in gone.values())
p = ROOT / "data/CHANGELOG.md"
s = p.read_text(encoding="utf-8")
s = re.sub(r"In the 166 earlier rows, \d+ of the \d+ figures shown", f"In the 166 earlier rows, {n} of the {m_} figures shown", s)
s = re.sub(r"\d+ remain\s+withdrawn: .*?\.\n- \*\*Aggregates", f"{total} remain withdrawn: " + "; ".join(parts) + ".\n- **Aggregates", s, flags=re.S)
shares = sum(1 for r in rows.values() if r["chinese_share_pct"])
s = re.sub(r"filled on \d+ rows where a source states it", f"filled on {shares} rows where a source states it", s)
p.write_text(s, encoding="utf-8")
print(n, m_, total, parts)
