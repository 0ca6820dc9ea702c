"""Round 5 of the VNTC gold (tests/data/gold/sources-r5.tsv): the fixed draw, every pick labeled.

Round 5 is exactly one command: the seventh draw with the six earlier draws excluded as they were
drawn and every VNTC text of the earlier rounds' sources files excluded (``--exclude-sources``). The
draw needs the VNTC corpus in ../shared and skips with the reason when it is absent.
``tests/unit/test_gold_set.py`` runs the record checks on the round-5 files as on the earlier rounds.
"""

from __future__ import annotations

from tests.conftest import SHARED, shared_path
from tests.support.gold_rounds import GOLD, labeled, listed, select_module

# the seventh draw, as written in tests/data/gold/README.md ("Round 5")
SEED, PER_OUTLET = 20261207, 6
EARLIER = ((20261201, 6), (20261202, 2), (20261203, 3), (20261204, 5), (20261205, 4), (20261206, 6))
EARLIER_SOURCES = ("sources.tsv", "sources-r2.tsv", "sources-r3.tsv", "sources-r4.tsv")


def _rows() -> list[list[str]]:
    return listed("sources-r5.tsv")


def _earlier_ids() -> set[str]:
    """Gold ids of the VNTC texts of rounds 1 to 4."""
    return {row[0] for name in EARLIER_SOURCES for row in listed(name) if row[2] == "vntc"}


def test_every_pick_of_round_5_is_labeled_once_in_its_split() -> None:
    picks = {row[0]: row[1] for row in _rows()}
    assert len(picks) == len(_rows()) == 4 * PER_OUTLET
    assert labeled("vntc-r5.jsonl") == picks
    assert all(row[2] == "vntc" and row[5] == "2006-2007" for row in _rows())


def test_round_5_is_the_fixed_draw_and_shares_no_text_with_rounds_1_to_4() -> None:
    shared_path("corpora", "vntc-politics")
    select = select_module()
    listed_ids = select.listed_vntc_ids(tuple(GOLD / name for name in EARLIER_SOURCES))
    picks = select.select(SHARED, PER_OUTLET, SEED, EARLIER, True, listed_ids)
    assert [(gold_id, vntc_id) for vntc_id, gold_id, _, _ in picks] == [(r[0], r[3]) for r in _rows()]
    assert not {row[0] for row in _rows()} & _earlier_ids()
