"""perf-speed3: RareKeyedStarts and the scans gated by it give the same offsets and matches as before."""

from __future__ import annotations

import random
import re

import pytest

from transforms.extract import events, organizations
from transforms.extract.gazetteer import bounded
from transforms.extract.starts import LiteralStarts, RareKeyedStarts, bounded_at, matches_at, rare_offset

_PIECES = (
    "Hội nghị",
    "hội nghị",
    "Hội",
    "hội",
    "nghị",
    "Cuộc họp",
    "cuộc họp báo",
    "buổi họp",
    "Phiên họp",
    "kỳ họp",
    "hội thảo",
    "Đại hội",
    "tọa đàm",
    "Bí thư",
    "bí thư",
    "Thường trực",
    "thường trực",
    "tỉnh ủy",
    "huyện uỷ",
    "đảng ủy",
    "sơ kết",
    "Tổng kết",
    "gặp mặt",
    "mít tinh",
    "mittinh",
    "giao ban",
    "Group",
    "Bank",
    "Co., Ltd",
    "Vietnam Airlines",
    "Honda Motors",
    " ",
    " ",
    "  ",
    "\n",
    ",",
    ".",
    "x",
    "_",
    "5",
    "Bí",
    "ường",
    "í ",
    "ọp",
)


def _texts(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 20))) for _ in range(count)]


def test_rare_offset_is_the_first_rare_character_after_the_first() -> None:
    assert rare_offset("sáng") == 1
    assert rare_offset("phiên họp") == 3
    assert rare_offset("khu du lịch ") == 8
    assert rare_offset("giao ban") == 1  # no rare character: the text after the first
    assert rare_offset("ở") == 0


@pytest.mark.parametrize(
    "forms",
    [
        ("ab", "abc", "xbc", "aa", "ba", "aaab"),
        ("aaa", "baaa", "a"),
        ("Bí ", "bí ", "Thường ", "thường ", "ường", "í"),
        ("phiên", "ngày", "sáng", "ng", "ày", "phiêngày"),
    ],
)
def test_rare_keyed_starts_find_every_offset_of_every_form(forms: tuple[str, ...]) -> None:
    starts = RareKeyedStarts(forms)
    rng = random.Random(7)
    pieces = (*forms, " ", "x", "á", "ê", "ng")
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 15))) for _ in range(1500)]
    for text in ["", "aaaa", "phiêngày sángày", "Bí thường Thường", *texts]:
        expected = tuple(i for i in range(len(text)) if any(text.startswith(f, i) for f in forms))
        assert starts(text) == expected, repr(text)


def test_rare_keyed_starts_with_short_keys_are_literal_starts() -> None:
    forms = ("phiên họp", "Phiên họp", "cuộc họp", "ường", "Bí ")
    starts, reference = RareKeyedStarts(forms, key_chars=2), LiteralStarts(forms)
    for text in _texts(11, 1500):
        assert starts(text) == reference(text), repr(text)


def test_bounded_at_is_bounded() -> None:
    regex = re.compile(r"(?:ab|bc?)\w*|(?:xb)\d?")
    starts = LiteralStarts(("ab", "b", "bc", "xb"))
    rng = random.Random(13)
    for text in [
        "",
        "ab xb1 _b bc-b",
        *("".join(rng.choice("abcx1_- /") for _ in range(20)) for _ in range(800)),
    ]:
        for extra in ("", "-/"):
            expected = [m.span() for m in bounded(regex, text, extra)]
            assert [m.span() for m in bounded_at(regex, starts, text, extra)] == expected, (text, extra)


def test_event_keyword_and_bare_scans_are_as_before() -> None:
    assert events._BARE_AS_STARTED
    reference = LiteralStarts(events._KEYWORD_STARTS.forms)
    for text in ["Hội nghị tổng kết, cuộc họp báo và phiên họp", *_texts(17, 3000)]:
        assert events._KEYWORD_STARTS(text) == reference(text)
        expected = [m.span() for m in bounded(events._BARE, text)]
        assert [m.span() for m in bounded_at(events._BARE, events._BARE_STARTS, text)] == expected


def test_committee_and_company_scans_are_finditer() -> None:
    from transforms.extract.starts import finditer_at

    assert organizations._LOWER_COMMITTEE_AS_STARTED
    for text in [
        "Bí thư tỉnh ủy Nam Định, thường trực huyện uỷ",
        " Vietnam Airlines Group",
        *_texts(19, 3000),
    ]:
        committees = matches_at(
            organizations._LOWER_COMMITTEE, text, organizations._LOWER_COMMITTEE_STARTS(text)
        )
        assert [m.span() for m in committees] == [
            m.span() for m in organizations._LOWER_COMMITTEE.finditer(text)
        ]
        companies = finditer_at(organizations._COMPANY_WORD, organizations._COMPANY_STARTS, text)
        assert [m.span() for m in companies] == [m.span() for m in organizations._COMPANY_WORD.finditer(text)]


def test_one_space_is_re_sub_of_white_runs() -> None:
    from transforms.extract.gazetteer import one_space

    for text in ["", "Ban  Chỉ\nđạo", " \t a\u00a0\u2009b \n", "Sở Y tế", "x\r\n\r\ny  "]:
        assert one_space(text) == re.sub(r"\s+", " ", text)
