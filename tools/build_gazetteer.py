#!/usr/bin/env python3
"""Build Upfront's offline gazetteer of administrative units (resources/gazetteer/pcodes.csv.gz)
from OCHA's global P-code list (admin levels 1 and 2).

    python tools/build_gazetteer.py [--source ../shared/data/ocha-global-pcodes-adm1-adm2.csv]

The source is checked against the SHA-256 pinned below, every row is checked (a known
country, level 1 or 2, a P-code given once, a parent that exists: the country for level 1, an
admin 1 unit of the same country for level 2), and the output is written with a fixed gzip
header, so the same source gives the same bytes. The application reads the output with the
standard library alone (gzip + csv).
"""

from __future__ import annotations

import argparse
import csv
import gzip
import hashlib
import io
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT.parent / "shared" / "data" / "ocha-global-pcodes-adm1-adm2.csv"
SHA256 = "2bc4c7080699b117051a1f4ca264fa54ca3edfe9fcdbcd8928f4b65cec863034"
OUT = ROOT / "resources" / "gazetteer" / "pcodes.csv.gz"
HEADER = ["Location", "Admin Level", "P-Code", "Name", "Parent P-Code", "Valid from date"]
COLUMNS = ["country", "level", "pcode", "name", "parent", "valid_from"]


class BadSource(Exception):
    """The source is not the pinned list, or a row of it does not hold together."""


def rows_of(data: bytes) -> list[list[str]]:
    """The source's rows, checked; BadSource names the line and the reason."""
    reader = csv.reader(io.StringIO(data.decode("utf-8-sig")))
    header = next(reader, None)
    if header != HEADER:
        raise BadSource(f"line 1: the header is not {HEADER}")
    rows, seen = [], {}
    for line, row in enumerate(reader, start=2):
        if len(row) != len(HEADER):
            raise BadSource(f"line {line}: {len(row)} columns, not {len(HEADER)}")
        country, level, pcode, name, parent, valid = (x.strip() for x in row)
        if len(country) != 3 or not country.isalpha() or not country.isupper():
            raise BadSource(f"line {line}: Location is not an ISO 3166-1 alpha-3 code")
        if level not in ("1", "2"):
            raise BadSource(f"line {line}: Admin Level is not 1 or 2")
        if not pcode or not pcode.isalnum() or not pcode.isascii() or len(pcode) > 20:
            raise BadSource(f"line {line}: P-Code is not a code")
        if pcode in seen:
            raise BadSource(f"line {line}: P-Code {pcode} is given twice (line {seen[pcode]})")
        if any(ord(c) < 32 or 0x7F <= ord(c) < 0xA0 for c in name):
            raise BadSource(f"line {line}: Name holds a control character")
        # a unit without a name (two of Jamaica's) is kept: its P-code is still one
        seen[pcode] = line
        rows.append([country, level, pcode, name, parent, valid])
    by_code = {r[2]: r for r in rows}
    for r in rows:
        want = r[0] if r[1] == "1" else None
        if want is not None and r[4] != want:
            raise BadSource(f"P-Code {r[2]}: an admin 1 unit's parent is not its country")
        if want is None:
            up = by_code.get(r[4])
            if up is None or up[1] != "1" or up[0] != r[0]:
                raise BadSource(f"P-Code {r[2]}: its parent is not an admin 1 unit of {r[0]}")
    return sorted(rows, key=lambda r: (r[0], r[1], r[2]))


def build(data: bytes) -> bytes:
    rows = rows_of(data)
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\n")
    writer.writerow(COLUMNS)
    writer.writerows(rows)
    out = io.BytesIO()
    with gzip.GzipFile(fileobj=out, mode="wb", compresslevel=9, mtime=0) as gz:
        gz.write(text.getvalue().encode())
    return out.getvalue()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=SOURCE)
    args = parser.parse_args()
    try:
        data = args.source.read_bytes()
    except OSError as err:
        print(f"source: cannot read it ({err.strerror})", file=sys.stderr)
        return 2
    if hashlib.sha256(data).hexdigest() != SHA256:
        print("source: its SHA-256 is not the pinned one (another list)", file=sys.stderr)
        return 2
    try:
        OUT.write_bytes(build(data))
    except BadSource as err:
        print(f"source: {err}", file=sys.stderr)
        return 2
    print(f"wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
