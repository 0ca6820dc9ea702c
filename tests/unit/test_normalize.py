from __future__ import annotations

import unicodedata

import pytest

from transforms.clean.normalize import (
    canonical_tones,
    fold,
    normalize_unicode,
    restore_spelling,
    unescape_entities,
)


@pytest.mark.parametrize(
    ("newer", "older"),
    [
        ("Uỷ viên Bộ Chính trị", "Ủy viên Bộ Chính trị"),  # seed 001 writes both styles
        ("hoà bình", "hòa bình"),
        ("sức khoẻ", "sức khỏe"),
        ("thuỷ lợi", "thủy lợi"),
        ("HOÀ", "HÒA"),
        ("tuỳ", "tùy"),
    ],
)
def test_newer_tone_style_becomes_older_and_is_recoverable(newer: str, older: str) -> None:
    text, changes = canonical_tones(newer)
    assert text == older
    assert len(text) == len(newer)
    assert restore_spelling(text, changes) == newer


@pytest.mark.parametrize("word", ["quý", "Quỳnh", "ngoái", "hoàn thành", "Ủy ban", "khuyến", "thuyền"])
def test_words_already_canonical_or_not_open_syllables_are_kept(word: str) -> None:
    assert canonical_tones(word) == (word, ())


def test_nfd_input_is_composed_first() -> None:
    nfd = unicodedata.normalize("NFD", "Ảnh: Đảng ủy")
    assert normalize_unicode(nfd) == "Ảnh: Đảng ủy"


def test_entities_are_unescaped_until_stable() -> None:
    # VNTC: "20/2005/QĐ-BGD&amp;ĐT"; a VietNamNet feed: "&amp;apos;"
    assert unescape_entities("20/2005/QĐ-BGD&amp;ĐT") == "20/2005/QĐ-BGD&ĐT"
    assert unescape_entities("it&amp;apos;s") == "it's"


def test_spaces_line_ends_and_zero_width_are_normalized() -> None:
    assert normalize_unicode("a\u00a0b\u200b c\r\nd  \r\n") == "a b c\nd\n"


def test_fold_maps_d_with_stroke() -> None:
    assert fold("Đảng ủy Khối") == "dang uy khoi"
    assert fold("Uỷ") == fold("Ủy") == "uy"
