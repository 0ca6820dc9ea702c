"""The labeling rounds of the VNTC gold: the draw script and what each round lists and labels."""

from __future__ import annotations

import importlib.util
import json
import sys
from types import ModuleType

from tests.conftest import ROOT

GOLD = ROOT / "tests" / "data" / "gold"
# the labeling rounds that have VNTC texts (round 8 was web only)
VNTC_ROUNDS = (1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12, 13)


def select_module() -> ModuleType:
    """``tests/data/gold/select_vntc.py``, loaded as a module."""
    sys.path.insert(0, str(GOLD))  # select_vntc.py imports its sibling materialize.py
    try:
        spec = importlib.util.spec_from_file_location("gold_select_vntc", GOLD / "select_vntc.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(GOLD))
    return module


def listed(sources: str) -> list[list[str]]:
    """The rows of a sources file (``sources-r2.tsv``), split at tabs."""
    text = (GOLD / sources).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip()]


def labeled(gold_file: str) -> dict[str, str]:
    """Gold id -> split of every record of a round's gold file name (``vntc-r2.jsonl``)."""
    found = {}
    for split in ("dev", "heldout"):
        for line in (GOLD / split / gold_file).read_text(encoding="utf-8").splitlines():
            if line.strip():
                found[json.loads(line)["id"]] = split
    return found
