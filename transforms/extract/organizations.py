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
from transforms.extract import gazetteer as gz
from transforms.extract.people import find_names, listed_units
from transforms.extract.starts import RareKeyedStarts, finditer_at, matches_at
from transforms.extract.titles import (
    INNER_WORDS,
    NUMBERED,
    PREDICATE_STARTS,
    UNIT_NAME_END,
    field_words,
    name_word,
    of_body_source,
    tail_stop,
    tail_token_source,
    title_head_source,
    trim_dangling,
)
from transforms.records import Organization

ACRONYM, CAP_SYL, LOWER, UPPER = gz.ACRONYM, gz.CAP_SYL, gz.LOWER, gz.UPPER

# Words that open the name of a body (data/body_heads.txt); the name continues after them. More
# open bodies here only (titles read them otherwise): the standing office of a body ("Thường trực
# Tỉnh ủy", "Thường trực HĐND tỉnh"), a presidium ("Đoàn Chủ tịch UB MTTQ Việt Nam"), international
# organizations ("Tổ chức Thương mại Thế giới") and a body's central office ("T.Ư Hội Chữ thập đỏ").
_ORG_ONLY_HEADS = ("Thường trực", "Đoàn Chủ tịch", "Tổ chức", "Trung ương", "T.Ư")
HEADS = (*gz.body_heads(), *_ORG_ONLY_HEADS)
# Head as written (any case after the first letter: "Ban chấp hành") -> head as listed.
_CANONICAL_HEAD = {h.lower(): h for h in HEADS}
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
        "Đảng bộ",
        "Đảng ủy",
        "Chi bộ",
        "Ủy ban Kiểm tra",
        "Văn phòng",
        "BCH",
        "BTV",
        "CTCP",
        "Bộ Tư lệnh",
        "Bộ Chỉ huy",
        "Thường vụ",
        "Thường trực",
        "Đoàn Chủ tịch",
        "UB",
        "Trung ương",
        "T.Ư",
    }
)
# Heads that are a body only with a body after them: "Trung ương Hội Nông dân", not "Trung ương Đảng"
# (a title's tail: "Ủy viên Trung ương Đảng").
_NEEDS_INNER = frozenset({"Trung ương", "T.Ư"})
# ... except "Trung ương Đảng" itself, closed there ("Ủy viên dự khuyết Trung ương Đảng, ..."): the
# Party's Central Committee named as written (a body named inside a title counts, gold README).
_PARTY_CENTRAL = re.compile(r"(?:Trung ương|T\.Ư)[ ]+Đảng")
# "Tổ chức" + a meeting or an event is the verb ("Tổ chức Hội nghị ...", "Tổ chức Lễ kỷ niệm").
_EVENT_AFTER_VERB = re.compile(
    r"[ ]+(?:Hội nghị|Hội thảo|Hội thi|Hội diễn|Hội chợ|Hội|Lễ|Đại hội|Kỳ họp|Phiên|Cuộc|Tết|Ngày|Tuần|"
    r"Tháng|Giải|Chương trình|Lớp|Đoàn|Buổi|Đêm|Triển lãm|Diễn đàn|Liên hoan|Họp)(?![\w])"
)
_LAW_BEFORE = re.compile(r"(?:Luật|luật|Pháp lệnh|Nghị định|Điều lệ|Quy chế)[ ]+$")
# A level's committee or youth union named alone ("Tỉnh ủy tổ chức ...", "Tỉnh đoàn"): the article's own.
# The Party committee or cell committee of the story's unit named alone ("Phó Bí thư Đảng ủy và toàn
# thể Đảng viên", "thay mặt Chi ủy trình bày"): the gold names them as written (dev r11).
_BARE_BODIES = (
    "Tỉnh ủy",
    "Thành ủy",
    "Huyện ủy",
    "Quận ủy",
    "Thị ủy",
    "Tỉnh đoàn",
    "Thành đoàn",
    "Đảng ủy",
    "Chi ủy",
)
# Heads that are generic words in Vietnamese: their tail must start with a capital.
# "UBND tỉnh", "HĐND huyện", "Ban Thường vụ Tỉnh ủy": the article's own local body, named in full
# as written even when "UBND tỉnh Lạng Sơn" is named too, so never a short form of it.
_LOCAL_BODY = re.compile(
    r"(?:(?:UBND|HĐND|UBMTTQ|MTTQ|LĐLĐ|VKSND|TAND|Hội đồng nhân dân|Ủy ban nhân dân|Thường trực|"
    r"(?:Ban Thường vụ|Ủy ban Kiểm tra|Ban Chấp hành|BCH|BTV)(?: Đảng bộ)?) )?"
    r"(?:tỉnh|huyện|thành phố|TP|quận|thị xã|xã|phường|Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Thị ủy|"
    r"Tỉnh đoàn|Thành đoàn|Huyện đoàn|HĐND tỉnh|HĐND huyện|UBND tỉnh|UBND huyện)"
)
SHORT_FORMS_MAX_WORDS = 4  # "Đảng ủy Khối", "Ủy ban Kiểm tra": short forms are at most 4 syllables

SP = r"[ ]+"
# One-word heads of State offices: "Cục Thuế", "Bộ Nội vụ", "Vụ Pháp chế" are bodies even
# with a one-syllable name (the other one-word heads need more: "Trường Sơn", "Hội An").
_OFFICE_HEADS = frozenset({"Bộ", "Cục", "Sở", "Vụ", "Viện", "Quỹ"})
_HEAD_SET = frozenset(HEADS)
# "và phát triển" goes on a body's name (its field): "... và phát triển nông thôn" ends it.
# (and "Đài Phát thanh" + "và truyền hình tỉnh X", the other idiom of a field written in lowercase)
_DEVELOPMENT = re.compile(r"[ ]+và[ ]+(?:phát[ ]+triển|truyền[ ]+hình)(?P<rural>[ ]+nông[ ]+thôn(?![\w]))?")
_FOLDED_COMPOUND = frozenset(fold(h) for h in COMPOUND)
_COMPOUND_LONGEST = sorted(COMPOUND | {"Ban Chấp hành Trung ương"}, key=len, reverse=True)


# A second field after a dash, one word in sentence case ("Bộ Tài nguyên - Môi trường", "Bộ Kế hoạch - Đầu
# tư"): when the name does not go on in lowercase, its last syllable was no word cut in half ("... xúc tiến").
_DASH_FIELD_END = re.compile(rf"[ ][-–][ ]{UPPER}{LOWER}*[ ]{LOWER}+$")
_JOINED = re.compile(r",| và | - ")


@cache
def _listed_names() -> tuple[str, ...]:
    """Listed bodies, and the provincial department of each ministry ("Bộ Văn hóa, Thể thao và Du
    lịch" -> "Sở Văn hóa, Thể thao và Du lịch"): a department is named like its ministry (only the
    names the HEAD + TAIL grammar cannot read, those joined by a comma, "và" or a dash)."""
    names = gz.organization_names()
    departments = (f"Sở {n[3:]}" for n in names if n.startswith("Bộ ") and _JOINED.search(n))
    # "Trung ương" is written "T.Ư" too ("Trung tâm Dự báo khí tượng thủy văn T.Ư")
    central = (
        n.removesuffix("Trung ương") + "T.Ư"
        for n in names
        if n.endswith(" Trung ương") and not n.startswith("Ban Chấp hành")  # "BCH T.Ư Đoàn": read by the head
    )
    # "Quân đội nhân dân" is written "QĐND" ("Tổng cục Chính trị QĐND Việt Nam")
    army = (n.replace("Quân đội nhân dân", "QĐND") for n in names if "Quân đội nhân dân" in n)
    return (*names, *departments, *central, *army)


@cache
def org_regex() -> re.Pattern[str]:
    """The compiled organization regex (gazetteer names, then HEAD + TAIL)."""
    inner = gz.alternation(INNER_WORDS)
    word = name_word()
    gaz = gz.alternation_any_case(_listed_names())
    heads = gz.alternation_any_case(HEADS)
    countries = gz.alternation(gz.countries())
    # a listed body's country: "Chính phủ Lào", "Đảng Cộng sản VN", "Bộ Ngoại giao Cộng hòa Séc"
    # (the republic's kind too: "nước Cộng hòa nhân dân Trung Hoa", "Cộng hòa dân chủ nhân dân Lào")
    kind = rf"(?:(?i:nhân{SP}dân|dân{SP}chủ{SP}nhân{SP}dân|xã{SP}hội{SP}chủ{SP}nghĩa|liên{SP}bang){SP})?"
    country = rf"(?:(?:nước{SP})?Cộng{SP}hòa{SP}{kind})?{countries}|Việt{SP}Nam|VN"
    bare = gz.alternation(_BARE_BODIES)
    tail_token = tail_token_source(word, inner, gaz, qualifiers=False)
    # a look-ahead on the possible first letters lets re skip most positions (8x faster)
    first_chars = "".join(sorted({n[0] for n in (*gz.organization_names(), *HEADS)}))
    source = (
        rf"(?=[{first_chars}])"
        rf"(?:(?P<gaz>{gaz}(?![\w])(?:{SP}(?:{country})(?![\w]))?(?:{SP}{of_body_source(gaz)})?)"
        rf"|(?P<head>{heads})(?P<tail>(?:{SP}(?:{gaz}(?![\w])|{inner}(?![\w])|{word}|\d{{1,2}}(?![\w/.,]\d)(?![\w]))"
        rf"(?:(?:{SP}|(?=[-–])){tail_token})*))"
        rf"|(?P<bare>{bare})(?![\w])(?!{SP}viên(?![\w])))"
    )
    return gz.compile_cached(source)


# Bodies named by what they do, in lowercase, and closed by where they act: "Chi cục phòng
# chống lụt bão thành phố Đà Nẵng", "Trung tâm cứu hộ Đà Nẵng", "Ban chỉ đạo phòng chống
# tham nhũng trung ương", "Hội Doanh nghiệp trẻ tỉnh Đồng Nai", "Cụm cảng hàng không miền Trung".
DESCRIPTIVE_HEADS = (
    "Hội đồng",
    "Ủy ban",
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
    "đã|đang|sẽ|vừa|mới|với|của|cho|tại|ở|về|trong|các|những|là|và|hoặc|có|được|bị|để|do|từ|"
    "theo|khi|thì|mà|này|đó|nay|phải|cần|cũng|vẫn|không|chưa|rất|đến|lên|ra|vào|năm|ngày|tháng|"
    "nói|làm|gửi|thông báo|đề nghị|yêu cầu|tổ chức|phối hợp|cho biết|tiếp|thăm|trên|dưới|sau|trước|"
    "tỉnh|huyện|thành phố|quận|xã|phường|thị xã|miền|trung ương|như|nhưng|nếu|vì|bởi|rằng|nhiều|một|hai|ba|"
    "lớn|nhất|nhỏ|cũ|hơn|trưởng|phó|lần|giữa"
)
_CAP_BEFORE = re.compile(rf"(?:{UPPER}[^\s,;:!?()\"“”]*) $")  # not across a comma ("Ông Lân, Hội ...")
# Capitalized words that open a sentence before a body, not a longer name ("Theo Hội đồng ...").
_OPENERS = frozenset(
    [
        "Theo",
        "Tại",
        "Của",
        "Với",
        "Cho",
        "Và",
        "Trong",
        "Từ",
        "Đến",
        "Nhưng",
        "Khi",
        "Sau",
        "Trước",
        "Ngoài",
        "Hiện",
        "Nay",
        "Do",
        "Vì",
        "Để",
        "Còn",
        "Riêng",
        "Được",
    ]
)


def _cap_before(text: str, start: int) -> bool:
    """Whether a capitalized word other than a sentence opener stands right before ``start``."""
    match = _CAP_BEFORE.search(text, max(0, start - 12), start)
    return match is not None and match.group(0).strip() not in _OPENERS


MAX_DESCRIPTIVE_WORDS = 7  # the longest such name seen has 6 syllables between head and place


@cache
def descriptive_regex() -> re.Pattern[str]:
    """HEAD + up to 7 syllables (no clause word) + where the body acts (a level and its name,
    a listed place, "trung ương", "miền Bắc|Trung|Nam")."""
    # a one-word head needs a capitalized first word ("Hội Doanh nghiệp trẻ ...", never "Hội nghị")
    one = gz.alternation(h for h in DESCRIPTIVE_HEADS if " " not in h)
    more = gz.alternation(h for h in DESCRIPTIVE_HEADS if " " in h)
    places = gz.alternation(gz.place_names())
    # "hàng không" is a noun ("Cụm cảng hàng không miền Trung"), not the negation "không"
    word = rf"(?:(?<=hàng )không|(?!(?:{_CLAUSE_WORDS})(?![\w])){UPPER}?{LOWER}+)(?![\w'])"
    levels = r"(?:tỉnh|thành phố|TP|huyện|quận|thị xã)"
    anchor = (
        rf"(?:{levels}{SP}(?:{places}|{CAP_SYL}(?:{SP}{CAP_SYL}){{0,3}})|{places}|[Tt]rung ương"
        rf"|miền{SP}(?:Bắc|Trung|Nam)|quốc{SP}gia)(?![\w])"
    )
    first_chars = "".join(sorted({h[0] for h in DESCRIPTIVE_HEADS}))
    return gz.compile_cached(
        rf"(?=[{first_chars}])(?:{more}{SP}|{one}{SP}(?={UPPER}))(?:{word}{SP}){{1,{MAX_DESCRIPTIVE_WORDS}}}{anchor}"
    )


@cache
def _descriptive_starts() -> re.Pattern[str]:
    """Where a match of :func:`descriptive_regex` may start: one of its heads (see ``finditer_at``)."""
    return re.compile(gz.alternation(DESCRIPTIVE_HEADS))


def _descriptive(text: str, found: dict[str, _Org], in_body: bool, stops: tuple[int, ...]) -> None:
    for match in finditer_at(descriptive_regex(), _descriptive_starts(), text):
        start, end = match.span()
        if not gz.word_start(text, start) or any(start < s < end for s in stops):
            continue
        if _cap_before(text, start):
            continue  # "Tổng Công ty ...", "Văn Phòng ...", "T.Ư Hội ...": inside a longer name
        _add(found, match.group(0), start, in_body)


@dataclass
class _Org:
    name: str
    start: int | None
    end: int | None
    mentions: int = 0
    short_forms: list[str] = field(default_factory=list)
    termed: bool = False  # the body under its term ("Quốc hội khóa XV"), never a longer form of it


