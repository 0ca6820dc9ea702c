"""Places named as where things happen: "tại Hà Nội", "Điểm cầu Thái Nguyên".

Only gazetteer places (``data/places.txt``) count, so "tại Hội nghị" or "tại cơ sở"
never become places.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from transforms.extract.gazetteer import UPPER, alternation, bounded, place_names


@cache
def place_regex() -> re.Pattern[str]:
    """Compiled "tại / điểm cầu + place" regex; group ``place`` is the place as written."""
    places = alternation(place_names())
    return re.compile(
        r"(?:tại|Tại|Điểm cầu|điểm cầu|diễn ra ở)\s+"
        r"(?:(?:thành phố|Thành phố|tỉnh|Tỉnh|Thủ đô|thủ đô|nước|thị xã)\s+)?"
        rf"(?P<place>{places})(?![\w])(?! {UPPER})"
    )


def find_places(text: str) -> list[tuple[str, int, int]]:
    """Places in one text.

    Args:
        text: Cleaned text or a caption.

    Returns:
        ``(place, start, end)`` triples in text order.
    """
    return [(m.group("place"), m.start("place"), m.end("place")) for m in bounded(place_regex(), text)]


def extract_places(body: str, captions: Sequence[str] = ()) -> tuple[str, ...]:
    """Distinct places of an article, body first, then captions.

    Args:
        body: Cleaned body.
        captions: Photo captions ("Điểm cầu Thái Nguyên." counts).

    Returns:
        Place names as written, first mention order, duplicates removed.
    """
    seen: dict[str, None] = {}
    for text in (body, *captions):
        for place, _, _ in find_places(text):
            seen.setdefault(re.sub(r"\s+", " ", place), None)
    return tuple(seen)
