"""Round 2 of the VNTC gold (tests/data/gold/sources-r2.tsv): the fixed draw, every pick labeled.

The draw needs the VNTC corpus in ../shared and skips with the reason when it is absent.
``tests/unit/test_gold_set.py`` runs the record checks on the round-2 files as on round 1.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from types import ModuleType

from tests.conftest import ROOT, SHARED, shared_path

GOLD = ROOT / "tests" / "data" / "gold"
# the fourth draw, as written in tests/data/gold/README.md ("Round 2")
SEED, PER_OUTLET = 20261204, 5
EARLIER = ((20261201, 6), (20261202, 2), (20261203, 3))


def _select_module() -> ModuleType:
    sys.path.insert(0, str(GOLD))  # select_vntc.py imports its sibling materialize.py
    try:
        spec = importlib.util.spec_from_file_location("gold_select_vntc", GOLD / "select_vntc.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(GOLD))
    return module


def _listed() -> list[list[str]]:
    text = (GOLD / "sources-r2.tsv").read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip()]


def _labeled() -> dict[str, str]:
    """Gold id -> split of every round-2 VNTC record."""
    found = {}
    for split in ("dev", "heldout"):
        for line in (GOLD / split / "vntc-r2.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                found[json.loads(line)["id"]] = split
    return found


def test_every_pick_of_round_2_is_labeled_once_in_its_split() -> None:
    listed = {row[0]: row[1] for row in _listed()}
    assert len(listed) == 4 * PER_OUTLET
    assert _labeled() == listed


def test_round_2_is_the_fixed_draw_and_shares_no_text_with_round_1() -> None:
    shared_path("corpora", "vntc-politics")
    select = _select_module()
    picks = select.select(SHARED, PER_OUTLET, SEED, EARLIER)
    assert [(gold_id, vntc_id) for vntc_id, gold_id, _, _ in picks] == [(r[0], r[3]) for r in _listed()]
    round_1 = (GOLD / "sources.tsv").read_text(encoding="utf-8")
    assert not {row[0] for row in _listed()} & {line.split("\t")[0] for line in round_1.splitlines()}
