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
    compile_cached,
    name_syllables,
    one_space,
    place_names,
    word_start,
)
from transforms.extract.starts import LiteralStarts, matches_at

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
# "tỉnh Quảng Ninh", "Thủ đô Hà Nội": a place after an administrative word ("TP Hồ Chí Minh" and
# "Thành phố Hồ Chí Minh" are listed as written)
_ADMIN_HEAD = r"(?:thành phố|tỉnh|Tỉnh|Thủ đô|thủ đô)"
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
    return compile_cached(
        # "trên địa bàn TPHCM": the territory where things happen
        r"(?:tại|Tại|Điểm cầu|điểm cầu|Đầu cầu|đầu cầu|diễn ra ở|ở|đến|tới|địa bàn)(?: chính)?\s+(?:"
        r"(?:(?:thành phố|Thành phố|TP\.?|tỉnh|Tỉnh|Thủ đô|thủ đô|nước|thị xã)\s+)?"
        rf"(?P<place>{places})(?![\w])(?! {UPPER})"
        r"|(?:thành phố|TP\.?|huyện|quận|thị xã|thị trấn|xã|phường|thôn|bản|thủ đô)"
        rf"\s+(?P<unit>{name})(?![\w])"
        rf"|(?P<state>(?:Cộng hòa|Liên bang) {name})(?![\w])"
        rf"|(?<=[Tt]ại )(?P<venue>{venue})(?![\w])"
        rf"|(?<=cầu chính )(?P<main>{venue})(?![\w])"
        rf"|(?<=[Tt]ại )(?P<city>{CAP_SYL}(?: {CAP_SYL}){{0,2}})(?=, (?:{places}|Liên bang|Cộng hòa)(?![\w]))"
        r")"
    )


