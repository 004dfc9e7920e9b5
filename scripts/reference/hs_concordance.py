#!/usr/bin/env python3
"""Writes data/reference/hs_concordance.csv from the UN Statistics Division's HS correlation tables.

Usage: scripts/reference/hs_concordance.py DIR > data/reference/hs_concordance.csv

DIR holds UNSD's workbooks as published at https://unstats.un.org/unsd/trade/classifications/correspondence-tables.asp:
HS2017toHS1992ConversionAndCorrelationTables.xlsx (… HS1996, HS2002, HS2007, HS2012) and
HS2022toHS2017ConversionAndCorrelationTables.xlsx. Only their "Correlation" sheets are read (the conversion sheets force a
split onto one code, which is exactly what the table must not do). For every HS17 code data/reference/hs_codes.csv maps,
every code of each revision the correlation links to it is written, one row per mapped HS17 code it links to, with the
other HS17 codes it also links to (a split shows its other parts; more than 12 are given as a count). Standard library only (an .xlsx is a zip of XML).
"""
import collections
import csv
import os
import re
import sys
import xml.etree.ElementTree as ET
import zipfile

NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
# revision -> (workbook, source id in reference/sources.csv, True when the workbook runs from HS17 to the revision)
BOOKS = {
    "HS92": ("HS2017toHS1992ConversionAndCorrelationTables.xlsx", "unsd-hs17-hs92", True),
    "HS96": ("HS2017toHS1996ConversionAndCorrelationTables.xlsx", "unsd-hs17-hs96", True),
    "HS02": ("HS2017toHS2002ConversionAndCorrelationTables.xlsx", "unsd-hs17-hs02", True),
    "HS07": ("HS2017toHS2007ConversionAndCorrelationTables.xlsx", "unsd-hs17-hs07", True),
    "HS12": ("HS2017toHS2012ConversionAndCorrelationTables.xlsx", "unsd-hs17-hs12", True),
    "HS22": ("HS2022toHS2017ConversionAndCorrelationTables.xlsx", "unsd-hs22-hs17", False),
}


def column(ref):
    n = 0
    for ch in re.match(r"[A-Z]+", ref).group(0):
        n = n * 26 + ord(ch) - 64
    return n - 1


def correlation_rows(path):
    """The cells of the workbook's correlation sheet, row by row."""
    book = zipfile.ZipFile(path)
    shared = []
    if "xl/sharedStrings.xml" in book.namelist():
        for item in ET.fromstring(book.read("xl/sharedStrings.xml")).findall("m:si", NS):
            shared.append("".join(t.text or "" for t in item.iter("{%s}t" % NS["m"])))
    names = [s.get("name") for s in ET.fromstring(book.read("xl/workbook.xml")).find("m:sheets", NS)]
    index = next(i for i, name in enumerate(names, 1) if "Correlation" in name)
    for row in ET.fromstring(book.read(f"xl/worksheets/sheet{index}.xml")).iter("{%s}row" % NS["m"]):
        cells = {}
        for cell in row.findall("m:c", NS):
            value = cell.find("m:v", NS)
            if cell.get("t") == "inlineStr":
                cells[column(cell.get("r"))] = "".join(t.text or "" for t in cell.iter("{%s}t" % NS["m"]))
            elif value is not None:
                cells[column(cell.get("r"))] = shared[int(value.text)] if cell.get("t") == "s" else value.text
        yield [cells[k].strip() for k in sorted(cells) if cells[k].strip()]


def links(path, from_hs17):
    """(HS17 code, other revision's code) pairs of the correlation sheet."""
    for cells in correlation_rows(path):
        if len(cells) == 3 and cells[0].isdigit() and cells[1].isdigit():
            a, b = cells[0].zfill(6), cells[1].zfill(6)
            yield (a, b) if from_hs17 else (b, a)


def relationship(old_targets, new_sources):
    split = len(old_targets) > 1
    merged = len(new_sources) > 1
    return {(False, False): "1:1", (False, True): "n:1", (True, False): "1:n", (True, True): "n:n"}[(split, merged)]


def main():
    folder = sys.argv[1]
    with open(os.path.join(ROOT, "data", "reference", "hs_codes.csv"), newline="", encoding="utf-8") as f:
        mapped = sorted({r["hs6"] for r in csv.DictReader(f) if r["nomenclature"] == "HS17"})
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["nomenclature", "hs6", "hs17", "relationship", "other_hs17", "source_ids"])
    for revision, (book, source, from_hs17) in BOOKS.items():
        to_old = collections.defaultdict(set)
        to_new = collections.defaultdict(set)
        for hs17, old in links(os.path.join(folder, book), from_hs17):
            to_old[hs17].add(old)
            to_new[old].add(hs17)
        missing = [c for c in mapped if c not in to_old]
        if missing:
            sys.exit(f"{book}: no correlation for mapped HS17 code(s) {', '.join(missing)}")
        olds = sorted({old for code in mapped for old in to_old[code]})
        for old in olds:
            for hs17 in sorted(to_new[old] & set(mapped)):
                others = sorted(to_new[old] - {hs17})
                listed = ";".join(others) if len(others) <= 12 else f"{len(others)} codes"
                out.writerow([revision, old, hs17, relationship(to_new[old], to_old[hs17]), listed, source])


if __name__ == "__main__":
    main()
