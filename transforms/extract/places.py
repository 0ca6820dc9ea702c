"""Places named as where things happen: "tại Hà Nội", "Điểm cầu Thái Nguyên".

Only gazetteer places (``data/places.txt``) count, so "tại Hội nghị" or "tại cơ sở"
never become places.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from transforms.extract.gazetteer import (
    ACRONYM,
    CAP_SYL,
    LOWER,
    UPPER,
    alternation,
    both_cases,
    bounded,
    name_syllables,
    place_names,
)

# Venues named after "tại": "Hội trường UBND tỉnh", "Nhà Quốc hội", "Trung tâm Hội nghị quốc gia".
_VENUE_HEADS = (
    "Hội trường",
    "Nhà Quốc hội",
    "Trung tâm Hội nghị",
    "Sân vận động",
    "Nhà văn hóa",
    "Nhà Văn hóa",
    "Cung Văn hóa",
    "Trụ sở",
    "Phủ Chủ tịch",
    "Phòng họp",
)
_ADMIN_TAIL = r"(?: (?:tỉnh|huyện|thành phố|quận|thị xã|xã|phường)(?![\w]))?"


@cache
def place_regex() -> re.Pattern[str]:
    """Compiled "tại / ở / điểm cầu + place" regex; group ``place`` is the place as written.

    A gazetteer place may follow an administrative word ("tỉnh", "TP"); any capitalized name
    may follow the words of a unit below the province ("huyện Tân Hiệp", "TP Vinh") or
    "Cộng hòa" / "Liên bang" (kept: "Cộng hòa Áo"); a venue follows "tại" ("Hội trường UBND tỉnh"),
    and so does a city named before its country ("tại Kazan, Liên bang Nga").
    """
    places = alternation(place_names())
    name = rf"{CAP_SYL}(?: {CAP_SYL}){{0,3}}"
    # a capitalized word may end in a lowercase syllable ("Trụ sở Chính phủ", "Trường Chính trị tỉnh",
    # "Cung Văn hóa Thiếu nhi Khánh Hòa": any syllable when a capitalized word or a unit follows);
    # "và" joins two capitalized words ("Trung tâm Hội nghị và Triển lãm tỉnh")
    syllable = alternation(name_syllables(), flexible_space=False)
    unit_after = r"(?:tỉnh|thành phố|huyện|quận)(?![\w])"
    word = rf"{CAP_SYL}(?: (?:{syllable}(?![\w])|{LOWER}+(?= (?:{UPPER}|{unit_after}))))?"
    venue = (
        "(?:"
        + "|".join(_VENUE_HEADS)
        + rf")(?: (?:(?:Tỉnh|Thành|Huyện|Quận) ủy|Trung ương|{word}|{ACRONYM}|và(?= {UPPER})))*{_ADMIN_TAIL}"
    )
    return re.compile(
        # "trên địa bàn TPHCM": the territory where things happen
        r"(?:tại|Tại|Điểm cầu|điểm cầu|diễn ra ở|ở|đến|tới|địa bàn)\s+(?:"
        r"(?:(?:thành phố|Thành phố|TP\.?|tỉnh|Tỉnh|Thủ đô|thủ đô|nước|thị xã)\s+)?"
        rf"(?P<place>{places})(?![\w])(?! {UPPER})"
        r"|(?:thành phố|TP\.?|huyện|quận|thị xã|thị trấn|xã|phường|thôn|bản|thủ đô)"
        rf"\s+(?P<unit>{name})(?![\w])"
        rf"|(?P<state>(?:Cộng hòa|Liên bang) {name})(?![\w])"
        rf"|(?<=[Tt]ại )(?P<venue>{venue})(?![\w])"
        rf"|(?<=[Tt]ại )(?P<city>{CAP_SYL}(?: {CAP_SYL}){{0,2}})(?=, (?:{places}|Liên bang|Cộng hòa)(?![\w]))"
        r")"
    )


@cache
def unit_regex() -> re.Pattern[str]:
    """Compiled "unit + name" regex for places named anywhere: "huyện Núi Thành", "Xã Minh Trí",
    "(P.Hòa Minh, Q.Liên Chiểu, TP Đà Nẵng)", "tỉnh Tuyên Quang"; group ``place``, then ``also``: a
    listed place after a comma ("thị trấn Lạc Dương, Lâm Đồng").

    Other names take one or two capitalized syllables (names of districts, communes and wards); a
    third capitalized syllable means a person's name follows a unit whose name is left out ("UBND
    thành phố Phan Anh Minh"), so nothing is taken.
    """
    places = alternation(place_names())
    units = both_cases(
        "tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn", "thôn", "ấp"
    )
    # a look-ahead on the units' first letters lets re skip most positions (about 2x faster)
    return re.compile(
        rf"(?=[tThHqQxXpPấẤ])(?:{units} |TP\.? ?|P\.|Q\.|TX\.)"
        rf"(?P<place>{places}(?![\w])(?! {UPPER})"
        rf"|{UPPER}{LOWER}+(?![\w'])(?: {CAP_SYL})?(?![\w'])(?! {UPPER}))"
        rf"(?:, (?P<also>{places})(?![\w]))?"
    )


@cache
def _list_regex() -> re.Pattern[str]:
    """A listed place right after a place: "tỉnh Nam Định và Thanh Hóa", "quận 1 - TPHCM", or in
    brackets: "huyện A Lưới (Thừa Thiên - Huế)", "Trung tâm Hội nghị Quốc gia Mỹ Đình (Hà Nội)"."""
    return re.compile(
        rf"(?:,\s*|\s+và\s+|\s+-\s+|\s*\(\s*)(?P<place>{alternation(place_names())})(?![\w])(?! {UPPER})"
    )


# "quận 1 - TPHCM": the city after a numbered district
_NUMBERED_UNIT = re.compile(r"(?=[qQ])(?:quận|Quận|Q\.)\s*\d{1,2}(?![\w])")


def find_places(text: str) -> list[tuple[str, int, int]]:
    """Places in one text.

    Args:
        text: Cleaned text or a caption.

    Returns:
        ``(place, start, end)`` triples in text order.
    """
    found = []
    cities = set()  # "tại Kazan, Liên bang Nga": the city is the place, its country only locates it
    for match in bounded(place_regex(), text):
        group = next(g for g in ("place", "unit", "state", "venue", "city") if match.group(g))
        found.append((match.group(group), match.start(group), match.end(group)))
        if group == "city":
            cities.add(match.end(group))
    taken = {start for _, start, _ in found}
    for match in bounded(unit_regex(), text):
        for group in ("place", "also"):
            if match.group(group) and match.start(group) not in taken:
                found.append((match.group(group), match.start(group), match.end(group)))
    ends = [end for _, _, end in found] + [m.end() for m in _NUMBERED_UNIT.finditer(text)]
    taken = {start for _, start, _ in found}
    for end in ends:
        while end not in cities and (more := _list_regex().match(text, end)) is not None:
            if more.start("place") not in taken:
                taken.add(more.start("place"))
                found.append((more.group("place"), more.start("place"), more.end("place")))
            end = more.end()
    found.sort(key=lambda item: item[1])
    return found


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
