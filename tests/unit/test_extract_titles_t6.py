"""Issue 9, this session: person-title forms of appointment news and foreign reporting.

The cases are data tables, ``tests/data/titles/forms-t*.jsonl``: one made-up sentence a line
(names, bodies and places combined freely, in shapes seen across several outlets and years), the
form it exercises, whether it is a negative case, and every person it holds with their titles.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from transforms.extract.people import extract_people

_DIR = Path(__file__).resolve().parents[1] / "data" / "titles"
# wave 1 (forms-t6), wave 2 (forms-t7: lowercase bodies after a bare head, names ending in a head word)
# and wave B (forms-t9: lowercase unit names after "Trưởng phòng" / "Trưởng ban", bodies lowercase after
# one or two capitalized words, a bare head chained to a full title)
_FILES = sorted(_DIR.glob("forms-t*.jsonl"))


def _rows() -> list[dict[str, Any]]:
    return [
        json.loads(line)
        for path in _FILES
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


def _cases() -> list[object]:
    rows = _rows()
    return [
        pytest.param(
            row["text"], row["people"], id=f"{row['form']}{' (negative)' if row['negative'] else ''}"
        )
        for row in rows
    ]


@pytest.mark.parametrize(("text", "people"), _cases())
def test_form(text: str, people: dict[str, list[str]]) -> None:
    got = {p.name: list(p.titles) for p in extract_people(text)}
    assert got == people


def test_every_form_has_a_positive_and_a_negative_case() -> None:
    rows = _rows()
    assert len(_FILES) >= 2, _FILES
    kinds: dict[str, set[bool]] = {}
    for row in rows:
        kinds.setdefault(row["form"], set()).add(row["negative"])
    assert rows and all(len(sides) == 2 for sides in kinds.values()), kinds
