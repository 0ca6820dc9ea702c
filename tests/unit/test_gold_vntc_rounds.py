"""VNTC gold rounds 4 to 7 and 9 to 13 (tests/data/gold/sources-rN.tsv): each a fixed draw, all labeled.

Each of these rounds is exactly one command of ``select_vntc.py`` (see tests/data/gold/README.md,
"Round N (judge only)"): the next draw of ``DRAWS``, 6 texts per outlet, with every earlier draw
excluded as it was drawn (``--exclude-as-drawn``) and every VNTC text of the earlier rounds' sources
files excluded (``--exclude-sources``), because round 3 also holds picks that no draw redone as drawn
gives back. The draw needs the VNTC corpus in ../shared and skips with the reason when it is absent.
``tests/unit/test_gold_set.py`` runs the record checks on the files of every round.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import SHARED, shared_path
from tests.support.gold_rounds import GOLD, VNTC_ROUNDS, labeled, listed, select_module

# (seed, texts per outlet) of every VNTC draw in the order made: round 1 is the first three, round 2
# the fourth, round 3 the fifth (plus extra picks, see the README), then one draw per VNTC round
DRAWS = (
    (20261201, 6),
    (20261202, 2),
    (20261203, 3),
    (20261204, 5),
    (20261205, 4),
    (20261206, 6),
    (20261207, 6),
    (20261208, 6),
    (20261209, 6),
    (20261210, 6),
    (20261211, 6),
    (20261212, 6),
    (20261213, 6),
    (20261214, 6),
)
ROUNDS = (4, 5, 6, 7, 9, 10, 11, 12, 13)
# index in DRAWS of each round's draw (round 8 had no VNTC draw)
DRAW_OF = {n: 5 + i for i, n in enumerate(ROUNDS)}
# picks of a round whose draw found fewer candidates than asked in an outlet (round 13: Thanh Niên had 1 left)
PICKS = {13: 19}


def _sources(round_number: int) -> str:
    return "sources.tsv" if round_number == 1 else f"sources-r{round_number}.tsv"


def _earlier_sources(round_number: int) -> tuple[str, ...]:
    """The sources files of the VNTC rounds before ``round_number``."""
    return tuple(_sources(n) for n in VNTC_ROUNDS if n < round_number)


def _earlier_ids(round_number: int) -> set[str]:
    """Gold ids of the VNTC texts of the rounds before ``round_number``."""
    return {row[0] for name in _earlier_sources(round_number) for row in listed(name) if row[2] == "vntc"}


@pytest.mark.parametrize("round_number", ROUNDS, ids=[f"r{n}" for n in ROUNDS])
def test_every_pick_is_labeled_once_in_its_split(round_number: int) -> None:
    rows = listed(_sources(round_number))
    _, per_outlet = DRAWS[DRAW_OF[round_number]]
    picks = {row[0]: row[1] for row in rows}
    assert len(picks) == len(rows) == PICKS.get(round_number, 4 * per_outlet)
    assert labeled(f"vntc-r{round_number}.jsonl") == picks
    assert all(row[2] == "vntc" and row[5] == "2006-2007" for row in rows)


@pytest.mark.parametrize("round_number", ROUNDS, ids=[f"r{n}" for n in ROUNDS])
def test_round_is_its_fixed_draw_and_shares_no_text_with_earlier_rounds(round_number: int) -> None:
    shared_path("corpora", "vntc-politics")
    select = select_module()
    rows = listed(_sources(round_number))
    seed, per_outlet = DRAWS[DRAW_OF[round_number]]
    listed_ids = select.listed_vntc_ids(tuple(GOLD / name for name in _earlier_sources(round_number)))
    picks = select.select(SHARED, per_outlet, seed, DRAWS[: DRAW_OF[round_number]], True, listed_ids)
    assert [(gold_id, vntc_id) for vntc_id, gold_id, _, _ in picks] == [(r[0], r[3]) for r in rows]
    assert not {row[0] for row in rows} & _earlier_ids(round_number)


def test_listed_vntc_ids_are_the_origins_of_the_vntc_rows(tmp_path: Path) -> None:
    select = select_module()
    sources = tmp_path / "sources-x.tsv"
    sources.write_text(
        "XH_TN_T_1\tdev\tvntc\tXH_TN_T_ (1)\tThanh Niên\t2006-2007\n"
        "nld_article\tdev\thtml\tcorpora/vn-news-html/nld_article.html\tNLĐ\t2026\n",
        encoding="utf-8",
    )
    assert select.listed_vntc_ids((sources,)) == {"XH_TN_T_ (1)"}
    sources.write_text("XH_TN_T_1\tdev\tvntc\n", encoding="utf-8")
    with pytest.raises(ValueError, match="6 tab-separated columns"):
        select.listed_vntc_ids((sources,))