# The contexts at the edges of a body's name, one table compiled by one builder.
_EDGE = gz.compiled_table(
    {
        # "UBND huyện Quế Sơn", "Đảng bộ huyện Hà Trung": a two-syllable run after an administrative
        # word is the unit's name, not a person who ends the body's name.
        "admin_before": r"(?:huyện|tỉnh|xã|phường|quận|thành phố|thị xã|thị trấn|TP|Huyện ủy|Tỉnh ủy|Thành ủy"
        r"|Thị ủy|Quận ủy)\s+$",
        # the term after a body: "HĐND tỉnh khóa XIV", "nhiệm kỳ 2020"
        "term_after": r"\s+(?:khóa|nhiệm kỳ)\s+(?:[IVXLC]+|\d)",
        # joiners left at the end of a cut name
        "trailing": r"(?:\s+(?:và|-|của))+$",
        # "xã Đức" + "Lập Thượng", "quận Nam" + "Từ Liêm": a level word and one capitalized syllable
        # before a two-syllable run make a three-syllable place, not a place and a person (59 VNTC
        # names; the longer names there were people: "quận Tây Hồ Chử Ngọc Tuất")
        "admin_syllable_before": r"(?P<level>huyện|tỉnh|xã|phường|quận|thành phố|thị xã|thị trấn|TP)\s+"
        rf"(?P<syllable>{UPPER}{LOWER}*)\s+$",
        # a capitalized word or an acronym in a name's tail
        "proper": rf"(?:^|\s)(?:{CAP_SYL}|[A-ZĐ]{{2,}})",
        # a lowercase word right after a name
        "lower_next": rf"[ ]{LOWER}",
        # "quận 1", "Phường 12"
        "level_number": r"(?:quận|phường|Quận|Phường) \d{1,2}",
    }
)


def _longest_head(name: str) -> str | None:
    """The longest head that ``name`` starts with, followed by a space (None when none is)."""
    longest = None
    space = name.find(" ")
    while space != -1:
        if name[:space] in _HEAD_SET:
            longest = name[:space]
        space = name.find(" ", space + 1)
    return longest


def _has_proper_tail(name: str, termed: bool = False) -> bool:
    """A generic match needs a capitalized word after its head ("UBND tỉnh" alone is no name,
    but with its term after it, "HĐND tỉnh khóa XIV", it is the body of that term: ``termed``)."""
    head = _longest_head(name)
    if head is None:
        return True
    rest = name[len(head) + 1 :]
    if (
        ((head.isupper() or " " in head) and rest in ADMIN_LEVELS)
        or rest.endswith("trung ương")
        or rest.isdigit()
        or _EDGE["level_number"].fullmatch(rest)
    ):
        return True  # "HĐND tỉnh", "Hội đồng nhân dân tỉnh", "Ban dân vận trung ương", "UBND quận 1"
    # a single capitalized syllable after a one-word head is too often a person or
    # a place ("Trường Chinh", "Trường Sơn", "Hội An"), but not after the heads of
    # State offices, which no person or place is named after ("Cục Thuế", "Sở Nội vụ")
    if " " not in head and " " not in rest and not rest.isupper():
        return (
            (head in _OFFICE_HEADS or head.isupper())  # "Cục Thuế", "NXB Trẻ"
            and rest not in gz.surnames()
            and rest != "Tổng"  # "Bộ Tổng tham mưu": a word cut, not a name
            and (fold(rest) not in gz.folded_places() or head == "ĐH")  # "ĐH Vinh", not "Hội An"
        )
    return bool(_EDGE["proper"].search(rest))


def _trailing_cut(name: str) -> str:
    """A name cut at "<level> và ..." (:data:`_LEVEL_AND`), less the joiners left at its end."""
    if " và " in name:  # (both substitutions only when their literal parts are there: faster)
        name = _LEVEL_AND.sub(r"\1", name)
    if name.endswith(("và", "-", "của", "\n")):
        name = _EDGE["trailing"].sub("", name)
    return name


def _clean(name: str) -> str:
    return gz.one_space(name).strip(" -,")


# Where a name written partly in lowercase ends ("Cục Quản lý lao động ngoài nước để ...",
# "Phòng Cảnh sát giao thông đường bộ (CSGTĐB)"): punctuation, a dash, or a word that starts a
# clause or a relation after a body's name.
_BOUNDARY_WORDS = (
    "thuộc|của|đã|đang|sẽ|vừa|cũng|và|để|với|tại|ở|là|cho|có|được|vẫn|không|chưa|về|theo|từ|trong|"
    "nay|phải|cần|đều|mới|cùng|sau|trước|đến|nhằm|vào|ngày|năm|tháng|khi|thì|mà|do"
)
_HARD_END = re.compile(rf"\s*(?:[,.;:!?()\"“”\n]|$)|[ ]+[-–][ ]|[ ]+(?:{_BOUNDARY_WORDS})(?![\w])")
_CLAUSE_AT = re.compile(rf"[ ]+(?:{_CLAUSE_WORDS})(?![\w])")
_LEVEL_NAME = re.compile(rf"[ ]+(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường)[ ]+(?={UPPER})")
_EXT_TOKEN = re.compile(
    rf"(?:[ ]+|(?P<dash>[ ]*[-–][ ]*)(?={LOWER}))(?:(?P<low>{LOWER}+)|{CAP_SYL}|{ACRONYM})(?![\w'])"
)
_CLAUSE_WORD = re.compile(_CLAUSE_WORDS)
_BARE_LEVEL = re.compile(r"[ ]+(?:tỉnh|thành phố|huyện|quận|thị xã)(?![\w])")
_DASH_LOWER = re.compile(rf"[ ]*[-–][ ]*{LOWER}")
# Syllables that start a predicate, less those that also open words of bodies' names ("viễn
# thông", "kiểm sát", "bảo trợ", "quản lý"): inside a name in lowercase they mean a clause.
_VERBS = PREDICATE_STARTS - {
    *("thông", "công", "tổng", "kiểm", "đồng", "ban", "tập", "thống", "bảo", "tổ", "lưu"),
    *("chỉ", "xây", "phát", "kết", "đối", "chuẩn", "tiến", "triển", "kiến", "thực"),
}
MAX_LOWER_RUN = 4  # a lowercase run closed only by a hard end: longer ones were clauses on VNTC
MAX_EXTENSION = 8  # the longest lowercase run seen inside a body's name ("lao động ngoài nước") is 4-6
# The second syllable of a capitalized head that makes a common noun, not a body ("Hội nghị",
# "Ban hành", "Bộ phận", "Trường hợp", "Viện trợ"): no lowercase name is read after them.
_NOT_A_BODY_AFTER = frozenset(
    [
        "nghị",
        "thảo",
        "viên",
        "chợ",
        "diễn",
        "thi",
        "nhập",
        "trường",
        "đàm",
        "tụ",
        "hành",
        "đầu",
        "ngày",
        "đêm",
        "phận",
        "máy",
        "mặt",
        "luật",
        "trưởng",
        "hữu",
        "dĩ",
        "thích",
        "hợp",
        "kỳ",
        "chống",
        "ngừa",
        "họp",
        "khám",
        "trợ",
        "dẫn",
        "phí",
        "diện",
        "bộ",
        "tưởng",
        "đất",
        "cáo",
        "chí",
        "kết",
        "thể",
        "phẩm",
        "lượng",
        "ngũ",
        "trình",
        "học",
        "sinh",
        "giám",
        "tặng",
        "quà",
        "đội",
    ]
)


def _extend(
    text: str, pos: int, stops: tuple[int, ...], from_head: bool = False, capped_only: bool = False
) -> int:
    """Where a body's name that goes on in lowercase after ``pos`` ends, or ``pos`` when it does not.

    The run is lowercase syllables (no verb, no clause word: "lao động ngoài nước"), then
    capitalized words or acronyms ("viễn thông Việt Nam"), a level and its name, and one dash
    before at most three lowercase words ("Bộ Kế hoạch - đầu tư"); no person's name, no title.
    It ends at a hard end (:data:`_HARD_END`) or after its capitalized tail; after a bare head
    ("Hội kiến trúc sư Việt Nam") only after a capitalized tail or before "của" + a body, and
    never when the head and the first syllable make a common noun ("Hội nghị", "Trường hợp").
    With ``capped_only`` (a complete name followed by lowercase words: "Công ty Phát triển" +
    "công nghiệp Tân Thuận") only a capitalized tail closes it, never a verb phrase ("công bố")
    nor the next body ("... chỉ đạo Sở Y tế").
    """
    if capped_only and _VERB_PHRASE.match(text, pos):
        return pos
    end = pos
    at = pos
    lowered = 0  # lowercase tokens read
    capped = False  # a capitalized token read after lowercase ones: no lowercase after it
    after_dash = -1  # lowercase tokens read since the dash, -1 before any
    before_caps = pos  # where the name ended before its capitalized tail
    # (a region also closes a name already ending in lowercase: "Trường Học sinh dân tộc" + "miền Nam")
    ended_low = bool(_LOWER_WORDS_END.search(text, max(0, pos - 20), pos)) and not _LEVEL_END.search(
        text, max(0, pos - 12), pos
    )
    for count in range(MAX_EXTENSION):
        closer = _CLOSER.match(text, at) if lowered or ended_low else None
        if closer is not None and not capped:
            return closer.end() if closer.group("region") else at  # "... dân tộc miền Nam", "... (TEDI)"
        level = _LEVEL_NAME.match(text, at)
        if level is not None:
            at = level.end() - 1  # the level's name is read as the next token
        elif _CLAUSE_AT.match(text, at):
            bare = _BARE_LEVEL.match(text, at) if lowered else None
            if bare is not None and not capped and _HARD_END.match(text, bare.end()):
                end = bare.end()  # "Ban Chỉ đạo phòng chống thiên tai tỉnh": the article's province
            break
        token = _EXT_TOKEN.match(text, at)
        if token is None or any(at < s < token.end() for s in stops):
            if token is not None and 0 < after_dash <= lowered and not capped and not from_head:
                end = at  # "Phòng Tài nguyên - môi trường" + "Huỳnh Văn A": a person closes the field
            break
        low = token.group("low")
        if token.group("dash") is not None:
            titled = low is not None and _any_case_head().match(text, token.start("low"))
            if after_dash >= 0 or capped or _CLAUSE_WORD.fullmatch(low or "") or titled:
                break  # a second dash, a clause or the next title ("- phó giám đốc")
            after_dash = 0
        if low is not None:
            if capped and low not in PREDICATE_STARTS:
                end = before_caps  # the capitalized tail was cut inside a word ("... Thành" + "phố")
            verb = low in _VERBS and not _NOUN_PAIR.match(text, token.start("low"))
            if capped or verb or (count == 0 and from_head and low in _NOT_A_BODY_AFTER):
                break
            lowered += 1
            if after_dash >= 0:
                after_dash += 1
                if after_dash > 3:
                    break
        elif count == 0 and level is None:
            return pos  # a capitalized word right after: the strict name already read it
        elif _any_case_head().match(text, token.end() - len(token.group(0).lstrip(" -–"))):
            break  # the next title ("... tỉnh Phó Chủ tịch")
        elif capped_only and not capped and _next_body_head().match(text, at):
            break  # the next body ("... chỉ đạo Sở Y tế")
        else:
            if not capped:
                before_caps = end
            capped = lowered > 0
        at = token.end()
        if capped and (not from_head or lowered >= 2):
            end = at  # after the capitalized tail ("Tổng Công ty Bưu chính viễn thông Việt Nam")
        elif 0 < lowered <= MAX_LOWER_RUN and not from_head and not capped_only and _HARD_END.match(text, at):
            end = at
    if from_head and end == pos and lowered >= 2 and text[at : at + 5] == " của ":
        of = _of_body().match(text, at + 1)
        if of is not None:
            return of.end()  # "Trung tâm đào tạo khu vực của SEAMEO"
    return end


# What closes a lowercase run like a capitalized tail: a region ("Trường Học sinh dân tộc miền Nam")
# or the body's acronym in brackets ("Tổng công ty Tư vấn thiết kế giao thông vận tải (TEDI)").
_CLOSER = re.compile(rf"[ ]+(?P<region>miền[ ]+(?:Bắc|Trung|Nam|Đông|Tây)(?![\w]))|[ ]*\({ACRONYM}\)")
# A name ending at a level ("UBND tỉnh") + a region is the provinces of the region, not a body.
_LEVEL_END = re.compile(r"(?:tỉnh|huyện|thành phố|quận|thị xã|xã|phường)$")
_LOWER_WORDS_END = re.compile(rf"[ ]{LOWER}+[ ]{LOWER}+$")  # "... dân tộc", not "Sở Y tế"
# Nouns whose first syllable is a verb: they go on inside a name ("Ban Quản lý dự án", "cấp cứu").
_NOUN_PAIR = re.compile(
    r"(?:dự án|dự báo|cấp cứu|cấp nước|đầu tư|xuất nhập khẩu|xuất khẩu|nhập khẩu|phát thanh|truyền hình|"
    r"bầu cử|tư vấn|hỗ trợ|phòng chống|chăm sóc|thi hành án|bảo hiểm|bảo trợ|nuôi dưỡng|hàng không|"
    r"công trình|dự phòng|đầu tư xây dựng|việc làm)(?![\w])"
)
# Verbs of two syllables whose first one also opens words of names ("công bố" / "viễn thông"): after a
# complete name they start the predicate.
_VERB_PHRASE = re.compile(
    r"[ ]+(?:công bố|công nhận|công khai|chỉ đạo|chỉ thị|kết luận|kết hợp|phát động|phát biểu|phát hiện|"
    r"phát hành|phát huy|tổ chức|triển khai|thực hiện|kiểm tra|kiểm điểm|đồng ý|đồng thời|xây dựng|bảo đảm|"
    r"tiến hành|thống nhất|chuẩn bị|đối thoại|tổng kết|kiến nghị|phối hợp|thông qua|thông báo|ban hành|"
    r"chủ trì|tập trung|lưu ý|tiếp nhận|bảo vệ|quản lý|chủ động|khẩn trương)(?![\w])"
)


@cache
def _next_body_head() -> re.Pattern[str]:
    heads = gz.alternation(h for h in HEADS if h[0].isupper())
    return gz.compile_cached(rf"[ ]+{heads}(?![\w])")


