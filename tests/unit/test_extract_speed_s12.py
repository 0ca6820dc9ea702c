"""Speed changes of session 12 (perf-s12): each new helper against the code it replaces (same output)."""

from __future__ import annotations

import pytest

from transforms.clean import normalize

# tokens of every kind _scan_tones meets: new-style marks, misplaced marks, both, neither, punctuation
_TOKENS = [
    "hoà",
    "Uỷ",
    "(hoà)",
    "“Uỷ”",
    "Giaó",
    "ngừơi,",
    "qúy",
    "quý",
    "hoà_bình",
    "hoà1",
    "x²hoà",
    "thuỷ-Giaó",
    "người",
    "Bộ",
    "QUÝ",
    "HOÀ",
    "hoàGiaó",
    "ab",
]


def test_changed_tokens_are_those_the_scan_changes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(normalize, "_placed", {})
    expected = {token for token in _TOKENS if normalize._scan_tones(token)[1]}
    assert expected  # the samples hold changed tokens ...
    assert expected != set(_TOKENS)  # ... and unchanged ones
    for _ in range(2):  # fresh and warm word cache
        assert set(normalize._changed_tokens(set(_TOKENS))) == expected
    assert normalize._changed_tokens(set()) == []


def test_token_at_reads_the_line_of_a_position() -> None:
    joined = "ab\ncde\nf"
    assert [normalize._token_at(joined, pos) for pos in (0, 1, 3, 5, 7)] == ["ab", "ab", "cde", "cde", "f"]


@pytest.mark.parametrize(
    "text",
    [
        "Bộ Giaó dục và hoà bình hoà",
        "hoà hoàbình (hoà) hoà, hoà\thoà\n\nhoà",
        "Uỷ ban\u3000nhân dân Uỷ\u00a0ban",
        "aahoà hoà hoàhoà hoà",
        "hoà",
    ],
)
def test_scan_tokens_matches_the_whole_scan(text: str) -> None:
    changed = {token for token in text.split() if normalize._scan_tones(token)[1]}
    assert changed
    assert normalize._scan_tokens(text, changed) == normalize._scan_tones(text)
