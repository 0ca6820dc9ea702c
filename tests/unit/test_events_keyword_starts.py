"""events._keywords: bounded(_KEYWORD, text) with the regex tried only where a keyword literal starts."""

from __future__ import annotations

import re
from collections.abc import Iterable

from transforms.extract import events
from transforms.extract.gazetteer import bounded

_TEXTS = (
    "Hội nghị Trung ương 4 khóa XII và kỳ họp thứ 9 Quốc hội khóa XIV.",
    "Cuộc họp báo chiều nay; cuộc họp mặt; buổi tiếp xúc với cử tri; Buổi tiếp xúc cử tri các xã.",
    "hội nghịhội nghị, xHội nghị, Đại hội, đại hội, Đại hộii, tổ chức sơ kết, tổng kết, gặp mặt, Họp mặt.",
    "Lễ mittinh, mittinh, Mít tinh, lễ mít tinh, giao ban, Buổi giao ban, diễn đàn, tọa đàm, hội thảo.",
    "Phiên họp thứ 5; phiên họp; Giao ban tuần.",
    "Hội nghị",
    "",
)


def _spans(matches: Iterable[re.Match[str]]) -> list[tuple[tuple[int, int], str]]:
    return [(m.span(), m.group("kw")) for m in matches]


def test_keywords_same_matches_as_bounded_scan() -> None:
    for text in _TEXTS:
        assert _spans(events._keywords(text)) == _spans(bounded(events._KEYWORD, text)), text
    assert len(_spans(events._keywords(_TEXTS[2]))) == 6  # the glued, inner and lengthened forms left out


def test_keyword_starts_hold_every_literal_of_the_regex() -> None:
    # the prefilter is right only while every alternative of _KEYWORD is one of its forms
    source = events._KEYWORD.pattern
    assert source.startswith("(?P<kw>") and source.endswith(r")(?![\w])")
    inner = source[len("(?P<kw>") : -len(r")(?![\w])")]
    forms = set(events._KEYWORD_STARTS.forms)
    for form in forms:
        assert re.fullmatch(inner, form), form
    # and the alternation finds nothing else in a text of them all
    text = " ".join(sorted(forms))
    assert {m.group(0) for m in re.finditer(inner, text)} <= forms
