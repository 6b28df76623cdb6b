#!/usr/bin/env python3
"""Builds dataset 2026-12-02.1 ("Data 2.0", issue 15) from dataset 2026-11-28.2.

Reads the 2026-11-28.2 facilities file from git (commit 42c6466), applies the corrections in
`fixes.py`, adds the plants in `new_plants.py`, splits reader-facing `notes` from `internal_notes`,
and writes data/facilities.csv and data/sources.csv. It creates no value: every figure is copied from
the old file or from a source listed in fixes.py / new_plants.py with its exact quote.
Usage (from the repository root): python3 tools/data2/build.py
"""
import csv, io, re, subprocess, sys, os
sys.path.insert(0, os.path.dirname(__file__))
import fixes, new_plants

BASE_COMMIT = "42c6466"
TODAY = "2026-12-02"
OLD_COLS = ("id,company,parent_country,segment,host_country,city,latitude,longitude,status,announced_year,"
            "production_start,investment_value,investment_currency,investment_usd_millions,usd_basis,capacity_value,"
            "capacity_unit,partner,ownership,source_url,source_quote,source_accessed,notes").split(",")
NEW_COLS = ["status_as_of", "chinese_share_pct", "investment_scope", "internal_notes"]
SRC_COLS = ["facility_id", "source_url", "publisher", "published", "source_quote", "source_accessed", "supports"]

# Remarks for the compilers, not for readers: a sentence of `notes` matching one of these moves to `internal_notes`.
INTERNAL = re.compile(
    r"coords|compiler|verif|NOTE:|the brief|scratch|/tmp|general knowledge|low weight|LOW CONFIDENCE|LOW DETAIL|"
    r"Corrected 2026|noted 2026|as of latest source|as reported by a source|USD figure as reported|"
    r"USD conversion as reported|USD as reported|excerpt|sources? read|not used|https?://|\(\?\)|inferred|"
    r"approximate\b.*\bnot|treat as|flag like|pending|capacity stated as|capacity counts|investment figure is|"
    r"not entered|left empty|left blank|coded |Status '|status '|Status =|status =|Status as of|status as of|"
    r"UPDATE:|from context|lower bound used|entered as|Exclude from|include only if|assumed", re.I)


def publisher_of(url):
    host = re.sub(r"^https?://", "", url).split("/")[0].lower()
    host = re.sub(r"^(www\.|m\.|en\.|eng\.|global\.|news\.|fr\.|id\.|rs\.|oto\.)", "", host)
    return fixes.PUBLISHERS.get(host, host)


def published_of(url):
    for pat in (r"(20\d\d)[/-](\d\d)[/-](\d\d)", r"[^\d](20[12]\d)(0[1-9]|1[0-2])([0-3]\d)[^\d]", r"(20\d\d)[/-](\d\d)(?:[/-]|$)"):
        m = re.search(pat, url)
        if m:
            return "-".join(m.groups())
    return ""


def split_notes(text):
    """Sentences of the old notes: (public, internal)."""
    if not text:
        return "", ""
    parts = re.split(r"(?<=[.;])\s+(?=[A-Z(\"'])|;\s+(?=[a-z])", text.strip())
    pub, internal = [], []
    for p in parts:
        p = p.strip()
        if not p:
            continue
        (internal if INTERNAL.search(p) else pub).append(p)
    fix = lambda xs: " ".join(x if x.endswith((".", "!", ")", "'")) else x + "." for x in xs).replace(";.", ".")
    return fix(pub), fix(internal)


def read_base():
    text = subprocess.run(["git", "show", f"{BASE_COMMIT}:data/facilities.csv"], capture_output=True, text=True, check=True).stdout
    return list(csv.DictReader(io.StringIO(text)))


