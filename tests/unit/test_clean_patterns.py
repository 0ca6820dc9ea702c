"""The cleaner's cue-word regex builder (transforms/clean/patterns.py)."""

from __future__ import annotations

import re

from transforms.clean.patterns import LINE_START, NOT_WORD_AFTER, NOT_WORD_BEFORE, cue_pattern


def test_whole_words_any_case_capturing_by_default() -> None:
    pattern = cue_pattern(("lúc", "cập nhật"))
    found = pattern.search("Cập Nhật 10:20")
    assert found is not None and found.group(1) == "Cập Nhật"
    assert pattern.search("lúcnày") is None  # a whole word only


def test_anchors_and_non_capturing_group() -> None:
    pattern = cue_pattern(
        ("pv", "ctv"), before=NOT_WORD_BEFORE, after=r"\s*:?" + NOT_WORD_AFTER, capture=False
    )
    assert pattern.groups == 0
    assert pattern.sub("|", "Bài: PV: Lan") == "Bài: | Lan"
    assert pattern.search("PVX") is None


def test_order_is_kept_and_flags_apply() -> None:
    pattern = cue_pattern(("đăng", "đăng lúc"), before=LINE_START, after="", flags=0)
    found = pattern.match("đăng lúc 9h")
    assert found is not None and found.group(0) == "đăng"  # the first cue that matches wins, as in re
    assert pattern.match("Đăng lúc") is None  # case-sensitive without re.IGNORECASE
    assert pattern.flags & re.IGNORECASE == 0
