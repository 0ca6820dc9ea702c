"""Organizations: Party, State and mass bodies by their full written names.

Two sources, one regex: the gazetteer of national bodies (``data/organizations.txt``)
and a pattern ``HEAD TAIL`` for everything local or not listed, where HEAD is a body
word ("Đảng ủy", "Tỉnh ủy", "UBND", "Bộ", "Sở", "Ban Thường vụ"...) and TAIL the
capitalized name after it ("Đảng ủy Khối các cơ quan Thành phố", "UBND tỉnh Long An").
Compound bodies also yield the body inside them ("Ban Thường vụ Đảng ủy Khối các cơ
quan Thành phố" -> "Đảng ủy Khối các cơ quan Thành phố"). A person's name never
belongs to a body ("UBND tỉnh Long An Nguyễn Văn A" stops before the name). A short form used later
("Đảng ủy Khối") is linked to the one full name it abbreviates in the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from transforms.clean.normalize import fold
from transforms.extract.gazetteer import (
    CAP_SYL,
    LOWER,
    UPPER,
    alternation,
    body_heads,
    folded_places,
    organization_names,
    place_names,
    surnames,
    word_start,
)
from transforms.extract.gazetteer import (
    countries as gazetteer_countries,
)
from transforms.extract.people import find_names
from transforms.extract.titles import INNER_WORDS, name_word, of_body_source, tail_token_source, trim_dangling
from transforms.records import Organization

# Words that open the name of a body (data/body_heads.txt); the name continues after them.
HEADS = body_heads()
# Lowercase administrative levels that name a local body after an acronym head ("HĐND tỉnh",
# "UBND huyện": the body of the article's own province or district).
ADMIN_LEVELS = frozenset({"tỉnh", "huyện", "thành phố", "xã", "phường", "quận", "thị xã", "thị trấn", "TP"})
# Heads whose name continues with another body ("Ban Thường vụ" + "Đảng ủy Khối ...").
COMPOUND = frozenset(
    {
        "Ban Chấp hành",
        "Ban Thường vụ",
        "Đảng đoàn",
        "Ban cán sự đảng",
        "Ủy ban Kiểm tra",
        "Văn phòng",
        "BCH",
        "BTV",
        "CTCP",
        "Bộ Tư lệnh",
        "Bộ Chỉ huy",
        "Thường vụ",
    }
)
# Heads that are generic words in Vietnamese: their tail must start with a capital.
SHORT_FORMS_MAX_WORDS = 4  # "Đảng ủy Khối", "Ủy ban Kiểm tra": short forms are at most 4 syllables

SP = r"[ ]+"
# One-word heads of State offices: "Cục Thuế", "Bộ Nội vụ", "Vụ Pháp chế" are bodies even
# with a one-syllable name (the other one-word heads need more: "Trường Sơn", "Hội An").
_OFFICE_HEADS = frozenset({"Bộ", "Cục", "Sở", "Vụ", "Viện", "Quỹ"})
_HEADS_LONGEST = sorted(HEADS, key=len, reverse=True)
_COMPOUND_LONGEST = sorted(COMPOUND | {"Ban Chấp hành Trung ương"}, key=len, reverse=True)


@cache
def org_regex() -> re.Pattern[str]:
    """The compiled organization regex (gazetteer names, then HEAD + TAIL)."""
    inner = alternation(INNER_WORDS)
    word = name_word()
    gaz = alternation(organization_names())
    heads = alternation(HEADS)
    countries = alternation(gazetteer_countries())
    tail_token = tail_token_source(word, inner, gaz, qualifiers=False)
    # a look-ahead on the possible first letters lets re skip most positions (8x faster)
    first_chars = "".join(sorted({n[0] for n in (*organization_names(), *HEADS)}))
    source = (
        rf"(?=[{first_chars}])"
        rf"(?:(?P<gaz>{gaz}(?![\w])(?:{SP}{countries}(?![\w]))?(?:{SP}{of_body_source(gaz)})?)"
        rf"|(?P<head>{heads})(?P<tail>(?:{SP}(?:{gaz}(?![\w])|{inner}(?![\w])|{word}|\d{{1,2}}(?![\w/.,]\d)(?![\w]))"
        rf"(?:(?:{SP}|(?=[-–])){tail_token})*)))"
    )
    return re.compile(source)


# Bodies named by what they do, in lowercase, and closed by where they act: "Chi cục phòng
# chống lụt bão thành phố Đà Nẵng", "Trung tâm cứu hộ Đà Nẵng", "Ban chỉ đạo phòng chống
# tham nhũng trung ương", "Hội Doanh nghiệp trẻ tỉnh Đồng Nai", "Cụm cảng hàng không miền Trung".
DESCRIPTIVE_HEADS = (
    "Ban chỉ đạo",
    "Ban Chỉ đạo",
    "Ban quản lý",
    "Ban Quản lý",
    "Chi cục",
    "Trung tâm",
    "Tổng cục",
    "Cục",
    "Cụm cảng",
    "Hiệp hội",
    "Hội",
    "Quỹ",
    "Viện",
    "Phòng",
    "Bệnh viện",
    "Tổng công ty",
    "Công ty",
    "Sở",
    "Đài",
    "Hợp tác xã",
    "Nhà máy",
    "Xí nghiệp",
)
# Words that cannot stand inside such a name: a verb, a preposition or a determiner means the
# run is a clause ("Sở đã làm việc với tỉnh Quảng Nam"), not a name.
_CLAUSE_WORDS = (
    "đã|đang|sẽ|vừa|mới|với|của|cho|tại|ở|về|trong|ngoài|các|những|là|và|hoặc|có|được|bị|để|do|từ|"
    "theo|khi|thì|mà|này|đó|nay|phải|cần|cũng|vẫn|không|chưa|rất|đến|lên|ra|vào|năm|ngày|tháng|"
    "nói|làm|gửi|thông báo|đề nghị|yêu cầu|tổ chức|phối hợp|cho biết|tiếp|thăm|trên|dưới|sau|trước|"
    "tỉnh|huyện|thành phố|quận|xã|phường|thị xã|miền|trung ương|như|nhưng|nếu|vì|bởi|rằng|nhiều|một|hai|ba|"
    "lớn|nhất|nhỏ|cũ|hơn"
)
_CAP_BEFORE = re.compile(rf"(?:{UPPER}\S*) $")
MAX_DESCRIPTIVE_WORDS = 7  # the longest such name seen has 6 syllables between head and place


@cache
def descriptive_regex() -> re.Pattern[str]:
    """HEAD + up to 7 syllables (no clause word) + where the body acts (a level and its name,
    a listed place, "trung ương", "miền Bắc|Trung|Nam")."""
    # a one-word head needs a capitalized first word ("Hội Doanh nghiệp trẻ ...", never "Hội nghị")
    one = alternation(h for h in DESCRIPTIVE_HEADS if " " not in h)
    more = alternation(h for h in DESCRIPTIVE_HEADS if " " in h)
    places = alternation(place_names())
    word = rf"(?!(?:{_CLAUSE_WORDS})(?![\w])){UPPER}?{LOWER}+(?![\w'])"
    levels = r"(?:tỉnh|thành phố|TP|huyện|quận|thị xã)"
    anchor = (
        rf"(?:{levels}{SP}(?:{places}|{CAP_SYL}(?:{SP}{CAP_SYL}){{0,3}})|{places}|[Tt]rung ương"
        rf"|miền{SP}(?:Bắc|Trung|Nam))(?![\w])"
    )
    first_chars = "".join(sorted({h[0] for h in DESCRIPTIVE_HEADS}))
    return re.compile(
        rf"(?=[{first_chars}])(?:{more}{SP}|{one}{SP}(?={UPPER}))(?:{word}{SP}){{1,{MAX_DESCRIPTIVE_WORDS}}}{anchor}"
    )


def _descriptive(text: str, found: dict[str, _Org], in_body: bool, stops: tuple[int, ...]) -> None:
    for match in descriptive_regex().finditer(text):
        start, end = match.span()
        if not word_start(text, start) or any(start < s < end for s in stops):
            continue
        if _CAP_BEFORE.search(text, max(0, start - 12), start):
            continue  # "Tổng Công ty ...", "Văn Phòng ...", "T.Ư Hội ...": inside a longer name
        name = match.group(0)
        org = found.get(name)
        if org is None:
            found[name] = _Org(name, start if in_body else None, end if in_body else None, mentions=1)
        else:
            org.mentions += 1


@dataclass
class _Org:
    name: str
    start: int | None
    end: int | None
    mentions: int = 0
    short_forms: list[str] = field(default_factory=list)


# "UBND huyện Quế Sơn", "Đảng bộ huyện Hà Trung": a two-syllable run after an administrative
# word is the unit's name, not a person who ends the body's name.
_ADMIN_BEFORE = re.compile(r"(?:huyện|tỉnh|xã|phường|quận|thành phố|thị xã|thị trấn|TP|Huyện ủy|Tỉnh ủy)\s+$")
_TERM_AFTER = re.compile(r"\s+(?:khóa|nhiệm kỳ)\s+(?:[IVXLC]+|\d)")
_TRAILING = re.compile(r"(?:\s+(?:và|-|của))+$")
_PROPER = re.compile(rf"(?:^|\s)(?:{CAP_SYL}|[A-ZĐ]{{2,}})")


def _has_proper_tail(name: str, termed: bool = False) -> bool:
    """A generic match needs a capitalized word after its head ("UBND tỉnh" alone is no name,
    but with its term after it, "HĐND tỉnh khóa XIV", it is the body of that term: ``termed``)."""
    for head in _HEADS_LONGEST:
        if name.startswith(head + " "):
            rest = name[len(head) + 1 :]
            if (head.isupper() and rest in ADMIN_LEVELS) or rest.endswith("trung ương") or rest.isdigit():
                return True  # "HĐND tỉnh khóa X", "Ban dân vận trung ương"
            # a single capitalized syllable after a one-word head is too often a person or
            # a place ("Trường Chinh", "Trường Sơn", "Hội An"), but not after the heads of
            # State offices, which no person or place is named after ("Cục Thuế", "Sở Nội vụ")
            if " " not in head and " " not in rest and not rest.isupper():
                return (
                    head in _OFFICE_HEADS
                    and rest not in surnames()
                    and rest != "Tổng"  # "Bộ Tổng tham mưu": a word cut, not a name
                    and fold(rest) not in folded_places()
                )
            return bool(_PROPER.search(rest))
    return True


def _clean(name: str) -> str:
    return re.sub(r"\s+", " ", name).strip(" -,")


def _find(text: str, found: dict[str, _Org], in_body: bool) -> None:
    regex = org_regex()
    stops = tuple(
        name.start
        for name in find_names(text)[0]
        if fold(name.text) not in folded_places()
        and not (
            name.text.count(" ") == 1 and _ADMIN_BEFORE.search(text, max(0, name.start - 12), name.start)
        )
    )
    _descriptive(text, found, in_body, stops)
    pos = 0
    while True:
        match = regex.search(text, pos)
        if not match:
            break
        if not word_start(text, match.start()):
            pos = match.start() + 1
            continue
        pos = match.end()
        spans = [(match.start(), match.end())]
        head = match.group("head")
        if head in COMPOUND and match.group("tail"):
            inner_start = match.start("tail") + len(match.group("tail")) - len(match.group("tail").lstrip())
            inner = regex.match(text, inner_start)
            if inner:
                spans.append((inner.start(), inner.end()))
        elif head is None:
            # a listed compound goes on into another body: "Ban Chấp hành Trung ương" + "Đảng
            # Cộng sản Trung Quốc" (the listed "Ban Chấp hành Trung ương Đảng" matched first)
            written = match.group(0)
            lead = next((h for h in _COMPOUND_LONGEST if written.startswith(h + " ")), None)
            if lead is not None:
                inner = regex.match(text, match.start() + len(lead) + 1)
                if inner and inner.end() > match.end():
                    spans = [(match.start(), inner.end()), (inner.start(), inner.end())]
                    pos = inner.end()
        for i, (start, end) in enumerate(spans):
            cut = [s for s in stops if start < s < end]
            if cut:
                end = min(cut)
            inner_match = regex.match(text, start) if i else match
            generic = inner_match is not None and inner_match.group("head") is not None
            name = _clean(trim_dangling(text, start, end) if generic else text[start:end])
            name = _TRAILING.sub("", name)
            first_two = " ".join(name.split(" ")[:2])
            if len(name) < 4 or name in HEADS or fold(first_two) in folded_places():
                continue  # "Hội An", "Đài Loan": a place, not HEAD + name
            termed = _TERM_AFTER.match(text, start + len(name)) is not None
            if generic and not _has_proper_tail(name, termed):
                continue
            org = found.get(name)
            if org is None:
                org = _Org(name, start if in_body else None, (start + len(name)) if in_body else None)
                found[name] = org
            elif org.start is None and in_body:
                org.start, org.end = start, start + len(name)
            org.mentions += 1


def extract_organizations(body: str, captions: tuple[str, ...] | list[str] = ()) -> tuple[Organization, ...]:
    """Organizations named in an article, short forms linked to their full name.

    Args:
        body: Cleaned body.
        captions: Photo captions (bodies named only there have no offsets).

    Returns:
        Organizations in order of first appearance.
    """
    found: dict[str, _Org] = {}
    _find(body, found, True)
    for caption in captions:
        _find(caption, found, False)
    # Link short forms ("Đảng ủy Khối") to the one longer name they start.
    keys = list(found)
    folded = {k: fold(k) for k in keys}
    for short in keys:
        if short not in found or short.count(" ") + 1 > SHORT_FORMS_MAX_WORDS:
            continue
        prefix = folded[short] + " "
        longer = [k for k in keys if k != short and k in found and folded[k].startswith(prefix)]
        if len(longer) == 1:
            target = found[longer[0]]
            org = found.pop(short)
            target.mentions += org.mentions
            target.short_forms.append(short)
    ordered = sorted(found.values(), key=lambda o: (o.start is None, o.start or 0))
    return tuple(
        Organization(
            name=o.name, mentions=o.mentions, short_forms=tuple(o.short_forms), start=o.start, end=o.end
        )
        for o in ordered
    )
