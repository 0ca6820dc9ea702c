"""Round 3 of the VNTC gold (tests/data/gold/sources-r3.tsv): the fixed draw, every pick labeled.

Round 3 is the fifth draw with the earlier draws excluded as they were drawn, then the picks of the same
command with each earlier draw redone alone (how draws 3 and 4 were made) that no earlier round holds.
The draw needs the VNTC corpus in ../shared and skips with the reason when it is absent.
``tests/unit/test_gold_set.py`` runs the record checks on the round-3 files as on rounds 1 and 2.
"""

from __future__ import annotations

from tests.conftest import SHARED, shared_path
from tests.support.gold_rounds import GOLD, labeled, listed, select_module

# the fifth draw, as written in tests/data/gold/README.md ("Round 3")
SEED, PER_OUTLET = 20261205, 4
EARLIER = ((20261201, 6), (20261202, 2), (20261203, 3), (20261204, 5))


def _rows() -> list[list[str]]:
    return listed("sources-r3.tsv")


def _earlier_ids() -> set[str]:
    """Gold ids of the VNTC texts of rounds 1 and 2."""
    found = set()
    for name in ("sources.tsv", "sources-r2.tsv"):
        for line in (GOLD / name).read_text(encoding="utf-8").splitlines():
            if line.strip() and line.split("\t")[2] == "vntc":
                found.add(line.split("\t")[0])
    return found


def test_every_pick_of_round_3_is_labeled_once_in_its_split() -> None:
    picks = {row[0]: row[1] for row in _rows()}
    assert len(picks) == len(_rows())
    assert labeled("vntc-r3.jsonl") == picks


def test_earlier_draws_redone_as_drawn_are_exactly_rounds_1_and_2() -> None:
    shared_path("corpora", "vntc-politics")
    select = select_module()
    redone = {
        pick[1]
        for index, (seed, size) in enumerate(EARLIER)
        for pick in select.select(SHARED, size, seed, EARLIER[:index])
    }
    assert redone == _earlier_ids()


def test_round_3_is_the_fixed_draw_and_shares_no_text_with_rounds_1_and_2() -> None:
    shared_path("corpora", "vntc-politics")
    select = select_module()
    as_drawn = [
        (gold_id, vntc_id)
        for vntc_id, gold_id, _, _ in select.select(SHARED, PER_OUTLET, SEED, EARLIER, True)
    ]
    alone = [
        (gold_id, vntc_id) for vntc_id, gold_id, _, _ in select.select(SHARED, PER_OUTLET, SEED, EARLIER)
    ]
    earlier = _earlier_ids()
    assert len(as_drawn) == 4 * PER_OUTLET and not {gold_id for gold_id, _ in as_drawn} & earlier
    extra = [pick for pick in alone if pick not in as_drawn and pick[0] not in earlier]
    assert as_drawn + extra == [(r[0], r[3]) for r in _rows()]
    assert {gold_id for gold_id, _ in alone} & earlier  # why the as-drawn exclusion exists
