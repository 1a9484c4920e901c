"""Split the wild gold set into tuning and held-out authorities, fixed before any tuning.

An authority is the part of SOURCES.tsv's `authority` before " - " (a council and its
committees are one authority). The held-out third is chosen by a hash of that name, so the
split does not depend on how well anything scores. Rules are tuned on the tuning folder and
only measured on the held-out one.

    python scripts/wild_split.py ../shared/corpus/wild OUT   # makes OUT/tuning and OUT/held-out
    python ../shared/eval/score.py DB OUT/held-out
"""
from __future__ import annotations

import csv
import hashlib
import sys
from pathlib import Path


def authority_of(row: dict) -> str:
    return row["authority"].split(" - ")[0].strip()


def held_out(authority: str) -> bool:
    return int(hashlib.sha1(authority.encode()).hexdigest(), 16) % 3 == 0


def main(wild: Path, out: Path) -> None:
    rows = list(csv.DictReader(open(wild / "SOURCES.tsv", encoding="utf-8"), delimiter="\t"))
    for name in ("tuning", "held-out"):
        (out / name).mkdir(parents=True, exist_ok=True)
        for old in (out / name).glob("*.gold.json"):
            old.unlink()
    for row in rows:
        gold = wild / (Path(row["file"]).stem + ".gold.json")
        if gold.exists():
            target = out / ("held-out" if held_out(authority_of(row)) else "tuning") / gold.name
            target.symlink_to(gold.resolve())
    for name in ("tuning", "held-out"):
        authorities = sorted({authority_of(r) for r in rows
                              if (name == "held-out") == held_out(authority_of(r))})
        print(f"{name}: {len(list((out / name).glob('*.gold.json')))} papers, {len(authorities)} authorities: "
              + "; ".join(authorities))


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