def _ends_with_place(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` ends with a place, "VN" or "trung ương"."""
    words = text[start:end].split()
    if words[-1] == "VN" or " ".join(words[-2:]).lower() == "trung ương":
        return True
    # (fold is per character and keeps spaces: the last three words are folded once)
    folded = fold(" ".join(words[-3:])).split(" ")
    places = gz.folded_places()
    return any(" ".join(folded[-n:]) in places for n in (1, 2, 3) if len(words) >= n)


@cache
def _any_case_head() -> re.Pattern[str]:
    return gz.compile_cached(title_head_source(any_case=True))


def _acronym_bodies(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Acronyms used as bodies ("của JBIC", "Tổng thư ký ASEAN", "(VSDC)", "OPEC đã ..."), outside
    the names already found and not in ``data/not_bodies.txt``."""
    out = []
    for match in _ACRONYM_TOKEN.finditer(text):
        start, end = match.span(1)
        if start and (text[start - 1].isalnum() or text[start - 1] in "_/.&-"):
            continue  # not at a word's start (gz.word_start, inlined: this loop sees every acronym)
        word = match.group(1)
        if word in _not_bodies() or not word.strip("IVXLCDM") or any(s <= start < e for s, e in spans):
            continue
        before = text[max(0, start - 40) : start]
        bracketed = before.endswith("(") and text[end : end + 1] == ")"
        if not bracketed and (_CAPS_NEAR.search(before[-12:]) or _CAPS_AFTER.match(text, end)):
            continue  # a headline or a code in capitals, not a body
        scoped = _acronym_scope(text, end)  # "VKSND tối cao", "UBMTTQVN tỉnh Lâm Đồng": a body by its scope
        if (
            bracketed
            or scoped > end
            or _ACRONYM_CUE_BEFORE.search(before)
            or _ACRONYM_CUE_AFTER.match(text, end)
            or _acronym_title_cue().search(before)
        ):
            out.append((start, scoped))
    return out


# What scopes an acronym body after it: the supreme court or procuracy ("VKSND tối cao"), the
# committee it serves ("UBKT Tỉnh ủy"), or a level ("UBND đặc khu") with its listed place or number
# ("UBMTTQVN tỉnh Lâm Đồng", "TTYT quận 10"); a level before another capitalized word may be a person's.
_SCOPE_LEVELS = ("tỉnh", "thành phố", "huyện", "quận", "thị xã", "thị trấn", "xã", "phường", "đặc khu")


@cache
def _acronym_scope_regex() -> re.Pattern[str]:
    levels, places = gz.alternation(_SCOPE_LEVELS), gz.alternation(gz.place_names())
    return gz.compile_cached(
        rf"[ ]+(?:[Tt]ối cao|Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Thị ủy"
        rf"|{levels}(?:[ ]+{places}|[ ]+\d{{1,2}}(?![\w/.,]\d))?(?![\w])(?![ ]+(?:{UPPER}|\d)))(?![\w])"
    )


def _acronym_scope(text: str, end: int) -> int:
    """Where an acronym body ending at ``end`` ends with its scope (``end`` when none follows)."""
    scope = _acronym_scope_regex().match(text, end) if text[end : end + 1] == " " else None
    return scope.end() if scope is not None else end


# (no look-behind first: a leading character class lets re skip ahead; the boundary is checked after)
_ACRONYM_TOKEN = re.compile(rf"({UPPER}{UPPER}{{1,7}})(?![\w/&-]|\.\w)")
_CAPS_NEAR = re.compile(rf"{UPPER}{{2,}}[ ]+$")
_CAPS_AFTER = re.compile(rf"[ ]+{UPPER}{{2,}}(?![\w])")
# Words that make an acronym a body: a word before it ("của JBIC", "gia nhập WTO") or a verb after it
# ("OPEC đã ...", "WB cho biết"). Word tables ("|" between words); only whether one matches counts.
_ACRONYM_CUES_BEFORE = "của|với|giữa|thuộc|cùng|và|các nước|khối|gia nhập|thành viên|đại diện|theo|Theo"
_ACRONYM_CUES_AFTER = (
    "đã|đang|sẽ|vừa|cũng|cho biết|cho rằng|công bố|tổ chức|khuyến cáo|cảnh báo|yêu cầu|quyết định|"
    "thông báo|dự báo|ước tính|nhận định|phối hợp|tài trợ|cam kết"
)


def _cue_words(table: str, before: str, after: str) -> re.Pattern[str]:
    """``before`` + one word of ``table`` + ``after``, compiled."""
    return re.compile(before + gz.alternation(table.split("|"), flexible_space=False) + after)


_ACRONYM_CUE_BEFORE = _cue_words(_ACRONYM_CUES_BEFORE, r"(?<![\w])", r"\s+$")
_ACRONYM_CUE_AFTER = _cue_words(_ACRONYM_CUES_AFTER, r"\s+", r"(?![\w])")


@cache
def _gazetteer_set() -> frozenset[str]:
    """Listed names, folded (a listed name is matched in any case after its first letter)."""
    return frozenset(fold(n) for n in gz.organization_names())


@cache
def _not_bodies() -> frozenset[str]:
    return frozenset(gz.load_list("not_bodies.txt"))


@cache
def _acronym_title_cue() -> re.Pattern[str]:
    """A title head right before an acronym ("Tổng Giám đốc JBIC", "Tổng thư ký ASEAN")."""
    return gz.compile_cached(rf"(?<![\w])(?i:{gz.alternation(gz.title_heads())})\s+$")


@cache
def _head_lower_regex() -> re.Pattern[str]:
    """A capitalized body head followed by a lowercase word ("Hội kiến trúc sư Việt Nam")."""
    heads = gz.alternation(h for h in HEADS if h[0].isupper() and not h.isupper() and h not in ADMIN_HEADS)
    # (the trie of heads first, no look-ahead: re skips to the heads' first letters, 3x faster)
    return gz.compile_cached(rf"{heads}(?=[ ]+{LOWER})")


# Committees of a level are named with the level after them, never in lowercase words.
ADMIN_HEADS = frozenset({"Tỉnh ủy", "Thành ủy", "Huyện ủy", "Quận ủy", "Thị ủy", "Thường vụ", "Công an"})


# "Viện khoa học thủy lợi": runs of 2-4 lowercase syllables; longer ones were clauses on VNTC
MAX_BARE_RUN = 4
# Verbs of two syllables that end such a run (with :data:`_VERB_PHRASE`), seen after bodies on VNTC.
_RUN_VERB = re.compile(
    r"[ ]+(?:quy định|đăng tải|phụ trách|cam kết|cho rằng|khẳng định|nhận định|nhận xét|đánh giá|lo ngại|"
    r"tiếp tục|đưa ra|thừa nhận|trả lời|đề xuất|cung cấp|giải thích|tiến hành)(?![\w])"
)
_LOWER_TOKEN = re.compile(rf"[ ]+({LOWER}+)(?![\w'])")
_ABOUT = re.compile(r"[ ]+về(?![\w])")  # "Phòng thí nghiệm" + "về cúm gia cầm": the field goes on
_PLACE_WORD = re.compile(r"[ ]+nơi(?![\w])")  # "Hội cựu chiến binh" + "nơi đang công tác": a clause
_GOES_ON = re.compile(rf"(?:[ ]+và|[ ]*[-–])[ ]+{LOWER}")
# What ties a body to the words before it, so that a name in lowercase is read: a person and a
# comma ("PGS Trần Văn A, Viện khoa học thủy lợi, ..."), the person's office ("Giám đốc", "cán bộ")
# or a relation ("của", "thuộc", "giao cho", the agent after "được" and "do"). Without one, a
# capitalized head + lowercase words was as often a common noun on VNTC ("các trường Đại học hàng
# đầu", "Bộ giao quyền").
_TIED_BEFORE = re.compile(
    rf"(?:{CAP_SYL},|(?:[Gg]iám đốc|[Cc]hủ tịch|[Tt]rưởng|[Pp]hó|[Cc]hủ nhiệm|[Bb]í thư|[Tt]hư ký"
    r"|[Vv]iện trưởng|[Cc]ục trưởng|[Vv]ụ trưởng|[Hh]iệu trưởng|cán bộ|chuyên viên|nhân viên|giảng viên"
    r"|chuyên gia|của|thuộc|cho|tại|với|theo|Theo|được|do))[ ]+$"
)


def _bare_run(text: str, pos: int) -> int:
    """Where a body's name read in lowercase after ``pos`` with no capitalized tail ends, or ``pos``.

    "Viện khoa học thủy lợi" + ", ...", "Trung tâm tin học" + "(Bộ ...)", "Phòng Quản lý" + "đô thị"
    + "tiến hành ...": 2 to 4 lowercase syllables (no clause word, no verb) closed by a hard end
    (punctuation, a dash, a clause word such as "của", "đã", "tại", a time word; not "về") or a
    listed reporting verb (:data:`_RUN_VERB`); a verb of :data:`_VERB_PHRASE` inside it ("xây
    dựng", "quản lý") means it was cut, no name. A run that goes on into more lowercase words, a
    capitalized word or a number is no name, nor one that goes on with "và" or a dash and more
    lowercase words (the rest of its field). A person's name after the run ends nothing: bodies
    are named after people ("Trường tiểu học Nguyễn Đình Chính").
    """
    at = pos
    words = 0
    while True:
        pair = _NOUN_PAIR.match(text, at + 1) if text[at : at + 1] == " " else None
        if pair is not None and words < MAX_BARE_RUN - 1:
            at, words = pair.end(), words + 2  # "xăng dầu" + "hàng không": not "không", the clause word
            continue
        token = _LOWER_TOKEN.match(text, at)
        if (
            token is None
            or _PLACE_WORD.match(text, at)
            or _CLAUSE_AT.match(text, at)
            or _VERB_PHRASE.match(text, at)
            or _RUN_VERB.match(text, at)
        ):
            break
        low = token.group(1)
        if (low in _VERBS and not _NOUN_PAIR.match(text, token.start(1))) or (
            words == 0 and low in _NOT_A_BODY_AFTER
        ):
            break
        if words == MAX_BARE_RUN:
            return pos
        at = token.end()
        words += 1
    if words < 2:
        return pos
    if _GOES_ON.match(text, at):
        return pos  # "Công ty cấp nước" + "và vệ sinh môi trường ...": cut before the rest of its field
    closed = (_HARD_END.match(text, at) and not _ABOUT.match(text, at)) or _RUN_VERB.match(text, at)
    return at if closed is not None else pos


def _lowercase_named(text: str, found: dict[str, _Org], in_body: bool, stops: tuple[int, ...]) -> None:
    """Bodies whose name after the head is written in lowercase ("Hội kiến trúc sư Việt Nam",
    "Quỹ hỗ trợ nông dân tỉnh Nghệ An", "Trung tâm đào tạo khu vực của SEAMEO"; inside a sentence
    also with no capitalized tail: "Viện khoa học thủy lợi", see :func:`_bare_run`)."""
    for match in _head_lower_regex().finditer(text):
        start = match.start()
        if not gz.word_start(text, start) or _cap_before(text, start):
            continue
        end = _extend(text, match.end(), stops, from_head=True)
        if end == match.end() and _TIED_BEFORE.search(text, max(0, start - 16), start):
            end = _bare_run(text, match.end())
        if end == match.end():
            continue
        _add(found, _clean(text[start:end]), start, in_body)


# A body named partly in lowercase right after its officer's title and closed by the officer's name
# ("Phó Ban chỉ đạo Quốc gia phòng chống dịch cúm gà Bùi Bá Bổng", "Bộ trưởng Bộ Kế hoạch - đầu tư Võ
# Hồng Phúc"): the name is the words between the head and the person (see :func:`_officer_named`).
MAX_OFFICER_WORDS = 9  # syllables between the head and the officer's name
MAX_TITLE_CHARS = 60  # an officer's title before the head, in characters (the longest listed has 26)
# (schools, companies and hospitals are named after people: "Hiệu trưởng Trường tiểu học Nguyễn Du")
_OFFICER_HEADS = (
    *("Ban Chỉ đạo", "Ban chỉ đạo", "Ban Quản lý", "Ban quản lý", "Ban", "Ủy ban", "Hội đồng", "Tiểu ban"),
    *("Bộ", "Sở", "Tổng cục", "Cục", "Chi cục", "Vụ", "Viện", "Phòng", "Trung tâm", "Văn phòng", "Quỹ"),
    *("Hội", "Hiệp hội", "Liên hiệp", "Liên đoàn", "Câu lạc bộ", "Đài"),
)
_OFFICER_TOKEN = re.compile(rf"(?P<dash>[ ]*[-–][ ]*|[ ]+)(?P<word>{UPPER}?{LOWER}+|{ACRONYM})(?![\w'-])")
# nouns whose syllables are verbs or clause words ("xóa đói giảm nghèo", "việc làm")
_FIELD_NOUN = re.compile(r"(?:giảm nghèo|việc làm)(?![\w])")
_OFFICER_INNER_HEADS = frozenset(
    {"Trường", "ĐH", "Đại", "THPT", "THCS", "Công", "Cty", "Tập", "CTCP", "Bệnh"}
)
# common nouns after a head ("Phòng chống", "Ban nhạc"), but "Hội sinh viên", "Tổng cục thể thao"
_OFFICER_NOT_AFTER = _NOT_A_BODY_AFTER - {"sinh", "thể"}
# the rest of a name after a shorter name found at its start that was cut inside its field: a dash or
# a lowercase word, not a level ("Ủy ban Kinh tế" + " - ngân sách", not "Sở Nông nghiệp ..." + " thành phố")
_CUT_REST = re.compile(rf"[ ]*[-–]|[ ](?!(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường)(?![\w])){LOWER}")
_HONORIFICS = frozenset({"ông", "bà", "ngài", "anh", "chị"})
_OFFICER_PUNCT = re.compile(r"[ ]*[,;(]")
_OFFICER_LEVELS = frozenset({"tỉnh", "thành", "phố", "huyện", "quận", "thị", "xã", "phường", "và"})


@cache
def _and_stop() -> re.Pattern[str]:
    """What may not follow "và" inside a body's name (a title, a rank, an honorific, a body)."""
    return gz.compile_cached(tail_stop())


@cache
def _officer_head_regex() -> re.Pattern[str]:
    """One of :data:`_OFFICER_HEADS` before a lowercase word (the title before it is checked after)."""
    return gz.compile_cached(rf"(?:{gz.alternation(_OFFICER_HEADS)})(?=[ ]+{UPPER}?{LOWER}+)")


@cache
def _title_ends() -> frozenset[str]:
    """The last words of the titles of :func:`_officer_title_before`, lowercased ("đốc", "tịch", "phó")."""
    return frozenset({"phó", *(t.rsplit(" ", 1)[-1].lower() for t in gz.title_heads())})


@cache
def _officer_title_before() -> re.Pattern[str]:
    """An officer's title (any case, or "Phó") right before a position (searched with ``endpos``)."""
    return gz.compile_cached(rf"(?<![\w])(?:(?i:{gz.alternation(gz.title_heads())})|[Pp]hó)[ ]+$")


def _officer_word_ends(text: str, token: re.Match[str], head: str, first: bool) -> bool:
    """Whether the token ``token`` of :func:`_officer_named` cannot stand in the body's name."""
    word, at = token.group("word"), token.start("word")
    dashed = "-" in token.group("dash") or "–" in token.group("dash")
    if word in _OFFICER_INNER_HEADS or (dashed and _any_case_head().match(text, at)):
        return True  # a school or a company inside, named after a person; the next title after a dash
    if (dashed or text.endswith(" và", 0, token.start())) and _and_stop().match(text, at):
        return True  # "Bộ Quốc phòng và" + "Trung tướng ...", "- Bộ KH-ĐT": the next person or body
    verb = _RUN_VERB.match(text, token.start()) or (not first and _VERB_PHRASE.match(text, token.start()))
    if word in _HONORIFICS or verb:
        return True  # "... và ngài B", "... cam kết": a person, a predicate (not "Phòng" + "quản lý ...")
    if not word.islower() or word in _OFFICER_LEVELS:
        return False
    if first and (word in _OFFICER_NOT_AFTER or (word, head) == ("nhạc", "Ban")):
        return True  # "Phòng chống", "Ban nhạc": a common noun or a verb, not a head
    if _FIELD_NOUN.match(text, at) or _FIELD_NOUN.match(text, at - 5):
        return False  # a noun: "Ban chỉ đạo Xóa đói giảm nghèo và việc làm"
    return (word in _VERBS and not _NOUN_PAIR.match(text, at)) or _CLAUSE_WORD.fullmatch(word) is not None


def _officer_named(text: str, found: dict[str, _Org], in_body: bool, stops: tuple[int, ...]) -> None:
    """Bodies closed by the name of their officer (see :data:`MAX_OFFICER_WORDS`): after the head, up
    to nine syllables with at least one in lowercase (no verb, no clause word but a level and one "và",
    at most one dash), then a person's name (a candidate of ``find_names`` that is no place). The same
    mention found cut inside its field by the other rules ("Ủy ban Kinh tế" of "Ủy ban Kinh tế - ngân
    sách") is dropped."""
    if not stops:
        return
    starts = frozenset(stops)
    for match in _officer_head_regex().finditer(text):
        start, head = match.span()[0], match.group(0)
        before = text[max(0, start - 16) : start].rstrip(" ")
        if (
            before[max(before.rfind(" "), before.rfind("\n"), before.rfind("\t")) + 1 :].lower()
            not in _title_ends()
        ):
            continue  # (the word before is no title's last word: most heads, no regex search)
        title = _officer_title_before().search(text, max(0, start - MAX_TITLE_CHARS), start)
        if title is None or not gz.word_start(text, start):
            continue
        if _cap_before(text, title.start()) and not text[title.start()].isupper():
            continue
        at, words, lowered, dashes, ands = match.end(), 0, 0, 0, 0
        while words < MAX_OFFICER_WORDS:
            token = _OFFICER_TOKEN.match(text, at)
            if (
                token is None
                or token.start("word") in starts
                or _officer_word_ends(text, token, head, not words)
            ):
                break
            word = token.group("word")
            lowered += word.islower()
            ands += word == "và"
            dashes += "-" in token.group("dash") or "–" in token.group("dash")
            if ands > 1 or dashes > 1:
                break
            at, words = token.end(), words + 1
        token = _OFFICER_TOKEN.match(text, at)
        named = token is not None and token.start("word") in starts
        if (not named and not (_OFFICER_PUNCT.match(text, at) and lowered >= 3)) or not lowered or words < 2:
            continue
        name = _clean(text[start:at])
        if name.rsplit(" ", 1)[-1] in ("và", *gz.surnames()):
            continue  # "Bộ Thủy sản Lương" + "Lê Phương": the name may start one syllable earlier
        cut = [k for k, org in found.items() if org.start == start and name.startswith(k + " ")]
        for short in [] if name in found else cut:
            if found[short].mentions == 1 and _CUT_REST.match(name, len(short)):
                del found[short]  # the same mention, cut inside its field
        _add(found, name, start, in_body)


# A Party committee written in lowercase after its officer's title ("Bí thư tỉnh ủy Nam Định", "phó bí
# thư huyện ủy", "Thường trực tỉnh ủy"): the committee as written (VNTC: 39 texts, 28 after "bí thư").
_LOWER_COMMITTEE = re.compile(
    r"(?P<title>[Bb]í[ ]+thư|[Tt]hường[ ]+trực)[ ]+"
    r"(?P<body>(?:tỉnh|huyện|thành|quận|thị|đảng)[ ]+(?:ủy|uỷ))(?![\w])"
)
# every _LOWER_COMMITTEE match opens with one of these: tried only there (48 -> 24 us a body, perf-speed3)
_LOWER_COMMITTEE_STARTS = RareKeyedStarts(("Bí ", "bí ", "Thường ", "thường "))
_LOWER_COMMITTEE_AS_STARTED = _LOWER_COMMITTEE.pattern.startswith(
    r"(?P<title>[Bb]í[ ]+thư|[Tt]hường[ ]+trực)"
)


def _lowercase_committees(text: str, found: dict[str, _Org], in_body: bool, stops: tuple[int, ...]) -> None:
    """A lowercase Party committee after "bí thư" / "Thường trực" (:data:`_LOWER_COMMITTEE`), with
    the name read as if its head were capitalized ("tỉnh ủy Nam Định", "đảng ủy xã Xuân Cẩm"); the
    standing office "Thường trực tỉnh ủy" is given too, unless it is part of a title."""
    if "ủy" not in text and "uỷ" not in text:
        return
    starts = _LOWER_COMMITTEE_STARTS(text) if _LOWER_COMMITTEE_AS_STARTED else range(len(text))
    for match in matches_at(_LOWER_COMMITTEE, text, starts):
        start = match.start("body")
        head = text[start].upper() + text[start + 1 : match.end()].replace("uỷ", "ủy")  # same length
        capped = text[:start] + head + text[match.end() :]
        whole = org_regex().match(capped, start)
        end = max(match.end(), whole.end() if whole is not None else 0)
        end = min([end, *(s for s in stops if start < s < end)])
        _add(found, _clean(text[start:end]), start, in_body)
        title = match.group("title")
        if title.startswith("Thường") and not _inside_title_or_name(text, match.start()):
            _add(found, _clean(text[match.start() : end]), match.start(), in_body)


@cache
def _of_body() -> re.Pattern[str]:
    return gz.compile_cached(of_body_source(gz.alternation(gz.organization_names())))


def _add(found: dict[str, _Org], name: str, start: int, in_body: bool) -> None:
    org = found.get(name)
    if org is None:
        found[name] = _Org(
            name, start if in_body else None, (start + len(name)) if in_body else None, mentions=1
        )
    else:
        org.mentions += 1
        if org.start is None and in_body:
            org.start, org.end = start, start + len(name)


@cache
def _shared_head_regex() -> re.Pattern[str]:
    """A plural before an office head and its list of names: "các Sở Tài chính, Nội vụ và Xây dựng",
    "các Bộ: Công an, Quốc phòng"."""
    word = name_word()
    more = gz.alternation(gz.name_syllables(), flexible_space=False)
    item = rf"{word}(?:{SP}(?:{word}|{more}(?![\w]))){{0,4}}"  # "Giao thông vận tải"
    heads = gz.alternation(_LISTED_HEADS)
    return gz.compile_cached(
        rf"[Cc]ác{SP}(?P<head>{heads})(?:{SP}|[ ]*:{SP})(?P<first>{item})"
        rf"(?P<rest>(?:(?:,{SP}|{SP}và{SP})(?!{heads}(?![\w])){item})+)"
    )


# Office heads shared by a list of names after a plural ("các Sở Tài chính, Nội vụ").
_LISTED_HEADS = ("Bộ", "Sở", "Cục", "Vụ", "Ban", "Viện", "Ủy ban", "Tổng cục", "Phòng")
_LIST_ITEM = re.compile(r"\s*(?:,|và)\s*")


def _shared_head_lists(text: str, found: dict[str, _Org], in_body: bool) -> None:
    """Each body of a list that shares its head: "các Sở Tài chính, Nội vụ" -> "Sở Tài chính",
    "Sở Nội vụ" (never a place or a person: "các Sở ở Hà Nội, Huế")."""
    for match in _shared_head_regex().finditer(text):
        if not gz.word_start(text, match.start()):
            continue
        head = match.group("head")
        pos = match.start("first")
        items = [(pos, match.group("first"))]
        for part in _LIST_ITEM.split(match.group("rest"))[1:]:
            pos = text.index(part, pos + 1)
            items.append((pos, part))
        items = _joined_fields(text, items)  # a listed field is no person ("Đào tạo", "Văn hóa": surnames)
        if any(
            fold(name) in gz.folded_places()
            or (name.split(" ")[0] in gz.surnames() and _field_key(name) not in _listed_fields())
            for _, name in items
        ):
            continue
        for at, name in items:
            # a listed field is whole ("Lao động Thương binh và Xã hội", not cut before "hội")
            cut = (
                name
                if " và " in name and _field_key(name) in _listed_fields()
                else trim_dangling(text, at, at + len(name))
            )
            if cut:
                _add(
                    found, f"{head} {cut}", match.start("head") if at == match.start("first") else at, in_body
                )


@cache
def _listed_fields() -> frozenset[str]:
    """The fields of listed offices written with "và" ("Kế hoạch và Đầu tư" of "Bộ Kế hoạch và Đầu tư",
    "Văn hóa, Thể thao và Du lịch"): one item of a shared-head list, not two."""
    heads = tuple(f"{h} " for h in _LISTED_HEADS)
    return frozenset(
        _field_key(name[len(head) :])
        for name in gz.organization_names()
        for head in heads
        if name.startswith(head) and " và " in name
    )


_FIELD_PUNCT = re.compile(r"[ ]*[,\-–][ ]*|[ ]+")


def _field_key(field_: str) -> str:
    """A field less its commas and dashes ("Lao động - Thương binh và Xã hội" = "Lao động, Thương binh và
    Xã hội" = "Lao động Thương binh và Xã hội", as articles write it)."""
    return _FIELD_PUNCT.sub(" ", field_).strip()


MAX_FIELD_ITEMS = (
    4  # "Văn hóa, Thể thao và Du lịch": 3 items; "Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng" 5
)


def _joined_fields(text: str, items: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Items of a shared-head list merged where, as written, they make one listed field ("các Bộ: Tài chính,
    Kế hoạch và Đầu tư" -> "Tài chính", "Kế hoạch và Đầu tư"; not "Kế hoạch", "Đầu tư")."""
    if len(items) < 2 or " và " not in text[items[0][0] : items[-1][0] + len(items[-1][1])]:
        return items
    fields = _listed_fields()
    out: list[tuple[int, str]] = []
    i = 0
    while i < len(items):
        at = items[i][0]
        for j in range(min(len(items) - 1, i + MAX_FIELD_ITEMS), i, -1):
            written = gz.one_space(text[at : items[j][0] + len(items[j][1])])
            if _field_key(written) in fields:
                out.append((at, written))
                i = j + 1
                break
        else:
            out.append(items[i])
            i += 1
    return out


# Listed bodies with branches in the provinces ("Bộ đội Biên phòng tỉnh Sơn La"); not "Quốc hội tỉnh".
_BRANCHED = ("Sở", "Ngân hàng", "Bộ đội", "Cảnh sát", "Kho bạc", "Hội", "Liên đoàn", "Mặt trận", "Đoàn")
# "Hội đồng nhân dân tỉnh và Chủ tọa ...": a local body's name ends at its level.
_LEVEL_AND = re.compile(r"( (?:tỉnh|huyện|thành phố|quận|thị xã|xã|phường)) và .*$")


@cache
def _level_place_after() -> re.Pattern[str]:
    """A listed body's branch or unit of a province or city ("Ngân hàng Chính sách xã hội Chi nhánh
    tỉnh An Giang", "Bộ đội Biên phòng tỉnh Sơn La")."""
    places = gz.alternation(gz.place_names())
    return gz.compile_cached(rf"(?:[ ]+Chi nhánh)?(?:[ ]+(?:tỉnh|thành phố|TP|huyện))?[ ]+{places}(?![\w])")


_EXACT_NAMES = frozenset((*HEADS, *gz.organization_names()))
_COUNTRY_END = re.compile(r" (?:Việt Nam|VN)$")
# A person's name right after these is the name of the school, ward or street ("Trường THPT Trần
# Hưng Đạo", "UBND phường Phạm Ngũ Lão"), not a person ending the body's name.
_NAMED_AFTER = re.compile(
    r"(?<![\w])(?<![Mm]ôi )(?:[Tt]rường(?: (?:THPT|THCS|PTTH|PTCS|PTDTNT|Tiểu học|Trung học cơ sở|"
    r"Trung học phổ thông|Mầm non|Phổ thông))?|THPT|THCS|PTTH|PTCS|phường|Phường|đường|Đường|Công ty|"
    r"Tập đoàn|CTCP|Bệnh viện|Bảo tàng)\s+$"
)


def _central_party(match: re.Match[str]) -> bool:
    """Whether a match is "Trung ương" / "T.Ư" + "Đảng" / "Đoàn" (read inside a longer name only)."""
    head = match.group("head")
    tail = match.group("tail") or ""
    return head is not None and head in _NEEDS_INNER and tail.lstrip().startswith(("Đảng", "Đoàn"))


def _inside_title_or_name(text: str, start: int) -> bool:
    """Whether a title or a capitalized word stands right before ``start`` ("Phó Bí thư Thường trực
    Tỉnh ủy", "Ban Thường vụ Tỉnh ủy"): the body there is part of a title or a longer name."""
    return bool(_cap_before(text, start) or _acronym_title_cue().search(text, max(0, start - 30), start))


# "Ban Bí thư" + the central committee it belongs to ("Ban Bí thư Trung ương Đảng", "Ban Bí thư T.Ư Đoàn").
_CENTRAL_AFTER = re.compile(r"[ ]+(?:Trung ương|T\.Ư|TƯ|TW) (?:Đảng|Đoàn)(?![\w])")
# A body's unit number after its name ("Công ty Điện lực 3", "Trường Giáo dưỡng số 4"), before
# punctuation or a clause word.
_NUMBER_CLOSE = (
    r"(?=[ ]*(?:[,.;:()\n\"“”]|$)|[ ]+(?:thuộc|của|đã|đang|sẽ|vừa|cũng|và|để|với|tại|ở|là|cho|có|được)"
    r"(?![\w]))"
)
_NUMBER_AFTER = re.compile(r"[ ]+(?:số[ ]+)?\d{1,2}(?![\w/.,]\d)(?![\w])" + _NUMBER_CLOSE)
# (a unit numbered after a lowercase field has up to three digits: "Bệnh viện quân y 103")
_UNIT_NUMBER_AFTER = re.compile(r"[ ]+(?:số[ ]+)?\d{1,3}(?![\w/.,]\d)(?![\w])" + _NUMBER_CLOSE)
# Where a mission serves: "Đại sứ quán Hoa Kỳ tại VN", "Văn phòng đại diện ... tại Việt Nam".
_MISSION_HEADS = frozenset({"Đại sứ quán", "Tổng Lãnh sự quán", "Lãnh sự quán", "Văn phòng"})


# Parent bodies inside a unit's name (not schools: "Trường Đại học ..." is one name).
_PARENT_IN = re.compile(
    r"[ ](?=(?:Sở|Bộ|Cục|Tổng cục|UBND|HĐND|Ủy ban nhân dân|Hội đồng nhân dân|Công an|Đảng ủy|Tổng công ty|"
    r"Tập đoàn|Bộ Chỉ huy|Bộ Tư lệnh|Tỉnh ủy|Thành ủy|Huyện ủy)[ ])"
)


@cache
def _of_country() -> re.Pattern[str]:
    return gz.compile_cached(rf"[ ]+của[ ]+{gz.alternation(gz.countries())}(?![\w])")


@cache
def _where_after() -> re.Pattern[str]:
    places = gz.alternation((*gz.countries(), *gz.place_names(), "VN"))
    return gz.compile_cached(rf"[ ]+tại[ ]+{places}(?![\w])")


def _dash_place_end(name: str) -> str:
    """ "Chi cục Thuế Bình Thạnh - TPHCM" -> "Chi cục Thuế Bình Thạnh": a dash and a city after the body
    say where it is; "UBND tỉnh Bà Rịa - Vũng Tàu" keeps its province's name."""
    head, sep, place = name.rpartition(" - ")
    if not sep or " " not in head:
        return name
    folded = fold(place)
    if folded not in gz.folded_places() and not re.fullmatch(r"TP\.? ?HCM|TPHCM|HN", place):
        return name
    before = head.split(" ")
    if any(fold(" ".join([*before[-n:], "-", place])) in gz.folded_places() for n in (1, 2)):
        return name
    return head


@cache
def _long_places() -> frozenset[str]:
    """Listed places and countries of two syllables or more, as written ("Quảng Nam", "Hàn Quốc")."""
    return frozenset(p for p in (*gz.place_names(), *gz.countries()) if " " in p)


def _place_run_on(name: str) -> str:
    """A name read one lowercase syllable past its place, less that syllable: "UBND tỉnh Quảng Nam" +
    "ký", "Sở GTCC Hà Nội" + "thông" (báo), "ĐH Luật Hà Nội" + "tuyển" (sinh). A place of two syllables or
    more is a whole word; what follows it starts the predicate (a one-syllable place may be half of a
    word: "Anh ngữ", "Pháp luật"). A level after it ("Việt Nam tỉnh") is the body's scope."""
    words = name.split(" ")
    last = words[-1]
    if len(words) < 4 or not last.isalpha() or not last.islower() or last in ADMIN_LEVELS:
        return name
    if " ".join(words[-3:-1]) in _long_places() or " ".join(words[-4:-1]) in _long_places():
        return name[: -len(last) - 1]
    return name


# Companies named in English with their legal or business word ("Obayashi Corporation", "JRD Motor
# Vehicle Co. Ltd", "Samsung Group"), and securities firms by their code ("Chứng khoán MB").
_LEGAL_WORDS = (
    r"(?:Corporation|Corp\.|Company|Co\.,?[ ]Ltd\.?|Ltd\.?|Inc\.?|Group|Holdings|Bank|Airlines|Motors)"
)
_COMPANY_WORD = re.compile(rf"(?<=[ ]){_LEGAL_WORDS}(?![\w])")
# where a _COMPANY_WORD match may start (re skips to its words; the look-behind defeats that: 20 -> 14 us)
_COMPANY_STARTS = re.compile(_LEGAL_WORDS)
_FOREIGN_COMPANY = re.compile(rf"(?<![\w&'-])(?:[A-Z][A-Za-z0-9&'-]+[ ]){{1,4}}{_LEGAL_WORDS}$")
_SECURITIES = re.compile(rf"Chứng khoán[ ]+{ACRONYM}")


@cache
def _steering_regex() -> re.Pattern[str]:
    """A steering committee named by its task in lowercase, to a hard end ("Ban chỉ đạo phòng chống lụt
    bão,", "Ban Chỉ đạo đổi mới giáo dục ĐH do ..."): its task is a verb phrase, so verbs may stand in it,
    clause words may not; 2 to 8 words, then optionally its level ("tỉnh", "trung ương")."""
    # "đổi mới" is a noun here ("Ban Chỉ đạo đổi mới giáo dục"), not "mới" (just)
    word = rf"(?:(?<=đổi )mới|(?!(?:{_CLAUSE_WORDS})(?![\w]))(?:{LOWER}+|{ACRONYM}))(?![\w'])"
    level = r"(?:[ ]+(?:tỉnh|huyện|thành phố|quận|trung ương|quốc gia)(?![\w]))?"
    return gz.compile_cached(rf"Ban[ ]+[Cc]hỉ[ ]+đạo(?:[ ]+{word}){{2,8}}{level}(?={_HARD_END.pattern})")


def _named_companies(text: str) -> list[tuple[int, int]]:
    """Spans of companies named in English with their legal word and of securities firms by code."""
    out = []
    for suffix in finditer_at(_COMPANY_WORD, _COMPANY_STARTS, text):  # the legal word first: fast
        named = _FOREIGN_COMPANY.search(text, max(0, suffix.start() - 60), suffix.end())
        if named is None or named.end() != suffix.end():
            continue
        start = named.start()
        words = named.group(0).split(" ")
        while len(words) > 2 and (words[0] in _OPENERS or words[0] in {"The", "A", "An"}):
            start += len(words.pop(0)) + 1  # "Theo World Bank" -> "World Bank"
        if gz.word_start(text, start) and words[0] not in _OPENERS and words[0] not in {"The", "A", "An"}:
            out.append((start, named.end()))
    for named in _SECURITIES.finditer(text):
        if gz.word_start(text, named.start()) and not _LAW_BEFORE.search(
            text, max(0, named.start() - 12), named.start()
        ):
            out.append(named.span())
    return out


# A brand named in ASCII letters after a lowercase word for its kind ("các công ty hóa chất Monsanto và Dow
# Chemicals", "hãng Roche", "tập đoàn Carlyle Group", "tổ chức phi chính phủ Vision Care Service"): up to
# three lowercase words of its field (no clause word), then capitalized ASCII words of which one at least
# is no Vietnamese syllable ("Intel", "Dow"; not "Mai Linh", a Vietnamese name; not a listed place), the
# name as written without its kind. A second brand after "và" or a comma is read too.
_BRAND_KIND = re.compile(r"(?:công ty|tập đoàn|hãng|tổ chức phi chính phủ(?: quốc tế)?)(?![\w])")
_BRAND_FIELD = re.compile(rf"(?:[ ]+{LOWER}+(?![\w'])){{0,3}}?[ ]+(?=[A-Z])")
_BRAND_RUN = re.compile(r"[A-Z][A-Za-z0-9&'-]*(?:[ ][A-Z][A-Za-z0-9&'-]*){0,3}(?![\w])")
_BRAND_NEXT = re.compile(r"(?:[ ]+và|,)[ ]+")
# a Vietnamese syllable written without tone marks ("Long", "Minh", "Hoa"): a brand needs a word that is none
_VIET_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?"
)
_BRAND_AFTER = re.compile(r"[ ]([a-z]+)(?![\w])")
_LEGAL_FIRST = frozenset({"TNHH", "CP", "CTCP", "TM", "DV"})


def _brand_at(text: str, at: int, stops: tuple[int, ...]) -> tuple[int, int] | None:
    """The span of a brand (see :data:`_BRAND_KIND`) starting at ``at``, or None."""
    run = _BRAND_RUN.match(text, at)
    if run is None:
        return None
    end = min([run.end(), *(s - 1 for s in stops if at < s < run.end())])  # "Microsoft" + "Bill Gates"
    words = text[at:end].split()
    if not words or words[0] in _LEGAL_FIRST or fold(" ".join(words)) in gz.folded_places():
        return None
    if fold(words[0]) in gz.folded_places():
        return None  # "công ty du lịch Singapore": the country of the company
    if not any(not w.isupper() and not _VIET_SYLLABLE.fullmatch(w.lower()) for w in words):
        return None
    end = at + len(" ".join(words))
    after = _BRAND_AFTER.match(text, end)
    if after is not None and (after.group(1) in ("in", "of") or not _VIET_SYLLABLE.fullmatch(after.group(1))):
        return None  # "Green" + "travel", "Study" + "in the U.S.A.": an English name going on in lowercase
    return at, end


def _brands(text: str, found: dict[str, _Org], in_body: bool, stops: tuple[int, ...]) -> None:
    """Brands in ASCII letters after a lowercase kind word (see :data:`_BRAND_KIND`)."""
    if (
        "công ty" not in text
        and "tập đoàn" not in text
        and "hãng" not in text
        and "phi chính phủ" not in text
    ):
        return  # (literal tests first: the kind words are lowercase and rare)
    for kind in _BRAND_KIND.finditer(text):
        if not gz.word_start(text, kind.start()):
            continue
        field = _BRAND_FIELD.match(text, kind.end())
        if field is None or any(_CLAUSE_WORD.fullmatch(w) or w in _VERBS for w in field.group(0).split()):
            continue
        span = _brand_at(text, field.end(), stops)
        while span is not None:
            _add(found, text[span[0] : span[1]], span[0], in_body)
            more = _BRAND_NEXT.match(text, span[1])
            span = _brand_at(text, more.end(), stops) if more is not None else None


# The same brands after a business officer's title ("Tổng Giám đốc Vietravel cho biết", "Giám đốc Schidler
# Voyages,", "Phó Chủ tịch HĐQT Vitic Hồ Tân"), closed by the officer's name, punctuation or a predicate;
# never after a head of state's or a diplomat's title, which foreign people follow ("Quốc vương Sihamoni").
# Where such a title ends (a literal first: re skips to it), then the words before it, checked at its start.
_BUSINESS_TITLE_END = re.compile(r"(?:đốc(?:[ ]+điều[ ]+hành)?|diện|HĐQT|quản[ ]+trị)[ ]+(?=[A-Z])")
_BUSINESS_TITLE_BEFORE = {
    "đ": re.compile(r"(?<![\w])[Gg]iám[ ]+$"),
    "d": re.compile(r"(?<![\w])[Tt]rưởng[ ]+đại[ ]+$"),
    "H": re.compile(r"(?<![\w])[Cc]hủ[ ]+tịch[ ]+$"),
    "q": re.compile(r"(?<![\w])[Cc]hủ[ ]+tịch[ ]+Hội[ ]+đồng[ ]+$"),
}
_BRAND_CLOSE = re.compile(r"[ ]*[,;:(]|[ ]+(?:cho biết|cho rằng|nói|khẳng định|tại)(?![\w])")


def _officer_brands(text: str, found: dict[str, _Org], in_body: bool, stops: tuple[int, ...]) -> None:
    """Brands after a business officer's title ("Giám đốc", "Trưởng đại diện", "Chủ tịch HĐQT": see
    :data:`_BUSINESS_TITLE_END`)."""
    if "iám đốc" not in text and "đại diện" not in text and "HĐQT" not in text and "quản trị" not in text:
        return
    starts = frozenset(stops)
    for title in _BUSINESS_TITLE_END.finditer(text):
        start = title.start()
        if not _BUSINESS_TITLE_BEFORE[text[start]].search(text, max(0, start - 30), start):
            continue
        at = title.end()
        span = None if at in starts else _brand_at(text, at, stops)
        name = text[span[0] : span[1]] if span is not None else ""
        if not name or name in _not_bodies() or name.split(" ", 1)[0].isupper():
            continue  # (an acronym first is the acronym rule's: "FRD" + "John McAuliff", a person it missed)
        end = at + len(name)
        if end + 1 in starts or _BRAND_CLOSE.match(text, end) or _RUN_VERB.match(text, end):
            _add(found, name, at, in_body)


# A committee, council or board of the National Assembly named by its field and the Assembly after
# it, in any spelling of the field ("Ủy ban Văn hóa, giáo dục, thanh thiếu niên nhi đồng của Quốc
# hội", "Ủy Ban đối ngoại Quốc hội", "Ban Dân nguyện Quốc hội"): the field is at most ten words,
# commas and "và" between them (after "Ban", a capital first: "ban hành" is a verb).
_ASSEMBLY_BODY = re.compile(
    r"(?P<head>Ủy[ ]+[Bb]an|Uỷ[ ]+[Bb]an|Hội[ ]+đồng|Ban)[ ]+"
    r"(?P<field>[^\s,.;:()\d]+(?:,?[ ]+[^\s,.;:()\d]+){0,9}?)[ ]+(?:của[ ]+)?Quốc[ ]+hội(?![\w])"
)
# Words that make the run between the head and "Quốc hội" a clause ("Ủy ban Kinh tế đã trình Quốc
# hội", "Hội đồng nhân dân tỉnh kiến nghị với Quốc hội"), not a committee's field.
_FIELD_STOPS = (
    "đã đang sẽ vừa mới cho tại ở với trình đề báo là được bị có thuộc trong để do từ theo cùng gửi giúp "
    "thay phối họp nghe dự cũng không khi này đó nhưng thì mà hay hoặc tới đến lên ra vào trước sau làm "
    "kiến nghị lần phiên kỳ thứ ngày năm nhiệm khóa về các những tỉnh huyện nhân của thẩm"
)
_NOT_IN_FIELD = frozenset(_FIELD_STOPS.split())


def _assembly_bodies(text: str, found: dict[str, _Org], in_body: bool, stops: tuple[int, ...]) -> None:
    """Committees of the National Assembly named with the Assembly (see :data:`_ASSEMBLY_BODY`)."""
    if "Quốc hội" not in text:
        return
    for match in _ASSEMBLY_BODY.finditer(text):
        start, end = match.span()
        if not gz.word_start(text, start) or any(start < s < end for s in stops):
            continue
        field_ = match.group("field")
        words = field_.replace(",", " ").split()
        if (
            words[-1] == "và"
            or (match.group("head") == "Ban" and not words[0][0].isupper())  # "Ban hành ...": the verb
            or any(w in _NOT_IN_FIELD or w.isupper() for w in words)
            or "Trung ương" in field_
            or _next_body_head().search(field_)  # "Ban Dân vận Trung ương và Văn phòng Quốc hội": two bodies
        ):
            continue
        _add(found, _clean(match.group(0)), start, in_body)


# A body named after a head written in lowercase inside a sentence: "công ty Âu Lạc", "báo Thanh
# Niên", "trường ĐH Nghệ thuật Huế", "sư đoàn 968". The name is capitalized words or acronyms (a
# school: its kind first); a unit of the army is numbered.
_SCHOOL_KINDS = r"(?:ĐH|CĐ|THPT|THCS|Đại học|Cao đẳng|Trung cấp|Tiểu học|Mầm non|Phổ thông)(?![\w])"
_UNIT_NUMBER = r"[ ]+\d{1,3}(?![\w/.,-]\d)(?![\w])"
_CAPPED_RUN = rf"(?:{CAP_SYL}|{ACRONYM})(?:[ ]+(?:{CAP_SYL}|{ACRONYM})){{0,4}}(?:{_UNIT_NUMBER})?"
_LOWER_HEADED = re.compile(
    rf"(?P<head>tổng công ty|công ty|báo|trường(?=[ ]+{_SCHOOL_KINDS}))[ ]+{_CAPPED_RUN}"
    rf"|(?P<unit>sư đoàn|trung đoàn|lữ đoàn){_UNIT_NUMBER}"
)
# where a match of _LOWER_HEADED may start (its heads; see finditer_at)
_LOWER_HEADED_STARTS = re.compile(r"tổng công ty|công ty|báo|trường|sư đoàn|trung đoàn|lữ đoàn")
# a school or a company "of a country" ("trường ĐH Mỹ", "công ty Nhật") is a kind, not a name
_NATIONALITIES = frozenset(
    {"Nhật", "Mỹ", "Anh", "Anh Quốc", "Pháp", "Đức", "Nga", "Hàn", "Úc", "Trung", "VN"}
)
_SCHOOL_WORDS = frozenset({"Đại", "Cao", "Trung", "Tiểu", "Mầm", "Phổ"})  # their kind is two words
_NOT_A_NAME_AFTER = frozenset({"TNHH", "CP", "CTCP", "VN", "TƯ", "TW", "Tết", "Đảng", "Nhà", "ĐH-CĐ"})
# a capitalized word right before: "Tổng công ty" is the capitalized head's own name
_TITLED_BEFORE = re.compile(rf"(?<![\w]){UPPER}{LOWER}*[ ]+$")
# Words before "báo" that make it part of another word ("thông báo Kết luận", "dự báo", "tình báo").
_BAO_COMPOUND_BEFORE = re.compile(r"(?:thông|cảnh|dự|tình|họp|loan|khai|phản|hồi|tin|truyền|nhắc)[ ]+$")


def _lower_headed(text: str, found: dict[str, _Org], in_body: bool, stops: tuple[int, ...]) -> None:
    """Bodies after a head in lowercase (see :data:`_LOWER_HEADED`), never a place; a name found
    right after the head ("ĐH Nghệ thuật Huế") is the body's name."""
    at_start = {o.start: o.name for o in found.values() if o.start is not None} if in_body else {}
    for match in finditer_at(_LOWER_HEADED, _LOWER_HEADED_STARTS, text):
        start, end = match.span()
        if not gz.word_start(text, start) or _TITLED_BEFORE.search(text, max(0, start - 12), start):
            continue  # "Tổng công ty ...": the capitalized head's own name
        if text.startswith("báo", start) and _BAO_COMPOUND_BEFORE.search(text, max(0, start - 12), start):
            continue
        head = match.group("head") or match.group("unit")
        name_at = start + len(head) + 1
        end = min([s for s in stops if name_at < s < end] or [end])
        if name_at in stops and text[name_at:end].count(" ") >= 2:
            continue  # "Giám đốc công ty Trần Văn Hùng": a person after the head
        known = at_start.get(name_at)
        if known is not None and name_at + len(known) > end:
            end = name_at + len(known)
        rest = _clean(text[name_at:end])
        places = gz.folded_places()
        if not rest or fold(rest) in places or fold(" ".join(rest.split(" ")[:2])) in places:
            continue  # "các công ty Nhật Bản", "công ty Hà Nội": a place, not a name
        cut = rest[-1:].isalpha() and _EDGE["lower_next"].match(text, end) and not _HARD_END.match(text, end)
        if known is None and cut:
            continue  # "công ty Tư" + "vấn", "trường Đại" + "học": cut inside a word
        words = rest.split(" ")
        kind_only = head == "trường" and known is None and len(words) < 2 + (words[0] in _SCHOOL_WORDS)
        named = " ".join(words[1 + (words[0] in _SCHOOL_WORDS) :] if head == "trường" else words)
        if named in _NATIONALITIES or fold(named) in places or named.startswith(("tại ", "Công lập")):
            continue  # "trường ĐH Mỹ", "trường Đại học Anh Quốc", "công ty Nhật": a kind, no name
        if kind_only or rest in _NOT_A_NAME_AFTER:
            continue  # "trường ĐH", "trường THPT", "công ty TNHH", "báo Tết": no name
        _add(found, _clean(text[start:end]), start, in_body)


# A school's or a hospital's kind between its head and its name ("ĐH dân lập Hồng Bàng", "ĐH bán công Tôn
# Đức Thắng", "CĐ BC Hoa Sen", "Trường THPT dân lập Nguyễn Khuyến", "Bệnh viện cấp cứu Trưng Vương"): the
# name after the kind is often a person's or a place's, and is the body's name. Keyed on the kind.
_QUALIFIER = re.compile(
    r"[ ](?P<kind>dân lập|bán công|tư thục|Dân lập|Bán công|Tư thục|DL|BC|cấp cứu)[ ](?=" + UPPER + ")"
)
_QUALIFIED_HEAD = re.compile(
    r"(?<![\w])(?P<school>(?:(?:Trường|trường)[ ])?(?:ĐH|CĐ|THPT|THCS|Đại học|Cao đẳng|Trung cấp|Tiểu học|"
    r"Mầm non|Phổ thông)|Trường|trường)$|(?<![\w])(?P<hospital>Bệnh viện|BV)$"
)


@cache
def _qualified_name() -> re.Pattern[str]:
    """The name after a kind: capitalized words or acronyms, a word in sentence case read whole when its
    lowercase syllable is a field's ("Kỹ thuật Công nghệ", "Ngoại ngữ", "Quản lý": data/field_words.txt)."""
    tails = gz.alternation((*field_words(), "thuật", "ngữ"))
    token = rf"(?:{CAP_SYL}(?:[ ](?:{tails})(?![\w']))?|{ACRONYM})"
    return gz.compile_cached(rf"{token}(?:[ ]{token}){{0,4}}(?:{_UNIT_NUMBER})?")


def _qualified_bodies(text: str, found: dict[str, _Org], in_body: bool, stops: tuple[int, ...]) -> None:
    """Schools and hospitals named with their kind (see :data:`_QUALIFIER`), the head before it; the name
    ends before a person's name that follows it ("ĐH bán công Tôn Đức Thắng" + "Huỳnh Kim")."""
    for qualifier in _QUALIFIER.finditer(text):
        head = _QUALIFIED_HEAD.search(text, max(0, qualifier.start() - 16), qualifier.start())
        if head is None:
            continue
        hospital = head.group("hospital") is not None
        if hospital != (qualifier.group("kind") == "cấp cứu"):
            continue  # "cấp cứu" names a hospital, "dân lập" a school
        name = _qualified_name().match(text, qualifier.end())
        if name is None or name.group(0) in _NOT_A_NAME_AFTER:
            continue
        end = min([s for s in stops if name.start() < s < name.end()] or [name.end()])
        last = text.rfind(" ", name.start(), end)
        if last > 0 and text[last + 1 : last + 2].islower() and _VERB_PHRASE.match(text, last):
            end = last  # "ĐH dân lập Thăng Long" + "công bố": a verb, not a word of the name
        written = _clean(text[name.start() : end])
        if written.startswith("TP") or fold(written) in gz.folded_places():
            continue  # "các ĐH dân lập TP HCM": the schools of a place, no name
        if " " not in written and _EDGE["lower_next"].match(text, name.start() + len(written)):
            continue  # "ĐH dân lập Kinh" + "doanh": one syllable cut inside a word
        _add(found, _clean(text[head.start() : end]), head.start(), in_body)


# A subcommittee that serves a congress, named with it: "Tiểu ban Tổ chức phục vụ Đại hội", "Tiểu
# ban Văn kiện phục vụ Đại hội Đảng bộ tỉnh lần thứ XX" (the congress's level, name and number).
_CONGRESS_BOARD = re.compile(
    rf"Tiểu ban(?:[ ]+{CAP_SYL}){{1,3}}(?:[ ]+{LOWER}+){{0,2}}?[ ]+phục vụ[ ]+Đại hội"
    r"(?:[ ]+(?:đại biểu|Đại biểu|Đảng bộ|Công đoàn|Hội|Đoàn|tỉnh|thành phố|huyện|quận|toàn quốc|"
    rf"[IVXLC]+(?![\w])|{CAP_SYL}))*(?:[ ]+lần[ ]+thứ[ ]+[IVXLC]+)?(?![\w])"
)


def _congress_boards(text: str, found: dict[str, _Org], in_body: bool, stops: tuple[int, ...]) -> None:
    """Subcommittees serving a congress (see :data:`_CONGRESS_BOARD`)."""
    if "Tiểu ban" not in text:
        return
    for match in _CONGRESS_BOARD.finditer(text):
        start, end = match.span()
        if gz.word_start(text, start) and not any(start < s < end for s in stops):
            _add(found, _clean(match.group(0)), start, in_body)


# A body's field in two parts joined by "và", the second capitalized like the first ("Cục Địa chất và
# Khoáng sản Việt Nam", "Cục Giám định và Quản lý chất lượng công trình giao thông", "Trung tâm Nước
# sinh hoạt và Vệ sinh môi trường nông thôn tỉnh Quảng Trị", "Ủy ban Kinh tế và Ngân sách"): the name
# before "và" ends in a lowercase syllable (a field, not a place or a listed body: "Bộ Y tế và Nông
# nghiệp" are two ministries) and the part after it is a word in sentence case (a capital, then
# lowercase syllables: not a person, a place or a list of names, "Minh Ngọc và Minh Hùng"), then at most
# its place. It ends where a clause starts; a title or a body after "và" is the next item of a list.
_AND_FIELD = re.compile(
    rf"[ ]+và[ ]+(?P<field>{UPPER}{LOWER}*(?:[ ]+{LOWER}+){{1,{MAX_EXTENSION}}})(?![\w'])"
)
_AND_FIELD_TAIL = re.compile(
    rf"(?:[ ]+(?:tỉnh|thành phố|huyện|quận|thị xã)(?![\w]))?[ ]+(?:{CAP_SYL}|{ACRONYM})"
    rf"(?:[ ]+{CAP_SYL}){{0,3}}(?![\w'])"
)


def _and_fields(
    text: str, found: dict[str, _Org], spans: list[tuple[int, int]], stops: tuple[int, ...]
) -> None:
    """Names of :data:`_AND_FIELD` read on from the names found (``spans``), added in place of the cut one."""
    for start, end in list(spans):
        if text[end : end + 4] != " và ":
            continue
        short = _clean(text[start:end])
        if not short.rsplit(" ", 1)[-1].islower():
            continue  # "Quốc hội Việt Nam" + "và Quốc hội Lào": a name ending in a capital is complete
        if short not in found or _LEVEL_END.search(short):
            continue
        lowered = _lowercase_field().match(text, end) if _longest_head(short) is not None else None
        if lowered is not None and not any(end < s < lowered.end() for s in stops):
            # the second part in lowercase ("Công ty Vận tải" + "và dịch vụ công cộng Hà Nội")
            place = _level_place_after().match(text, lowered.end())  # "... và xã hội" + "TP HCM"
            at = max(place.end() if place else -1, _and_field_end(text, lowered.end(), stops, closed_at=True))
            if at < 0 and lowered.end() + 1 in stops:
                at = lowered.end()  # a person's name right after ("... sau thu hoạch" + "Nguyễn Kim Vũ")
            if at >= lowered.end():
                org = found[short]
                if org.mentions == 1 and org.start in (start, None):
                    del found[short]  # the cut name was read here only
                _add(found, _clean(text[start:at]), start, org.start is not None)
            continue
        if fold(short) in _gazetteer_set():
            continue  # "Bộ Y tế" + "và Nông nghiệp", "Tòa án thành phố" + "và Thư viện": two bodies
        match = _AND_FIELD.match(text, end)
        if match is None or any(end < s < match.end() for s in stops):
            continue
        field_start = match.start("field")
        if _next_body_head().match(text, field_start - 1) or _any_case_head().match(text, field_start):
            continue  # "... và Sở Tài chính", "... và Phó Chủ tịch": the next item of a list
        at = _and_field_end(text, field_start + len(match.group("field").split(" ")[0]), stops)
        if at > field_start and fold(_clean(text[field_start:at])) not in gz.folded_places():
            org = found[short]
            if org.mentions == 1 and org.start in (start, None):
                del found[short]  # the cut name was read here only
            _add(found, _clean(text[start:at]), start, org.start is not None)


@cache
def _lowercase_field() -> re.Pattern[str]:
    """ "và" + a word that opens the lowercase second part of a field (``data/lowercase_fields.txt``)."""
    fields = gz.alternation(gz.load_list("lowercase_fields.txt"))
    return gz.compile_cached(rf"[ ]+và[ ]+(?P<field>{fields})(?![\w'])")


def _and_field_end(text: str, at: int, stops: tuple[int, ...], closed_at: bool = False) -> int:
    """Where the second part of a field ends, its capitalized syllable read to ``at`` (-1 when nowhere):
    the longest run of its lowercase syllables (no clause word, no verb but in a noun pair, not "nơi",
    "sự") that a place closes ("... Khoáng sản" + "Việt Nam", "... nông thôn" + "tỉnh Quảng Trị") or a
    hard end, a verb phrase or "nơi" follows ("Nhân văn" + "mở các lớp": no name). With ``closed_at``
    the part may end at ``at`` too (a whole word was read: "... và xã hội" + "TP HCM")."""
    ends, words = [at] if closed_at else [], [text[text.rfind(" ", 0, at) + 1 : at].lower()]
    for token in _LOWER_TOKEN.finditer(text, at):
        if token.start() != at or _CLAUSE_AT.match(text, at) or _VERB_PHRASE.match(text, at):
            break
        low = token.group(1)
        if low in _VERBS:
            after = _LOWER_TOKEN.match(text, token.end())
            if not _NOUN_PAIR.fullmatch(f"{words[-1]} {low}") and not (
                after is not None and _NOUN_PAIR.fullmatch(f"{low} {after.group(1)}")
            ):
                break  # a verb, not half of a noun pair ("công trình")
        if low in _NOT_IN_AND_FIELD:
            break
        words.append(low)
        at = token.end()
        ends.append(at)
    for end in reversed(ends):
        tail = _AND_FIELD_TAIL.match(text, end)
        if tail is not None and not any(end < s < tail.end() for s in stops):
            if _ends_with_place(text, end, tail.end()) and not _next_body_head().match(text, end):
                return tail.end()
            continue  # a capitalized word that is no place: another name, not this one's tail
        closed = _HARD_END.match(text, end) or _VERB_PHRASE.match(text, end) or _RUN_VERB.match(text, end)
        if closed is not None or _PLACE_WORD.match(text, end):
            return end
    return -1


_NOT_IN_AND_FIELD = frozenset({"nơi", "sự"})  # a clause's place or a verb made a noun: no field goes on


# An association of Vietnamese abroad, named with its country ("Hội người Việt Nam tại Pháp", "Hội Sinh
# viên VN tại Pháp", "Hội người Việt ở LB Nga"): the people it gathers, "Việt Nam", "tại"/"ở" + where.
_ABROAD_PEOPLE = (
    "người",
    "sinh viên",
    "thanh niên",
    "doanh nhân",
    "doanh nghiệp",
    "phụ nữ",
    "trí thức",
    "kiều bào",
    "học sinh",
    "cựu chiến binh",
)


@cache
def _abroad_regex() -> re.Pattern[str]:
    people = gz.alternation((*_ABROAD_PEOPLE, *(p.capitalize() for p in _ABROAD_PEOPLE)))
    where = gz.alternation((*gz.countries(), *gz.place_names(), "LB Nga", "Liên bang Nga"))
    return gz.compile_cached(
        rf"(?<![\w])(?:Hội|Tổng hội|Hiệp hội|Liên hiệp hội)[ ]+{people}[ ]+(?:Việt[ ]+Nam|VN|Việt)"
        rf"[ ]+(?:tại|ở)[ ]+{where}(?![\w])"
    )


_ABROAD_GATE = re.compile(r" (?:Việt Nam|VN|Việt) (?:tại|ở) ")


def _abroad_associations(text: str, found: dict[str, _Org], in_body: bool) -> None:
    """Associations of Vietnamese abroad (see :func:`_abroad_regex`)."""
    if _ABROAD_GATE.search(text) is None:
        return  # (a literal test first: "Việt Nam tại" is rare)
    for match in _abroad_regex().finditer(text):
        _add(found, _clean(match.group(0)), match.start(), in_body)


# A national body named "... Việt Nam" has branches named by their level and place instead ("Liên hiệp
# các Hội Khoa học và Kỹ thuật tỉnh Vĩnh Phúc", "Liên hiệp các tổ chức hữu nghị tỉnh", "Hội Khuyến học
# tỉnh Bình Dương", "Bộ đội Biên phòng thành phố"): the listed name less "Việt Nam", then a level (and its
# listed place) or a listed place that is no country; a level before another name or a number is left
# ("quận" + "4"); after a capitalized word it is part of a longer name.
@cache
def _branch_regex() -> re.Pattern[str]:
    names = [n.removesuffix(" Việt Nam") for n in gz.organization_names() if n.endswith(" Việt Nam")]
    stems = gz.alternation_any_case(names)
    first = "".join(sorted({n[0] for n in names}))  # (no look-behind first: re skips to these letters)
    places = gz.alternation(p for p in gz.place_names() if p not in gz.countries())
    # (a level before an unlisted name or a number is cut: "quận" + "Đống Đa", "quận" + "4")
    # An association's or the Front's stem alone before a hard end or a clause word is its local chapter
    # ("Hội cựu chiến binh" + ",", "Mặt trận Tổ quốc" + "và"); not the other stems ("Bảo hiểm xã hội",
    # "Đài truyền hình" are also common nouns).
    chapters = gz.alternation_any_case(n for n in names if n.startswith(("Hội ", "Mặt trận ")))
    return gz.compile_cached(
        rf"(?=[{first}])(?:{stems}(?:[ ]+{places}|[ ]+(?:tỉnh|thành phố|TP|huyện|quận|thị xã)"
        rf"(?:[ ]+{places}(?![\w])|(?![\w])(?![ ]+(?:{UPPER}|\d))))"
        rf"|{chapters}(?=[ ]*[,.;:!?()\"“”\n]|[ ]+(?:{_BOUNDARY_WORDS})(?![\w])))(?![\w])"
    )


@cache
def _branch_starts() -> re.Pattern[str]:
    """Where a match of :func:`_branch_regex` may start: a stem (see ``finditer_at``)."""
    return gz.compile_cached(
        gz.alternation_any_case(
            n.removesuffix(" Việt Nam") for n in gz.organization_names() if n.endswith(" Việt Nam")
        )
    )


def _branches(text: str, found: dict[str, _Org], in_body: bool, stops: tuple[int, ...]) -> None:
    """Local branches of national bodies (see :func:`_branch_regex`)."""
    for match in finditer_at(_branch_regex(), _branch_starts(), text):
        start, end = match.span()
        if not gz.word_start(text, start) or _cap_before(text, start) or any(start < s < end for s in stops):
            continue
        _add(found, _clean(match.group(0)), start, in_body)


# A province's merged newspaper and broadcaster (since 2025: "Báo và Phát thanh, Truyền hình Hưng Yên",
# "Báo và Phát thanh, Truyền hình tỉnh Quảng Ngãi"), named with its listed province.
@cache
def _merged_outlet_regex() -> re.Pattern[str]:
    places = gz.alternation(p for p in gz.place_names() if p not in gz.countries())
    return re.compile(rf"Báo và Phát thanh,[ ]+Truyền hình(?:[ ]+(?:tỉnh|thành phố|TP))?[ ]+{places}(?![\w])")


def _merged_outlets(text: str, found: dict[str, _Org], in_body: bool) -> None:
    """Provincial merged outlets (see :func:`_merged_outlet_regex`)."""
    if "Báo và Phát thanh" not in text:
        return
    for match in _merged_outlet_regex().finditer(text):
        _add(found, _clean(match.group(0)), match.start(), in_body)


# A province's delegation of deputies to the National Assembly, named with its level or place ("Đoàn
# ĐBQH tỉnh", "Đoàn đại biểu Quốc hội TP HCM", "Trưởng đoàn Đại biểu Quốc hội tỉnh"): a body of its own
# (the Assembly inside it is given as well). Unscoped, "các đoàn đại biểu Quốc hội" are the delegations
# in general or a visiting one ("đoàn đại biểu Quốc hội do ... dẫn đầu"): no name; nor a country's.
_DELEGATION = re.compile(
    r"(?<![\w])[Đđ]oàn[ ]+(?:ĐBQH|ĐB[ ]+Quốc[ ]+hội|[Đđ]ại[ ]+biểu[ ]+(?:Quốc[ ]+hội|QH))(?![\w])"
)


@cache
def _delegation_scope() -> re.Pattern[str]:
    """The level and/or the listed place after a delegation ("tỉnh", "thành phố Đà Nẵng", "TPHCM")."""
    # (a country's delegation is a visit: "Đoàn đại biểu Quốc hội Mông Cổ do ... dẫn đầu")
    places = gz.alternation(p for p in gz.place_names() if p not in gz.countries())
    return gz.compile_cached(
        rf"(?:[ ]+{places}(?![\w])|[ ]+(?:tỉnh|thành phố|TP)(?![\w])(?:[ ]+{places}(?![\w]))?)"
    )


def _delegations(text: str, found: dict[str, _Org], in_body: bool) -> None:
    """Provincial delegations to the National Assembly (see :data:`_DELEGATION`)."""
    if "ĐBQH" not in text and "biểu Q" not in text and "ĐB Quốc" not in text:
        return  # (literal tests first: most texts name no delegation)
    for match in _DELEGATION.finditer(text):
        scope = _delegation_scope().match(text, match.end())
        if scope is not None:
            _add(found, _clean(text[match.start() : scope.end()]), match.start(), in_body)


def _in_place_name(text: str, start: int) -> bool:
    """A two-syllable name candidate at ``start`` that is (part of) the name of a unit: right after a
    level word ("huyện Quế Sơn"), or after a level word and one capitalized syllable that is no place of
    its own ("xã Đức Lập Thượng", "quận Nam Từ Liêm"; not "TP Huế" + "Lê Hùng": only a city or a
    province has a one-syllable name)."""
    if _EDGE["admin_before"].search(text, max(0, start - 12), start):
        return True
    before = _EDGE["admin_syllable_before"].search(text, max(0, start - 20), start)
    if before is None:
        return False
    city = before.group("level") in ("tỉnh", "thành phố", "TP")
    return not city or fold(before.group("syllable")) not in gz.folded_places()


def _find(text: str, found: dict[str, _Org], in_body: bool) -> None:
    regex = org_regex()
    names = find_names(text)[0]
    named_after = {n.end for n in names if _NAMED_AFTER.search(text, max(0, n.start - 20), n.start)}
    stops = tuple(
        name.start
        for name in names
        if fold(name.text) not in gz.folded_places()
        and not (name.text.count(" ") == 1 and _in_place_name(text, name.start))
        and name.end not in named_after
    )
    _descriptive(text, found, in_body, stops)
    _lowercase_named(text, found, in_body, stops)
    _lowercase_committees(text, found, in_body, stops)
    for steering in _steering_regex().finditer(text):
        start, end = steering.span()
        if gz.word_start(text, start) and not any(start < s < end for s in stops):
            _add(found, _clean(steering.group(0)), start, in_body)
    spans: list[tuple[int, int]] = []
    pos = 0
    while True:
        match = regex.search(text, pos)
        if not match:
            break
        if not gz.word_start(text, match.start()):
            pos = match.start() + 1
            continue
        pos = match.end()
        matched = [(match.start(), match.end())]
        head = match.group("head")
        written_head = gz.one_space(match.group("head") or match.group("gaz") or "")
        if written_head.isupper() and written_head not in _EXACT_NAMES:
            continue  # a headline in capitals ("BÁO CHÍ VỀ ..."), not an acronym ("UBND")
        if head is not None:
            head = _CANONICAL_HEAD.get(gz.one_space(head).lower(), head)
            if head == "Tổ chức" and (
                _EVENT_AFTER_VERB.match(text, match.end("head"))
                or _LAW_BEFORE.search(text, max(0, match.start() - 12), match.start())
            ):
                continue  # "Tổ chức Hội nghị ...": the verb; "Luật Tổ chức Chính phủ": a law's name
        if head == "Chi bộ" and match.group("tail").strip() == "Đảng":
            continue  # "thành lập một Chi bộ Đảng": a Party cell in general, no definite body
        if match.group("bare") is not None and _cap_before(text, match.start()):
            continue  # "Ban Thường vụ Tỉnh ủy": read with its compound ("Bí thư Tỉnh ủy" is the body)
        if head in COMPOUND and match.group("tail"):
            inner_start = match.start("tail") + len(match.group("tail")) - len(match.group("tail").lstrip())
            inner = regex.match(text, inner_start)
            if inner and _central_party(inner):
                inner = None  # "BCH Trung ương Đảng": the Party's Central Committee, not "Trung ương Đảng"
            if inner:
                matched.append((inner.start(), inner.end()))
            outer_is_title = head == "Thường trực" and _inside_title_or_name(text, match.start())
            needs = head in _NEEDS_INNER and (not inner or inner.group(0).startswith(("Đảng", "Đoàn")))
            if needs and _PARTY_CENTRAL.fullmatch(match.group(0)):
                needs = False  # "Ủy viên Trung ương Đảng": the Party's Central Committee, as written
            if needs or outer_is_title:
                if not inner:
                    continue
                matched = matched[1:]  # only the inner body: "Phó Bí thư Thường trực" + "Tỉnh ủy"
                pos = max(pos, inner.end())
        elif head is None:
            # a listed compound goes on into another body: "Ban Chấp hành Trung ương" + "Đảng
            # Cộng sản Trung Quốc" (the listed "Ban Chấp hành Trung ương Đảng" matched first)
            written = match.group(0)
            central = _CENTRAL_AFTER.match(text, match.end()) if fold(written) == "ban bi thu" else None
            if central is not None:
                matched = [(match.start(), central.end()), (match.start(), match.end())]
                pos = central.end()
            lead = next((h for h in _COMPOUND_LONGEST if written.startswith(h + " ")), None)
            alone = fold(written) in _FOLDED_COMPOUND and text[match.end() : match.end() + 1] == " "
            if lead is None and alone:
                lead = written  # a listed compound alone, then its body: "Ban cán sự Đảng" + "Bộ Y tế"
            if lead is not None:
                inner = regex.match(text, match.start() + len(lead) + 1)
                if inner and inner.end() > match.end() and not _central_party(inner):
                    matched = [(match.start(), inner.end()), (inner.start(), inner.end())]
                    pos = inner.end()
        if head is not None and head not in COMPOUND:
            # the parent body named inside a unit's name: "Phòng Kế hoạch - Tài chính Sở GD-ĐT tỉnh X"
            for parent in _PARENT_IN.finditer(text, match.start("tail"), match.end()):
                inner = regex.match(text, parent.end())
                if inner is not None and inner.group("head") is not None:
                    matched.append((inner.start(), inner.end()))
        finals: dict[int, tuple[int, str]] = {}
        # inner bodies first: a compound's name ends where its inner body's name does
        for i, (start, end) in sorted(enumerate(matched), key=lambda item: -item[0]):
            cut = [s for s in stops if start < s < end]
            if cut:
                end = min(cut)
            inner_match = regex.match(text, start) if i else match
            generic = inner_match is not None and inner_match.group("head") is not None
            numbered = _NUMBER_AFTER.match(text, start + len(text[start:end].rstrip(" -,")))
            # "Trung tâm Y tế" + "số 3", "Bệnh viện Trưng Vương" + "sai phạm": not cut inside a word
            # nor "Đảng bộ tỉnh" or "Đảng bộ Phường Bến Thành" + "lần thứ XX" (a clause word completes
            # no word: the last syllable was not cut)
            written = _clean(text[start:end])
            trim = (
                generic
                and numbered is None
                and start + len(written) not in named_after
                and not _CLAUSE_AT.match(text, start + len(written))
            )
            name = _clean(trim_dangling(text, start, end) if trim else text[start:end])
            last = name.rsplit(" ", 1)[-1]
            placed = UNIT_NAME_END.search(name) or _ends_with_place(name, 0, len(name))
            if (
                generic
                and not placed
                and start + len(name) not in named_after
                and (
                    len(name) < len(_clean(text[start:end]))
                    or (not last.isupper() and _DASH_LOWER.match(text, start + len(name)))
                )
            ):
                # cut inside a lowercase word: the name may go on in lowercase ("Cục Quản lý lao
                # động ngoài nước", "Bộ Kế hoạch - đầu tư")
                written_end = start + len(text[start:end].rstrip(" -,"))
                extended = _extend(text, written_end, stops)
                if extended == written_end and _TIED_BEFORE.search(text, max(0, start - 16), start):
                    extended = _bare_run(text, written_end)  # "giao cho Phòng Quản lý" + "đô thị tiến hành"
                if extended > written_end:
                    name = _clean(text[start:extended])
                elif _DASH_FIELD_END.search(written):
                    name = written  # "Bộ Tài nguyên - Môi trường" + "xúc tiến nhanh ...": no word was cut
            elif (
                generic
                and not placed
                and start + len(name) not in named_after
                and _EDGE["lower_next"].match(text, start + len(name))
            ):
                # a complete name going on in lowercase to a capitalized tail ("Công ty Phát triển
                # công nghiệp Tân Thuận", "Mặt trận Dân tộc thống nhất VN")
                extended = _extend(text, start + len(name), stops, capped_only=True)
                plain = (
                    last.isalpha() and not last.isupper() and "-" not in name
                )  # not "Bộ GDĐT", "Quân khu 9"
                if (
                    plain
                    and extended == start + len(name)
                    and _TIED_BEFORE.search(text, max(0, start - 16), start)
                ):
                    extended = _bare_run(text, extended)  # "cho Phòng Quản lý" + "đô thị tiến hành ..."
                if extended > start + len(name):
                    name = _clean(text[start:extended])
            if i == 0 and head in COMPOUND and 1 in finals:
                # "Ban Chấp hành" + "Hội Nhà báo Việt Nam": the outer name ends where the inner one does
                inner_start, inner_name = finals[1]
                if start + len(name) >= inner_start and inner_start + len(inner_name) > start + len(name):
                    name = _clean(
                        text[start : inner_start + len(inner_name)]
                    )  # "Ban Chấp hành Hội Nhà báo ..."
            if not generic and _DASH_LOWER.match(text, start + len(name)):
                extended = _extend(text, start + len(name), stops)  # "Ủy ban Kinh tế - ngân sách"
                if extended > start + len(name):
                    name = _clean(text[start:extended])
            name = _place_run_on(_dash_place_end(_trailing_cut(name)))
            if not generic and inner_match is not None and name.startswith(_BRANCHED):
                level = _level_place_after().match(text, start + len(name))
                if level is not None:
                    name = _clean(text[start : level.end()])  # "Bộ đội Biên phòng tỉnh Sơn La"
            after = start + len(name)
            if generic and not placed and name[-1:].isalpha():
                number = _NUMBER_AFTER.match(text, after)
                if number is not None:
                    name = _clean(text[start : number.end()])
            if inner_match is not None and inner_match.group("head"):
                listed_head = _CANONICAL_HEAD.get(gz.one_space(inner_match.group("head")).lower())
                mission = _where_after().match(text, after) if listed_head in _MISSION_HEADS else None
                if mission is not None:
                    name = _clean(text[start : mission.end()])
            # (a field, not a level or a place: "UBND tỉnh và phát triển du lịch" is a clause)
            leveled = name.rsplit(" ", 1)[-1] in ADMIN_LEVELS and not name.endswith("Hợp tác xã")
            fielded = name[-1:].isalpha() and not name.split(" ")[0].isupper() and not leveled
            fielded = fielded and not _ends_with_place(name, 0, len(name))
            developing = _DEVELOPMENT.match(text, start + len(name)) if fielded else None
            if developing is not None:
                # "Cục Hợp tác xã" + "và phát triển nông thôn", "Công ty Đầu tư" + "và phát triển
                # công nghệ truyền hình Việt Nam": the idiom of a body's field, then its tail
                closed = developing.end() if developing.group("rural") else 0
                closed = closed or _extend(text, developing.end(), stops, capped_only=True)
                fixed = bool(developing.group("rural"))
                if closed <= developing.end() and developing.group(0).endswith("hình"):
                    # "Đài Phát thanh và truyền hình" + "tỉnh Hà Nam" or + "," (a fixed name)
                    place = _level_place_after().match(text, developing.end())
                    fixed = place is not None or _HARD_END.match(text, developing.end()) is not None
                    closed = place.end() if place is not None else developing.end()
                if closed > developing.end() or fixed:
                    name = _clean(text[start:closed])
            of_country = _of_country().match(text, start + len(name)) if name[-1:].isalpha() else None
            if of_country is not None:
                name = _clean(text[start : of_country.end()])  # "Tòa án Tối cao của Mỹ"
            first_two = " ".join(name.split(" ")[:2])
            if (
                len(name) < 4
                or (name in HEADS and name not in _BARE_BODIES and fold(name) not in _gazetteer_set())
                or fold(first_two) in gz.folded_places()
            ):
                continue  # "Hội An", "Đài Loan": a place, not HEAD + name
            termed = _EDGE["term_after"].match(text, start + len(name)) is not None
            if generic and not _has_proper_tail(name, termed):
                continue
            words = name.split(" ")
            one_word = len(words) == 2 and words[0].isupper() and words[1].istitle()
            one_word = generic and one_word and words[1] not in ADMIN_LEVELS
            if one_word and _EDGE["lower_next"].match(text, start + len(name)):
                continue  # "ĐH Bán" + "công": an acronym head's one-syllable name cut inside a word
            spans.append((start, start + len(name)))
            finals[i] = (start, name)
            _add(found, name, start, in_body)
            country = _COUNTRY_END.search(name)
            if not generic and country and fold(name[: country.start()]) in _gazetteer_set():
                _add(found, name[: country.start()], start, in_body)  # "Quốc hội Việt Nam" is "Quốc hội" too
    _officer_named(text, found, in_body, stops)
    _and_fields(text, found, spans, stops)
    _shared_head_lists(text, found, in_body)
    _assembly_bodies(text, found, in_body, stops)
    _lower_headed(text, found, in_body, stops)
    _qualified_bodies(text, found, in_body, stops)
    _congress_boards(text, found, in_body, stops)
    _delegations(text, found, in_body)
    _abroad_associations(text, found, in_body)
    _branches(text, found, in_body, stops)
    _merged_outlets(text, found, in_body)
    _brands(text, found, in_body, stops)
    _officer_brands(text, found, in_body, stops)
    for start, end in _named_companies(text):
        if not any(s <= start < e for s, e in spans):
            spans.append((start, end))
            _add(found, text[start:end], start, in_body)
    for start, end in _acronym_bodies(text, spans):
        spans.append((start, end))
        _add(found, text[start:end], start, in_body)
    for start, end in (*_numbered_units(text, spans), *_numbered_fields(text, spans, stops)):
        spans.append((start, end))
        _add(found, text[start:end], start, in_body)
    _termed_bodies(text, found, in_body)
    # outlets and bodies in brackets after the people of a list ("gồm: A (báo X); B (Đài Y)")
    for start, end in listed_units(text):
        if not any(s <= start < e for s, e in spans):
            _add(found, text[start:end], start, in_body)


# Military units and commands named by their number ("Sư đoàn 325", "Lữ đoàn 5", "Vùng 4"): the units
# of the title grammar's numbered bodies (titles.NUMBERED) that are no place ("quận 3", "khu vực 1"),
# and the battalion, named the same way. Up to three digits, not a date or a decimal ("5/2", "1,5").
_PLACE_NUMBERED = frozenset({"quận", "phường", "khu vực"})
_UNITS = (*(u for u in NUMBERED if u[0].isupper() and u.lower() not in _PLACE_NUMBERED), "Tiểu đoàn")
_NUMBERED_UNIT = re.compile(rf"(?:{gz.alternation(_UNITS)})[ ]+\d{{1,3}}(?![\w/.,]\d)(?![\w])")


def _numbered_units(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Numbered units ("Sư đoàn 324", "Hải đoàn 11") outside the names already found."""
    return [
        match.span()
        for match in _NUMBERED_UNIT.finditer(text)
        if gz.word_start(text, match.start()) and not any(s <= match.start() < e for s, e in spans)
    ]


# A unit numbered after its field written in lowercase ("Bệnh viện quân y 103", "Xí nghiệp thoát nước số
# 2", "Công ty Xây dựng công trình giao thông 874"): a head, up to six syllables (only the first may be
# capitalized; no verb, no clause word) and the number closed like a body's number (_NUMBER_AFTER).
MAX_NUMBERED_FIELD = 6  # the longest field seen before a unit's number on VNTC has five syllables
# (a space first lets re skip to it; closed first: most numbers are counts before a noun, "20 triệu")
_UNIT_DIGITS = re.compile(r"[ ]\d{1,3}(?![\w/.,]\d)(?![\w])" + _NUMBER_CLOSE)
_COUNT_WORDS = frozenset({"khoảng", "gần", "chừng"})  # "Trường có khoảng 800": a count, not a unit


@cache
def _numbered_field_regex() -> re.Pattern[str]:
    heads = gz.alternation(h for h in HEADS if h[0].isupper() and not h.isupper() and h not in ADMIN_HEADS)
    first, more = rf"{UPPER}?{LOWER}+(?![\w'])", rf"(?:[ ]+{LOWER}+(?![\w'])){{0,{MAX_NUMBERED_FIELD - 1}}}"
    return gz.compile_cached(rf"(?<![\w]){heads}(?P<field>[ ]+{first}{more})[ ]+(?:số[ ]+)?$")


def _verb_in(words: list[str]) -> bool:
    """Whether a verb syllable stands in ``words``, not as half of a noun pair ("công trình")."""
    return any(
        w in _VERBS
        and not _NOUN_PAIR.fullmatch(f"{words[i - 1]} {w}" if i else w)
        and not (i + 1 < len(words) and _NOUN_PAIR.fullmatch(f"{w} {words[i + 1]}"))
        for i, w in enumerate(words)
    )


def _numbered_fields(
    text: str, spans: list[tuple[int, int]], stops: tuple[int, ...]
) -> list[tuple[int, int]]:
    """Units numbered after a lowercase field (see :func:`_numbered_field_regex`), outside the names
    already found whole."""
    out = []
    for digits in _UNIT_DIGITS.finditer(text):
        at = digits.start() + 1
        low = max(0, at - 80)
        field = _numbered_field_regex().search(text, low, at)
        if field is None or _UNIT_NUMBER_AFTER.match(text, field.end("field")) is None:
            continue
        start, end = field.start(), digits.end()
        words = field.group("field").split()
        if (
            _verb_in(words)
            or words[0] in _NOT_A_BODY_AFTER  # "Hội trường 1": a common noun (a hall), not "Hội" + a field
            or any(w in _COUNT_WORDS or _CLAUSE_WORD.fullmatch(w) for w in words)
            or any(start < s < end for s in stops)
            or any(s <= start and end <= e for s, e in spans)
            or fold(" ".join(text[start:end].split()[:2])) in gz.folded_places()
        ):
            continue
        out.append((start, end))
    return out


# A body's term right after its name ("Quốc hội khóa XV", "HĐND tỉnh Quảng Nam khóa IX").
# ("ĐH Bách Khoa khóa 6", "Trường ... khóa 2": the intake of a school, not a body's term)
_COHORT_HEADS = ("ĐH", "Đại học", "Trường", "Học viện", "Cao đẳng", "CĐ", "Lớp", "Khoa")
_TERM_NAME = re.compile(r"[ ]+(?:khóa|khoá)[ ]+(?:[IVXLC]+|\d{1,2})(?![\w])")


def _termed_bodies(text: str, found: dict[str, _Org], in_body: bool) -> None:
    """Each body named right before its term, also under the termed name: "Quốc hội khóa XV" is the
    body of that term and "Quốc hội" the body (news text writes both, so both are given)."""
    if "khóa" not in text and "khoá" not in text:
        return
    for term in _TERM_NAME.finditer(text):
        at = term.start()
        for name in [n for n, org in found.items() if not org.termed and not n.startswith(_COHORT_HEADS)]:
            start = at - len(name)
            if start >= 0 and text.startswith(name, start) and gz.word_start(text, start):
                termed = name + " " + " ".join(term.group(0).split())
                _add(found, termed, start, in_body)
                found[termed].termed = True


# A task written with a comma inside a body's name ("Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh",
# "Ban chỉ đạo quốc gia phòng, chống dịch COVID-19"): the comma is read as no end there (the text is read
# with it taken out, each name then written as in the text, offsets mapped back). Only these pairs:
# "phòng, chống" (prevent and fight), "tham nhũng, tiêu cực" (corruption and negative acts) and "chống lụt,
# bão" (floods and storms).
_TASK_COMMAS = ("phòng, chống", "tham nhũng, tiêu cực", "lụt, bão")
_TASK_COMMA = re.compile(
    r"(?<=phòng), (?=chống(?![\w]))|(?<=tham nhũng), (?=tiêu cực(?![\w]))|(?<=chống lụt), (?=bão(?![\w]))"
)


def _task_comma_free(text: str) -> tuple[str, list[int]]:
    """The text less the comma in :data:`_TASK_COMMAS`, and where each was taken out (in the new text)."""
    removed: list[int] = []
    parts: list[str] = []
    pos = 0
    for match in _TASK_COMMA.finditer(text):
        parts.append(text[pos : match.start()])
        removed.append(match.start() - len(removed))
        parts.append(" ")
        pos = match.end()
    parts.append(text[pos:])
    return "".join(parts), removed


# A disease's code in a body's task ("Ban chỉ đạo quốc gia phòng chống dịch cúm gia cầm H5N1", "Ban Chỉ đạo
# phòng, chống dịch COVID-19 tỉnh"): read as an acronym of the same length (no digit, no end there), the name
# then written as in the text.
_DISEASE_CODES = {"H5N1": "HQQN", "COVID-19": "COVID-QQ"}
_DISEASE_BACK = {masked: code for code, masked in _DISEASE_CODES.items()}


def _masked(text: str) -> str:
    for code, masked in _DISEASE_CODES.items():
        if code in text:
            text = text.replace(code, masked)
    return _TASK_COMMA.sub(" ", text)


def _find_with_task_commas(text: str, found: dict[str, _Org], in_body: bool) -> None:
    """:func:`_find`, the comma of a task in a body's name (:data:`_TASK_COMMAS`) read as no end, a disease's
    code (:data:`_DISEASE_CODES`) as an acronym."""
    coded = [code for code in _DISEASE_CODES if code in text]
    if not coded and not any(pair in text for pair in _TASK_COMMAS):
        _find(text, found, in_body)
        return
    same_length = text
    for code in coded:
        same_length = same_length.replace(code, _DISEASE_CODES[code])
    free, removed = _task_comma_free(same_length)
    if not removed and not coded:
        _find(text, found, in_body)
        return
    fresh: dict[str, _Org] = {}
    _find(free, fresh, in_body)

    def before(at: int, inclusive: bool) -> int:
        return sum(1 for r in removed if r < at or (inclusive and r == at))

    for name, org in fresh.items():
        if name in _DISEASE_BACK:
            continue  # a bare code read as an acronym ("virus H5N1 của ..."): no body
        at = org.start if org.start is not None else free.find(name)
        written = name
        if at >= 0:
            start = at + before(at, True)
            end = at + len(name)
            span = text[start : end + before(end, False)]
            if _masked(span) == name:
                written = span
            if org.start is not None:
                org.start, org.end = start, start + len(written)
        for masked, code in _DISEASE_BACK.items():
            if masked in written:  # a name written otherwise (its spaces): its code as written
                written = written.replace(masked, code)
        old = found.get(written)
        if old is None:
            org.name = written
            found[written] = org
        else:
            old.mentions += org.mentions
            if old.start is None and org.start is not None:
                old.start, old.end = org.start, org.end


def extract_organizations(body: str, captions: tuple[str, ...] | list[str] = ()) -> tuple[Organization, ...]:
    """Organizations named in an article, short forms linked to their full name.

    Args:
        body: Cleaned body.
        captions: Photo captions (bodies named only there have no offsets).

    Returns:
        Organizations in order of first appearance.
    """
    found: dict[str, _Org] = {}
    _find_with_task_commas(body, found, True)
    for caption in captions:
        _find_with_task_commas(caption, found, False)
    # Link short forms ("Đảng ủy Khối") to the one longer name they start.
    keys = list(found)
    folded = {k: fold(k) for k in keys}
    for short in keys:
        if (
            short not in found
            or short.count(" ") + 1 > SHORT_FORMS_MAX_WORDS
            or _LOCAL_BODY.fullmatch(short)
            or folded[short] in _gazetteer_set()  # listed: a body of its own ("Quốc hội", "Bộ Chính trị")
            or found[short].termed
        ):
            continue
        prefix = folded[short] + " "
        longer = [
            k
            for k in keys
            if k != short and k in found and not found[k].termed and folded[k].startswith(prefix)
        ]
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