_UNIT_WORDS = ("tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn", "thôn", "ấp")
_UNIT_ABBRS = ("P.", "Q.", "TX.")
# every unit_regex() match starts with a unit word, "TP" or an abbreviation: it is tried only there
_UNIT_STARTS = LiteralStarts(
    (*(f for w in _UNIT_WORDS for f in (w[0].upper() + w[1:], w[0].lower() + w[1:])), "TP", *_UNIT_ABBRS)
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
    units = both_cases(*_UNIT_WORDS)
    abbrs = "|".join(re.escape(abbr) for abbr in _UNIT_ABBRS)
    # tried only at _UNIT_STARTS (find_places): a scan of every position costs ~4x more
    return compile_cached(
        rf"(?:(?P<hcm>TP\.? ?HCM)(?![\w])|(?:{units} |TP\.? ?|(?P<abbr>{abbrs}) ?)"
        rf"(?P<place>{places}(?![\w])(?! {UPPER})"
        # "xã Vĩnh Hậu A", "P.Bình Hưng Hòa B": a commune split in two keeps its letter
        rf"|{UPPER}{LOWER}+(?![\w'])(?: {CAP_SYL})?(?(abbr)(?: {CAP_SYL})?)(?: [A-D](?![\w]))?"
        rf"(?![\w'])(?! {UPPER})))"
        # ", Mỹ Xuyên": a listed name that goes on is another name ("Mỹ"), not the place
        rf"(?:, (?P<also>{places})(?![\w])(?! {UPPER}))?"
    )


@cache
def _list_regex() -> re.Pattern[str]:
    """A listed place right after a place: "tỉnh Nam Định và Thanh Hóa", "quận 1 - TPHCM", or in
    brackets: "huyện A Lưới (Thừa Thiên - Huế)", "Trung tâm Hội nghị Quốc gia Mỹ Đình (Hà Nội)"."""
    return compile_cached(
        rf"(?:,\s*|\s+và\s+|\s+-\s+|\s*\(\s*)(?:{_ADMIN_HEAD}\s+)?"
        rf"(?P<place>{alternation(place_names())})(?![\w])(?! {UPPER})"
    )


@cache
def _told_regex() -> re.Pattern[str]:
    """Listed places told without "tại": after a verb of going ("đã về Thanh Hóa kiểm tra", "đi Berlin",
    "thăm Đà Nẵng"); group ``place``.
    """
    # "học về Anh ngữ": a language, not the country
    return compile_cached(
        rf"(?:{_ADMIN_HEAD}\s+)?(?P<place>{alternation(place_names())})(?![\w])(?! {UPPER}| ngữ(?![\w]))"
    )


_GOING = ("về ", "đi ", "thăm ")  # found with str.find, much faster than a regex alternation
# "về" is "about" after a word of knowing or telling: "hiểu biết về Việt Nam", "Hội thảo ... về Điện Biên Phủ"
_ABOUT_WORDS = (
    "hiểu biết",
    "hiểu",
    "quan tâm",
    "thông tin",
    "hội thảo",
    "tọa đàm",
    "kiến thức",
    "tìm hiểu",
    "nghiên cứu",
    "chuyện",
    "nói",
    "bàn",
    "viết",
    "phim",
    "sách",
    "ấn tượng",
    "cảm nhận",
    "báo cáo",
    "trao đổi",
    "thảo luận",
    "triển lãm",
    "giới thiệu",
    "tuyên truyền",
    "hình ảnh",
    "ký ức",
    "kỷ niệm",
    "bài",
    "tư liệu",
    "tài liệu",
    "hỏi",
    "ý kiến",
    "đánh giá",
    "nhận định",
    "nhận xét",
)
_ABOUT_PADDED = tuple(f" {word} " for word in _ABOUT_WORDS)  # matched as whole words in a short window
ABOUT_WORDS_BEFORE = 5  # the word of telling and up to four words of its object ("Hội thảo Việt - Pháp về")


def _about(text: str, at: int) -> bool:
    """True when "về" at ``at`` follows a word of knowing or telling within a few words (it means "about")."""
    window = " " + " ".join(text[max(0, at - 40) : at].lower().split()[-ABOUT_WORDS_BEFORE:]) + " "
    return any(word in window for word in _ABOUT_PADDED)


# "Bảo tàng Hồ Chí Minh", "tư tưởng Hồ Chí Minh": without "TP" / "thành phố" the name is the person's
_CITY_WORD = re.compile(r"(?:TP\.?|[Tt]hành phố) ?$")


@cache
def _comma_regex() -> re.Pattern[str]:
    """A listed place after a comma (", Hà Nội", ", tỉnh Quảng Ninh"); group ``place``."""
    return compile_cached(
        rf",\s*(?:{_ADMIN_HEAD}\s+)?(?P<place>{alternation(place_names())})(?![\w])(?! {UPPER})"
    )


# "đến sân bay Nội Bài, Hà Nội", "tại Trường THPT Lê Lợi, Hà Nội": a venue's name before the comma
_VENUE_CUES = ("tại ", "Tại ", "đến ", "ở ")  # found with str.find, then the name is checked
_VENUE_BEFORE = re.compile(rf"(?:tại|Tại|đến|ở)\s+[^,.;:\n()]{{0,50}}?{CAP_SYL}$")
VENUE_CHARS = 60  # the cue, a venue's name of up to 50 characters and spaces


@cache
def _head_regex() -> re.Pattern[str]:
    """A place heading a news item, matched on the text before its colon: "Thanh Hóa" / "(Phú Yên)"."""
    places = alternation(place_names())
    return compile_cached(rf"(?:(?<![\w])(?P<head>{places})|\((?P<bracket>{places})\))\s*$")


_HEAD_COLON = re.compile(rf":\s+(?={UPPER})")
# a capitalized syllable (not an administrative word) right before a head's place
_NAME_BEFORE = re.compile(rf"(?<![\w])(?!Tỉnh |Thành phố |TP |Thủ đô ){UPPER}{LOWER}* $")
HEAD_CHARS = 40  # the longest listed place, its brackets and spaces fit in 40 characters


# "đảo Phú Quý", "mỏ Bạch Hổ", "khu du lịch Tuần Châu", "khu vực Hòn Gai", "ven biển Nha Trang": a named
# landform or zone; two or three capitalized syllables that stop there (a fourth names something else), or one
# before a punctuation mark ("đảo Eleuthera, ..."; not "khu vực Bùng binh ...")
_FEATURES = (
    "đảo",
    "quần đảo",
    "mỏ",
    "khu du lịch",
    "khu vực",
    "khu",
    "vịnh",
    "cửa khẩu",
    "ven biển",
    "bãi biển",
)
_SYL = rf"{UPPER}{LOWER}+(?![\w'])"  # a capitalized syllable
_FEATURE = re.compile(
    rf"(?:{'|'.join(sorted(_FEATURES, key=len, reverse=True))}) "
    rf"(?P<place>(?!Công |Kinh |Nhà |Đô |Chế |Kỹ |Dân |Tái |Quản |Bảo |Liên )"
    rf"(?:{_SYL}(?: {_SYL}){{1,2}}(?! {UPPER})|{_SYL}(?=[,.;:)\n]|$)))"
    r"(?![\w-])(?! \d)"
)


# "các huyện Phù Cát, Tây Sơn, Phù Mỹ", "các quận 10, 11, Bình Thạnh": the units of a plural list, each
# a name of one or two capitalized syllables (three would be a person's) or a number, maybe with a
# bracket after it ("các xã Đa Lộc, Minh Lộc (huyện Hậu Lộc), Quảng Cư")
_PLURAL_UNITS = re.compile(r"(?<![\w])các (?:huyện|quận|thị xã|thị trấn|xã|phường|thôn|ấp|bản) (?=[\d\w])")
_PLURAL_ITEM = re.compile(
    rf"(?:(?P<name>{UPPER}{LOWER}+(?![\w'])(?: {UPPER}{LOWER}+(?![\w']))?)(?![\w-])(?! {UPPER})"
    r"|\d{1,2}(?![\w]))"
    r"(?: \([^()\n]{0,40}\))?"
)
_PLURAL_JOIN = re.compile(r",? và |, ")


def _plural_units(text: str) -> list[tuple[str, int, int]]:
    """The named units of every "các huyện A, B và C" list in ``text`` (numbers are skipped)."""
    found = []
    at = text.find("các ")
    while at >= 0:
        head = _PLURAL_UNITS.match(text, at)
        pos = head.end() if head is not None else -1
        while pos >= 0 and (item := _PLURAL_ITEM.match(text, pos)) is not None:
            if item.group("name"):
                found.append((item.group("name"), item.start("name"), item.end("name")))
            join = _PLURAL_JOIN.match(text, item.end())
            pos = join.end() if join is not None else -1
        at = text.find("các ", at + 1)
    return found


# "quận 1 - TPHCM": the city after a numbered district
_NUMBERED_UNIT = re.compile(r"(?:quận|Quận|Q\.)\s*\d{1,2}(?![\w])")  # literals first: re skips ahead


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
        group = next(g for g in ("place", "unit", "state", "venue", "main", "city") if match.group(g))
        found.append((match.group(group), match.start(group), match.end(group)))
        if group == "city":
            cities.add(match.end(group))
    taken = {start for _, start, _ in found}
    for match in matches_at(unit_regex(), text, _UNIT_STARTS(text)):
        if not word_start(text, match.start()):
            continue
        for group in ("hcm", "place", "also"):
            if match.group(group) and match.start(group) not in taken:
                found.append((match.group(group), match.start(group), match.end(group)))
    told = []
    for verb in _GOING:
        at = text.find(verb)
        while at >= 0:
            going = _told_regex().match(text, at + len(verb)) if word_start(text, at) else None
            if going is not None and not (verb == "về " and _about(text, at)):
                told.append((going, "place"))
            at = text.find(verb, at + 1)
    for cue in _VENUE_CUES:
        at = text.find(cue)
        while at >= 0:
            comma = text.find(",", at, at + VENUE_CHARS)
            named = comma > 0 and word_start(text, at) and _VENUE_BEFORE.match(text, at, comma)
            if named and (after := _comma_regex().match(text, comma)) is not None:
                told.append((after, "place"))
            at = text.find(cue, at + 1)
    told.extend((match, "place") for match in bounded(_FEATURE, text))
    for colon in _HEAD_COLON.finditer(text):
        head = _head_regex().search(text, max(0, colon.start() - HEAD_CHARS), colon.start())
        # "công ty Đức Anh: ...": a listed name ending a longer name is no head
        if head is not None and (head.group("bracket") or not _NAME_BEFORE.search(text, 0, head.start())):
            told.append((head, "head" if head.group("head") else "bracket"))
    if told:
        covered = bytearray(len(text) + 1)
        for _, a, b in found:
            covered[a:b] = b"\x01" * (b - a)
        for match, group in told:
            start, end = match.span(group)
            after_city = any(e < start <= e + 3 for e in cities)  # its country
            bare_hcm = match.group(group) == "Hồ Chí Minh"
            person = bare_hcm and not _CITY_WORD.search(text, max(0, start - 12), start)
            if not any(covered[start:end]) and not after_city and not person:
                covered[start:end] = b"\x01" * (end - start)
                found.append((match.group(group), start, end))
    taken = {start for _, start, _ in found}
    for place in _plural_units(text):
        if place[1] not in taken:
            found.append(place)
    ends = [end for _, _, end in found] + [m.end() for m in _NUMBERED_UNIT.finditer(text)]
    taken = {start for _, start, _ in found}
    for end in ends:
        while end not in cities and (more := _list_regex().match(text, end)) is not None:
            if more.start("place") not in taken:
                taken.add(more.start("place"))
                found.append((more.group("place"), more.start("place"), more.end("place")))
            end = more.end()
    found.sort(key=lambda item: item[1])
    # "tại Thủ đô Hà Nội": the place is the city
    return [(p[7:], a + 7, b) if p.startswith("Thủ đô ") else (p, a, b) for p, a, b in found]


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
            seen.setdefault(one_space(place), None)
    return tuple(seen)
