"""Round 2 of the VNTC gold (tests/data/gold/sources-r2.tsv): the fixed draw, every pick labeled.

The draw needs the VNTC corpus in ../shared and skips with the reason when it is absent.
``tests/unit/test_gold_set.py`` runs the record checks on the round-2 files as on round 1.
"""

from __future__ import annotations

from tests.conftest import SHARED, shared_path
from tests.support.gold_rounds import GOLD, labeled, listed, select_module

# the fourth draw, as written in tests/data/gold/README.md ("Round 2")
SEED, PER_OUTLET = 20261204, 5
EARLIER = ((20261201, 6), (20261202, 2), (20261203, 3))


def _rows() -> list[list[str]]:
    return listed("sources-r2.tsv")


def test_every_pick_of_round_2_is_labeled_once_in_its_split() -> None:
    picks = {row[0]: row[1] for row in _rows()}
    assert len(picks) == 4 * PER_OUTLET
    assert labeled("vntc-r2.jsonl") == picks


def test_round_2_is_the_fixed_draw_and_shares_no_text_with_round_1() -> None:
    shared_path("corpora", "vntc-politics")
    select = select_module()
    picks = select.select(SHARED, PER_OUTLET, SEED, EARLIER)
    assert [(gold_id, vntc_id) for vntc_id, gold_id, _, _ in picks] == [(r[0], r[3]) for r in _rows()]
    round_1 = (GOLD / "sources.tsv").read_text(encoding="utf-8")
    assert not {row[0] for row in _rows()} & {line.split("\t")[0] for line in round_1.splitlines()}
