#!/usr/bin/env python3
"""Redo the selection of the VNTC texts of the gold set (reproducible, no choice by hand).

Usage:
    python tests/data/gold/select_vntc.py [--shared PATH] [--per-outlet 6] [--seed 20261201]
        [--exclude-draw SEED:PER_OUTLET ...] [--exclude-as-drawn] [--exclude-sources FILE ...]

For each outlet of the corpus (the id prefix: ``XH_NLD_T_``, ``XH_TN_T_``, ``XH_TT_T_``, ``XH_VNE_T_``,
in that order), the candidates are the texts, in corpus order, that (after Unicode NFC) contain at least
one of the cues below and are at most ``MAX_CHARS`` characters long; ``random.Random(seed).sample`` then
picks ``--per-outlet`` of them, one generator shared across the outlets in that order. A later draw
passes ``--exclude-draw`` with the seed and size of each earlier one: their picks leave the candidates
first. Prints one line per pick: gold id, split, VNTC id, outlet, length. Stdlib only.

The gold set holds three draws: ``--seed 20261201 --per-outlet 6`` (24 texts),
``--seed 20261202 --per-outlet 2 --exclude-draw 20261201:6`` (8 more) and
``--seed 20261203 --per-outlet 3 --exclude-draw 20261201:6 --exclude-draw 20261202:2`` (12 more).
Round 2 (``sources-r2.tsv``) is a fourth draw: ``--seed 20261204 --per-outlet 5 --exclude-draw 20261201:6
--exclude-draw 20261202:2 --exclude-draw 20261203:3`` (20 texts).

An excluded draw is redone alone, without the draws listed before it; draws 3 and 4 were made so, which
is why the plain commands above still reproduce them, but it means their exclusions were not the real
picks of draws 2 and 3. ``--exclude-as-drawn`` redoes each excluded draw with the ones listed before it,
as it was drawn, so exactly its real picks leave the candidates. Round 3 (``sources-r3.tsv``) is the
fifth draw ``--seed 20261205 --per-outlet 4`` with the four earlier draws excluded as drawn, plus the
picks of the same command without ``--exclude-as-drawn`` that are in no earlier round (see the README).

Because of those extra picks, the drawn picks alone no longer give every text already labeled:
``--exclude-sources FILE ...`` (opt-in; without it nothing changes) also takes out of the candidates
every VNTC text listed in the given ``sources*.tsv`` files (rows of kind ``vntc``, VNTC id in the
``origin`` column). Round 4 (``sources-r4.tsv``) is the sixth draw ``--seed 20261206 --per-outlet 6``
with the five earlier draws excluded as drawn and the texts of ``sources.tsv``, ``sources-r2.tsv`` and
``sources-r3.tsv`` excluded (see the README).
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
import unicodedata
from pathlib import Path

from materialize import DEFAULT_SHARED, VNTC_FILE, gold_id, split_of

# a person-with-title or meeting cue, case-sensitive (a capitalized title or meeting name)
CUES = ("Bí thư", "Chủ tịch", "Bộ trưởng", "Thủ tướng", "Hội nghị", "Kỳ họp", "Đại hội")
# long texts (the longest are 27,000 characters) cannot all be labeled carefully in one session
MAX_CHARS = 4000
OUTLETS = {
    "XH_NLD_T_": "Người Lao Động",
    "XH_TN_T_": "Thanh Niên",
    "XH_TT_T_": "Tuổi Trẻ",
    "XH_VNE_T_": "VnExpress",
}


def listed_vntc_ids(sources: tuple[Path, ...]) -> frozenset[str]:
    """The VNTC ids of the ``vntc`` rows of sources files (``id split kind origin outlet year``).

    Args:
        sources: paths of ``sources*.tsv`` files.

    Returns:
        The ``origin`` column of every row of kind ``vntc``.

    Raises:
        ValueError: a row does not have the six tab-separated columns.
    """
    found = set()
    for path in sources:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            cells = line.split("\t")
            if not line.strip() or line.startswith("#") or cells[0] == "id":
                continue
            if len(cells) != 6:
                raise ValueError(f"{path}:{number}: expected 6 tab-separated columns: {line!r}")
            if cells[2] == "vntc":
                found.add(cells[3])
    return frozenset(found)


def select(
    shared: Path,
    per_outlet: int,
    seed: int,
    exclude: tuple[tuple[int, int], ...] = (),
    as_drawn: bool = False,
    exclude_ids: frozenset[str] = frozenset(),
) -> list[tuple[str, str, str, int]]:
    """The picks as (VNTC id, gold id, outlet prefix, length), outlet by outlet.

    Args:
        shared: the ``../shared`` folder.
        per_outlet: texts picked per outlet.
        seed: seed of the random generator.
        exclude: (seed, per_outlet) of earlier draws whose picks are not candidates.
        as_drawn: redo each excluded draw with the ones listed before it (its real picks); otherwise
            each is redone alone, as draws 3 and 4 were made.
        exclude_ids: VNTC ids (``"XH_NLD_T_ (8962)"``) that are not candidates either, such as the
            texts of earlier rounds (``listed_vntc_ids``); they do not change how excluded draws are redone.
    """
    taken = {
        pick[0]
        for index, (earlier, size) in enumerate(exclude)
        for pick in select(shared, size, earlier, exclude[:index] if as_drawn else ())
    } | exclude_ids
    candidates: dict[str, list[tuple[str, int]]] = {prefix: [] for prefix in OUTLETS}
    with gzip.open(shared / VNTC_FILE, "rt", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            text = unicodedata.normalize("NFC", str(record["text"]))
            prefix = str(record["id"]).split(" ")[0]
            if prefix not in candidates or str(record["id"]) in taken:
                continue
            if len(text) <= MAX_CHARS and any(cue in text for cue in CUES):
                candidates[prefix].append((str(record["id"]), len(text)))
    rng = random.Random(seed)
    picks: list[tuple[str, str, str, int]] = []
    for prefix in OUTLETS:
        # an outlet with fewer candidates left than asked gives all it has (Thanh Niên ran short at draw 14)
        for vntc_id, length in rng.sample(candidates[prefix], min(per_outlet, len(candidates[prefix]))):
            picks.append((vntc_id, gold_id(vntc_id), prefix, length))
    return picks


def main(argv: list[str] | None = None) -> int:
    """Print the picks; 2 when the corpus is absent."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="the ../shared folder")
    parser.add_argument("--per-outlet", type=int, default=6, help="texts picked per outlet")
    parser.add_argument("--seed", type=int, default=20261201, help="seed of the random generator")
    parser.add_argument(
        "--exclude-draw",
        action="append",
        default=[],
        metavar="SEED:PER_OUTLET",
        help="an earlier draw whose picks are not candidates (repeatable)",
    )
    parser.add_argument(
        "--exclude-as-drawn",
        action="store_true",
        help="redo each --exclude-draw with the draws listed before it, so its real picks leave",
    )
    parser.add_argument(
        "--exclude-sources",
        nargs="+",
        type=Path,
        default=[],
        metavar="FILE",
        help="sources*.tsv files whose VNTC texts are not candidates (e.g. the earlier rounds)",
    )
    args = parser.parse_args(argv)
    exclude = tuple((int(seed), int(size)) for seed, size in (item.split(":") for item in args.exclude_draw))
    if not (args.shared / VNTC_FILE).is_file():
        print(f"{args.shared / VNTC_FILE} is absent: nothing to select from", file=sys.stderr)
        return 2
    listed = listed_vntc_ids(tuple(args.exclude_sources))
    for vntc_id, key, prefix, length in select(
        args.shared, args.per_outlet, args.seed, exclude, args.exclude_as_drawn, listed
    ):
        print(f"{key}\t{split_of(key)}\t{vntc_id}\t{OUTLETS[prefix]}\t{length}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