def main():
    rows = read_base()
    out, sources = [], []
    for r in rows:
        fid = r["id"]
        urls = [u.strip() for u in r["source_url"].split(" ; ") if u.strip()]
        pub, internal = split_notes(r["notes"])
        r["notes"], r["internal_notes"] = pub, internal
        r["investment_scope"] = "plant" if r["investment_value"] else ""
        r["chinese_share_pct"] = ""
        r["status_as_of"] = ""
        if not r["source_accessed"]:
            r["source_accessed"] = fixes.ACCESSED_DEFAULT
        r["source_url"] = urls[0]
        first = {"facility_id": fid, "source_url": urls[0], "publisher": publisher_of(urls[0]),
                 "published": fixes.PUBLISHED.get(urls[0], published_of(urls[0])), "source_quote": r["source_quote"],
                 "source_accessed": r["source_accessed"], "supports": ""}
        srcs = [first]
        for u in urls[1:]:
            srcs.append({"facility_id": fid, "source_url": u, "publisher": publisher_of(u),
                         "published": fixes.PUBLISHED.get(u, published_of(u)), "source_quote": "",
                         "source_accessed": r["source_accessed"], "supports": ""})
        out.append(r)
        sources.extend(srcs)
    for p in new_plants.PLANTS:
        r = {c: str(p.get(c, "")) for c in OLD_COLS + NEW_COLS}
        r["parent_country"] = r["parent_country"] or "CN"
        r["investment_scope"] = r["investment_scope"] or ("plant" if r["investment_value"] else "")
        first = p["sources"][0]
        r["source_url"], r["source_quote"], r["source_accessed"] = first["url"], first["quote"], first.get("accessed", TODAY)
        out.append(r)
        for s in p["sources"]:
            sources.append({"facility_id": r["id"], "source_url": s["url"], "publisher": s.get("publisher") or publisher_of(s["url"]),
                            "published": s.get("published", ""), "source_quote": s["quote"],
                            "source_accessed": s.get("accessed", TODAY), "supports": s.get("supports", "")})
    by_id = {r["id"]: r for r in out}
    fixes.apply(by_id, sources, publisher_of)
    # Which figures each quote backs, where the build can see it (fixes may set `supports` by hand).
    for s in sources:
        r = by_id[s["facility_id"]]
        if s["supports"] == "":
            s["supports"] = ";".join(detect_supports(r, s, s is first_source(sources, r["id"])))
    # A figure that no quoted source backs is withdrawn (its old value is kept in internal_notes).
    for r in out:
        have = set()
        for s in sources:
            if s["facility_id"] == r["id"] and s["source_quote"].strip():
                have.update(s["supports"].split(";"))
        for fig, col in (("announced_year", "announced_year"), ("production_start", "production_start"),
                         ("capacity", "capacity_value"), ("investment", "investment_value")):
            if r[col] and fig not in have:
                fixes.withdraw(r, fig, "no source read for this release has a quote that gives it.")
    for r in out:
        if not r["status_as_of"]:
            dates = [s["published"] for s in sources if s["facility_id"] == r["id"] and "status" in s["supports"].split(";") and s["published"]]
            dated = [d for d in dates if len(d) >= 7]
            if dated:
                r["status_as_of"] = max(dated)
            elif dates:
                r["status_as_of"] = max(dates)[:4] + "-12"
                fixes.add_internal(r, "status_as_of: the newest source is dated by year only; December of that year is used.")
            else:
                r["status_as_of"] = fixes.STATUS_AS_OF.get(r["id"], "")
    sources = [s for s in sources if s["source_quote"].strip()]
    sources.sort(key=lambda s: (int(s["facility_id"][1:]),))
    with open("data/facilities.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, OLD_COLS + NEW_COLS, lineterminator="\n")
        w.writeheader()
        for r in sorted(out, key=lambda r: int(r["id"][1:])):
            w.writerow({c: r.get(c, "") for c in OLD_COLS + NEW_COLS})
    with open("data/sources.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, SRC_COLS, lineterminator="\n")
        w.writeheader()
        for s in sources:
            w.writerow({c: s.get(c, "") for c in SRC_COLS})


_FIRST = {}
def first_source(sources, fid):
    if fid not in _FIRST:
        _FIRST[fid] = next(s for s in sources if s["facility_id"] == fid)
    return _FIRST[fid]


def number_forms(v):
    """Ways a figure in millions (or units) may be written in a quote."""
    x = float(v)
    forms = set()
    def fmt(n):
        s = f"{n:.3f}".rstrip("0").rstrip(".")
        return s
    for n in (x, x / 1000, x / 1_000_000, x / 1_000_000_000, x * 1000, x / 10, x / 100, x / 1e4, x / 1e5):
        s = fmt(n)
        if s in ("0",) or len(s.replace(".", "")) > 12:
            continue
        forms.add(s)
        forms.add(s.replace(".", ","))
        if n >= 1000 and n == int(n):
            i = int(n)
            forms.add(f"{i:,}")
            forms.add(f"{i:,}".replace(",", "."))
            forms.add(f"{i:,}".replace(",", " "))
            forms.add(f"{i:,}".replace(",", "\u00a0"))
    return forms


def quote_has_number(quote, v):
    q = quote.replace("\u202f", " ")
    for f in number_forms(v):
        if re.search(r"(?<![\d.,])" + re.escape(f) + r"(?![\d]|[.,]\d)", q):
            return True
    return False


def detect_supports(r, s, primary):
    q = s["source_quote"]
    if not q.strip():
        return []
    sup = ["company", "site"] if primary else []
    if primary:
        sup.append("segment")
        sup.append("status")
    if r["investment_value"] and quote_has_number(q, r["investment_value"]):
        sup.append("investment")
    elif r["investment_usd_millions"] and r["usd_basis"] == "reported" and quote_has_number(q, r["investment_usd_millions"]):
        sup.append("investment")
    if r["capacity_value"] and quote_has_number(q, r["capacity_value"]):
        sup.append("capacity")
    ay = r["announced_year"]
    if ay and (ay in q or (primary and s["published"].startswith(ay))):
        sup.append("announced_year")
    ps = r["production_start"]
    if ps and (ps[:4] in q or s["published"].startswith(ps[:4])):
        sup.append("production_start")
    if primary and r["partner"]:
        sup.append("partner")
    if primary and r["ownership"] not in ("", "unknown"):
        sup.append("ownership")
    return sup


if __name__ == "__main__":
    main()
