#!/usr/bin/env python3
"""One-off import of the project's reference notes (shared/reference/facilities.csv) into data/facilities.csv.

Normalises the reference columns to the atlas schema (see data/README.md):
- `investment_currency` "EUR_million" -> value stays in millions, currency "EUR"; qualifiers move to notes;
- `usd_basis`: "reported" when the source gave USD, "converted" when the compiler converted at a fixed rate;
- `capacity_unit`: one of vehicles/yr, GWh/yr, t/yr, units/yr; qualifiers ("buses", "battery packs") move to notes;
- `ownership`: from the flags the reference keeps in company/notes (licence, contract assembly, minority stake, JV).
No value is created: every number is copied or left empty.
Usage: python3 tools/import_reference.py ../shared/reference/facilities.csv > data/facilities.csv
"""
import csv
import re
import sys

HEADER = ("id,company,parent_country,segment,host_country,city,latitude,longitude,status,announced_year,"
          "production_start,investment_value,investment_currency,investment_usd_millions,usd_basis,capacity_value,"
          "capacity_unit,partner,ownership,source_url,source_quote,source_accessed,notes").split(",")

UNIT_MAP = {
    "vehicles/yr": ("vehicles/yr", None),
    "GWh/yr": ("GWh/yr", None),
    "GWh/yr (equivalent)": ("GWh/yr", "capacity stated as GWh-equivalent"),
    "vehicles/yr (buses)": ("vehicles/yr", "capacity counts buses"),
    "battery packs/yr": ("units/yr", "capacity counts battery packs"),
    "battery swap stations/yr": ("units/yr", "capacity counts battery swap stations"),
    "battery modules/yr": ("units/yr", "capacity counts battery modules"),
    "": ("", None),
}

MINORITY = re.compile(r"\b(\d{1,2}(\.\d)?)% (Geely|SAIC|EVE|Gotion|Leapmotor)\b|Gotion 49%|Geely 36%|SAIC 49%|10% of Amplify|49% Leapmotor")


def ownership(company: str, notes: str) -> str:
    c = company.lower()
    if "licence" in c or "license" in c:
        return "licence"
    if "contract assembly" in c or "assembled by" in c or "ckd assembly" in c:
        return "contract_assembly"
    if MINORITY.search(company):
        return "minority_stake"
    if "jv" in c or "joint venture" in c:
        return "joint_venture"
    return "chinese_owned"


def main(path: str) -> None:
    out = csv.DictWriter(sys.stdout, fieldnames=HEADER, lineterminator="\n")
    out.writeheader()
    for row in csv.DictReader(open(path, encoding="utf-8")):
        notes = [row["notes"]] if row["notes"] else []
        cur = row["investment_currency"]
        if cur:
            code, _, rest = cur.partition("_million")
            if rest.strip():
                notes.append(f"investment figure is {rest.strip(' ()')}")
            cur = code
        usd = row["investment_usd_millions"]
        basis = ""
        if usd:
            if cur == "USD" or "as reported" in row["notes"].lower():
                basis = "reported"
            else:
                basis = "converted"
        unit, unit_note = UNIT_MAP[row["capacity_unit"]]
        if unit_note:
            notes.append(unit_note)
        new = {k: row.get(k, "") for k in HEADER}
        new.update(
            investment_currency=cur,
            usd_basis=basis,
            capacity_unit=unit,
            ownership=ownership(row["company"], row["notes"]),
            source_accessed="",
            notes="; ".join(notes),
        )
        out.writerow(new)


if __name__ == "__main__":
    main(sys.argv[1])
