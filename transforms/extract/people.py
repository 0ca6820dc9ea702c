"""People and their title chains, in all the forms the Vietnamese press uses.

Forms handled (examples from the seeds):

* after the name: "đồng chí Nguyễn Văn Thể, Ủy viên Trung ương Đảng, Bí thư Đảng ủy Khối";
* before the name: "Phó Bí thư Thường trực Thành ủy Nguyễn Thị Tuyến", also a chain
  "Ủy viên Trung ương Đảng, Bí thư Đảng ủy Khối Nguyễn Văn Thể cho biết";
* a title shared by a list: "các đồng chí Uỷ viên Bộ Chính trị: Phan Đình Trạc, Trưởng
  Ban Nội chính Trung ương; Trần Cẩm Tú, ...";
* aliases in brackets: "Đỗ Văn Phới (Đỗ Văn Phớn)";
* roles at the event: "... chủ trì", "Phát biểu kết luận hội nghị, ...".

A name is 2-4 capitalized syllables starting with a known family name. It is kept only
with evidence: an honorific ("đồng chí", "ông", "bà", a rank), an adjacent title, a
speech verb right after it, a middle name "Thị"/"Văn", or an earlier mention with
evidence. Place names ("Lâm Đồng", "Hà Nội") are never people.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import pairwise

from transforms.clean.normalize import fold
from transforms.extract.gazetteer import (
    ACRONYM,
    CAP_SYL,
    LOWER_CHARS,
    UPPER,
    UPPER_CHARS,
    alternation,
    alternation_any_case,
    body_heads,
    bounded,
    compile_cached,
    folded_places,
    load_list,
    organization_names,
    surnames,
    title_heads,
    word_alternation,
    word_initial,
    word_start,
)
from transforms.extract.titles import (
    CHAIN_SEP,
    PREDICATE_STARTS,
    TITLE_PREFIXES,
    UNIT_HEAD_END,
    TitleSpan,
    clean_title,
    field_words,
    find_titles,
    ranks,
    title_head_source,
    title_regex,
    title_regex_any_case,
    trim_dangling,
)
from transforms.records import Person

# (a capitalized run that starts a word: not the last letter of an acronym, "LHQ")
_RUN = re.compile(word_initial(rf"{CAP_SYL}(?: {CAP_SYL})*", UPPER))
# The most common family names: when one appears inside a longer capitalized run it
# starts the name ("Thành phố Hồ Chí Minh Lê Thanh Hải" -> "Lê Thanh Hải").
_MAJOR = frozenset(
    [
        "Nguyễn",
        "Trần",
        "Lê",
        "Phạm",
        "Hoàng",
        "Huỳnh",
        "Phan",
        "Vũ",
        "Võ",
        "Đặng",
        "Bùi",
        "Đỗ",
        "Hồ",
        "Ngô",
        "Dương",
        "Lý",
        "Đinh",
        "Trương",
        "Đào",
        "Đoàn",
    ]
)
# Capitalized honorifics that may open a run ("Ông Nguyễn Văn A").
_CAP_HONORIFICS = frozenset(
    ["Ông", "Bà", "Anh", "Chị", "Em", "Cô", "Chú", "Bác", "Cụ", "Thầy", "Cháu", "Đồng", "Ngài"]
)
# Syllables that never belong to a personal name.
_NOT_GIVEN = frozenset(
    [
        "Ủy",
        "Uỷ",
        "Bộ",
        "Ban",
        "Đảng",
        "Tỉnh",
        "Huyện",
        "Quận",
        "Hội",
        "Sở",
        "Phó",
        "Bí",
        "Chủ",
        "Trưởng",
        "Tổng",
        "Thủ",
        "Giám",
        "Chánh",
        "Viện",
        "Nhà",
        "Nước",
        "Khối",
        "Phòng",
        "Cục",
        "Trường",
        "Báo",
        "Đài",
        "Tòa",
        "Xã",
        "Điểm",
        "Huân",
        "Giải",
    ]
)
# First words of bodies' names: a run after a head that starts with one is the body, not an
# unlisted name ("Vụ trưởng Vụ Thủy lợi", "Giám đốc Công ty Điện lực").
_BODY_FIRST = frozenset(
    [
        "Vụ",
        "Công",
        "Trung",
        "Đội",
        "Chi",
        "Hạt",
        "Trạm",
        "Đồn",
        "Tiểu",
        "Liên",
        "Quân",
        "Sư",
        "Lữ",
        "Tập",
        "Ngân",
        "Kho",
        "Bảo",
        "Thông",
        "Tạp",
        "Học",
        "Đại",
        "Cao",
        "Bệnh",
        "Sân",
        "Hãng",
        "Ga",
        "Cảng",
        "Cảnh",
        "Bộ",
        "Ủy",
        "Mặt",
        "Thành",
        "Thị",
        "Làng",
        "Hợp",
        "Nhà",
        "Thư",
        "Văn",
        "Đảng",
        "Uỷ",
        "Quỹ",
    ]
)
# Honorifics, professions and ranks written right before a name (a regex alternation of words).
_HONORIFIC_WORDS = (
    "đồng chí|Đồng chí|ông|Ông|bà|Bà|anh|Anh|chị|Chị|em|Em|cháu|"
    "cụ|Cụ|[Gg]iáo sư|[Tt]iến sĩ|[Tt]hạc sĩ|[Bb]ác sĩ|[Ll]uật sư|[Nn]hà báo|[Nn]hà văn|[Nn]hà thơ|"
    "[Nn]ghệ sĩ|[Nn]ghệ nhân|[Đđ]ại biểu|[Bb]ị cáo|[Bb]ị can|[Nn]ghi phạm|[Cc]hiến sĩ|[Nn]hạc sĩ|"
    "[Hh]ọa sĩ|[Kk]iến trúc sư|[Kk]ỹ sư|[Hh]òa thượng|[Tt]hượng tọa|[Ll]inh mục|[Tt]hầy|[Tt]hiền sư|"
    "[Tt]ổng giám mục|[Gg]iám mục|[Hh]ồng y|[Tt]hẩm phán|[Gg]iảng viên|"
    "[Nn]hà nghiên cứu|[Nn]hà khoa học|[Nn]hà sử học|[Nn]hà giáo|[Cc]huyên gia|[Pp]hóng viên|"
    "[Cc]ô giáo|[Tt]hầy giáo|[Ss]inh viên|[Hh]ọc sinh|[Nn]ữ sinh|[Cc]ông nhân|[Nn]ông dân|[Ll]uật gia|"
    "Đại tướng|Thượng tướng|Trung tướng|Thiếu tướng|Đại tá|Thượng tá|Trung tá|Thiếu tá|Đại úy|"
    "Thượng úy|Trung úy|Thiếu úy|Đô đốc|Phó Đô đốc|Chuẩn Đô đốc|Anh hùng|Bà mẹ Việt Nam Anh hùng"
)
# Degrees and honorary titles in short form, alone or chained by dots ("PGS.TS.", "NSND").
_DEGREES = ("GS", "PGS", "TS", "ThS", "TSKH", "BS", "KTS", "NSND", "NSƯT", "NGND", "NGƯT", "LS")
_CHAINED_DEGREES = _DEGREES[:6]
_HONORIFIC = re.compile(
    rf"(?:(?<![\w])(?:[Cc]ác |[Hh]ai |[Bb]a )?(?:{_HONORIFIC_WORDS}|"
    rf"(?:{'|'.join(_DEGREES)})(?:\.(?:{'|'.join(_CHAINED_DEGREES)}))*\.?)"
    r"\s*:?\s*)$"
)


def _last_words(sources: Iterable[str]) -> Iterator[str]:
    """The last word of each source, both cases of a first letter written as a class ("[Tt]hầy")."""
    for source in sources:
        last = source.rsplit(" ", 1)[-1]
        if last.startswith("[") and last[3] == "]":
            yield from (last[1] + last[4:], last[2] + last[4:])
        else:
            yield last


# What text right before a name ends with when an honorific ends there (a cheap test before the regex).
_HONORIFIC_ENDS = tuple(sorted({*_last_words(_HONORIFIC_WORDS.split("|")), *_DEGREES}))


def _honorific_before(text: str, pos: int, end: int) -> re.Match[str] | None:
    """``_HONORIFIC.search(text, pos, end)``: an honorific that ends at ``end`` (then spaces, a colon).

    The regex is only run when the last word before ``end`` ends like an honorific, since it is
    tried at every position of the window (x5 on the windows before VNTC capitals, perf-people).
    """
    tail = text[pos:end].rstrip()
    if tail.endswith(":"):
        tail = tail[:-1].rstrip()
    if tail.endswith("."):
        tail = tail[:-1]
    if not tail.endswith(_HONORIFIC_ENDS):
        return None
    return _HONORIFIC.search(text, pos, end)


_PLURAL = re.compile(r"(?:[Cc]ác|[Hh]ai|[Bb]a|[Bb]ốn|[Nn]hững) (?:đồng chí|ông|bà|vị)\s*:?\s*$")
# Places where a capitalized run names a street, school or district, not a person ("nông thôn" is the
# countryside of a ministry's field, no hamlet: "Bộ Nông nghiệp và Phát triển nông thôn Hoàng Trung").
_LOCATIVE = re.compile(
    r"(?:ngã ba|ngã tư|ngã năm|đường|phố|Đường|Phố|phường|quận|huyện|xã|tỉnh|thành phố|"
    r"Trường|trường|THPT|THCS|cầu|Cầu|"
    r"chợ|Chợ|công viên|Công viên|khu|Khu|ấp|(?<!nông )thôn|bản|làng|bệnh viện|Bệnh viện|thị trấn|thị xã|"
    r"ủy|lăng|Lăng|tượng|giải|Giải|Huân chương|huân chương|Huy chương|giải thưởng|Giải thưởng|"
    r"tư tưởng|phong cách|Tỉnh ủy|Thành ủy|Huyện ủy|UBND|HĐND|tại|ở|Tại|Ở|Thủ đô|sân bay|Sân bay|"
    r"cảng|Cảng|sông|Sông|hồ|Hồ|núi|Núi|đèo|Đèo|đảo|Đảo|tàu|Tàu|quỹ|Quỹ)\s+$"
)
# Streets, schools, awards and the like named after people: "Trường THPT Nguyễn Thị Minh Khai".
# (whole words only: "thành phố Nguyễn Quốc Triệu" and "Bộ Nông nghiệp và Môi trường Trần Đức Thắng"
# are titles before a name; businesses are often named like people: "Công ty Âu Lạc", "shop Hoa Yêu Thương")
_NAMED_AFTER = re.compile(
    r"(?<![\w])(?<!thành )(?<!Thành )(?<!môi )(?<!Môi )(?<!thị )(?<!Thị )"  # "Cục Quản lý thị trường A"
    r"(?:ngã ba|ngã tư|ngã năm|đường|phố|Đường|Phố|phường|Phường|quận|Quận|thị trấn|"
    r"Trường|trường|THPT|THCS|PTTH|Tiểu học|"
    r"cầu|Cầu|chợ|Chợ|lăng|Lăng|tượng|"
    r"giải|Giải|Huân chương|huân chương|Huy chương|Giải thưởng|giải thưởng|tư tưởng|phong cách|"
    r"tàu|Tàu|Quỹ|quỹ|Bảo tàng|bảo tàng|Nhà văn hóa|Khu di tích|di tích|ĐH|CĐ|Đại học|Học viện)\s+$"
)
# ... unless the name has a middle "Văn" / "Thị": "Tổng Giám đốc Tập đoàn Đoàn Văn Kiển"
_BUSINESS_BEFORE = re.compile(
    r"(?<![\w])(?:Công ty|công ty|Cty|DNTN|Tập đoàn|tập đoàn|Doanh nghiệp|doanh nghiệp|shop|Shop|"
    r"cửa hàng|Cửa hàng|nhà hàng|Nhà hàng|khách sạn|Khách sạn|thương hiệu)\s+$"
)
_SPEECH = re.compile(
    r"\s*(?:\([^()\n]{2,40}\)\s*)?(?:cho biết|cho rằng|nói|khẳng định|nhấn mạnh|phát biểu|chia sẻ|"
    r"thông tin|giải thích|đề nghị|yêu cầu|kể|bày tỏ|trả lời|cũng cho biết|tâm sự|nhận định)(?![\w])"
)
# What a person does at a meeting, told right after the chain ("A, T1, phát biểu chỉ đạo") or,
# for the roles that can open the sentence, before it ("Phát biểu kết luận, đồng chí A ...").
_SPEECHES = (
    "phát biểu",
    *(f"phát biểu {kind}" for kind in ("kết luận", "chỉ đạo", "khai mạc", "bế mạc", "tổng kết")),
)
_LEAD_ROLES = (*_SPEECHES, "kết luận", "chủ trì")
_ATTENDING = ("đồng chủ trì", "dự và chỉ đạo", "dự và phát biểu", "chỉ đạo", "dự", "trình bày", "điều hành")


def _roles(roles: Iterable[str], before: str, after: str) -> re.Pattern[str]:
    """A regex of one role phrase (group 1) between ``before`` and ``after``, longest phrase first."""
    return re.compile(f"{before}({alternation(roles, flexible_space=False)}){after}")


_ROLE_AFTER = _roles((*_LEAD_ROLES, *_ATTENDING), r"\s*(?:cũng |đã |sẽ |đến )?", r"(?![\w])")
_ROLE_BEFORE = _roles(
    (role.capitalize() for role in _LEAD_ROLES),
    r"(?:^|[.;:\n]\s*)",
    r"(?: (?:tại )?[Hh]ội nghị| (?:tại )?[Kk]ỳ họp)?\s*,\s*(?:đồng chí\s+)?$",
)
_ALIAS = re.compile(rf"\s*\(\s*((?:{CAP_SYL})(?: {CAP_SYL}){{1,3}})\s*\)")
_LIST_SEP = re.compile(r"\s*[;,]\s*(?:và\s+)?|\s+và\s+")
_COLON = re.compile(r"\s*:\s*")
_MIDDLE = frozenset({"Thị", "Văn"})
# Between a name and the chain after it: a comma or a dash ("Đại tướng A - Ủy viên Bộ Chính trị").
_NAME_SEP = re.compile(r"\s*,\s*(?:đương kim\s+)?|\s*[-–—]\s*|\s*\(\s*(?=[^()\n]{2,120}\))")
# A plural before a title shared by the names after it: "các Phó Chủ tịch HĐND tỉnh A, B".
_PLURAL_TITLE = re.compile(r"(?:[Cc]ác|[Hh]ai|[Bb]a|[Bb]ốn|[Nn]hững)\s+(?:đồng chí\s+)?$")
# An office given by a verb after the name: "A được bầu làm Phó Bí thư Huyện ủy", "A tiếp tục
# được bầu giữ chức Bí thư", "A được điều động, bổ nhiệm giữ chức Thứ trưởng", "bầu đồng chí A
# giữ chức Chủ tịch".
_OFFICE_VERB = re.compile(
    r"\s*,?\s*(?:(?:đã|vừa|sẽ|tiếp tục|cũng|chính thức|tái)\s+){0,3}"
    r"(?:(?:được|đắc cử)\s+(?:(?:tín nhiệm|tiếp tục|Quốc hội|HĐND|Thủ tướng)\s+)?"
    r"(?:bầu|bổ nhiệm|điều động|điều chuyển|điều về|luân chuyển|phân công|chỉ định|giới thiệu|phê chuẩn|"
    r"chuẩn y|giao|cử)"
    r"(?:[^.;:\n()]{0,60}?)\s+)?"
    r"(?:(?:bầu |trúng cử |đắc cử )?(?:giữ thêm chức vụ|giữ thêm chức|giữ chức vụ|giữ chức danh|giữ chức"
    r"|chức danh|chức vụ)|giữ cương vị|làm"
    r"|vào chức vụ|vào chức|đảm nhiệm chức vụ|đảm nhiệm|là"
    r"|tái đắc cử chức vụ|tái đắc cử chức|tái đắc cử|trúng cử|đắc cử)\s+"
)
# The province of a body in the chain, after a comma, before the verb that gives the office: "A, Bí thư
# Huyện ủy Hữu Lũng, tỉnh Lạng Sơn được bầu giữ chức T" (the province stays out of the first title).
_PLACE_BEFORE_VERB = re.compile(
    rf"\s*,\s*(?:tỉnh|thành phố|TP\.?)\s+{CAP_SYL}(?: {CAP_SYL}){{0,3}}"
    r"(?=\s*,?\s*(?:được|đã|vừa|tiếp tục|tái)\s)"
)
# An aside between a name and its chain or office: an age (", 54 tuổi,") or a bracket of birth or
# age ("(sinh năm 1976)", "(55 tuổi, quê Bình Định)").
_ASIDE = re.compile(r"\s*,\s*\d{1,3}\s+tuổi(?=\s*,)|\s*\((?:sinh|SN|\d{1,3}\s+tuổi)[^()\n]{0,80}\)")
# A title written before the name with a comma or "là" between: "Chủ tịch UBND Thành phố, ông A"
# (the title opens its sentence), "Chủ tịch tỉnh nhiệm kỳ 2021-2026 là ông A".
# The short form of a title's body in brackets before the name: "Bộ trưởng Bộ Tài nguyên và Môi
# trường (TN-MT) A".
_SHORT_FORM_BEFORE = re.compile(rf"\s*\((?:{ACRONYM}|{UPPER}{{2,}}(?:-{UPPER}+)+)\)$")
_GAP_BEFORE = re.compile(r"(?:\s*,|\s+là)\s*$")
_INITIAL_THEN = re.compile(rf"\. ?{CAP_SYL}")
_AFTER_CHAIN_HEAD = re.compile(r"(?:,|\s[-–—])\s*$")
_RANK_OR_HONORIFIC = re.compile(rf"(?:{alternation(ranks())}|Ngài|ông|bà|chị|anh)\s", re.IGNORECASE)
# Between two names of a list: "A và B", "A, B", "A và đồng chí B".
_LIST_GAP = re.compile(r"(?:\s*[;,]\s*(?:và\s+)?|\s+và\s+)(?:(?:đồng chí|ông|bà)\s+)?")
_NAMES_GAP = re.compile(r"\s*,\s*(?:và\s+)?|\s+và\s+")
_RANK_BEFORE = re.compile(rf"(?:{alternation(ranks())}|đồng chí|ông|bà|Ông|Bà)\s+")


# Honorifics and professions that cue a name without a listed family name ("luật sư Jonathan
# Moore", "Thiền sư Thích ...", "thẩm phán William Young").
_CUE_WORDS = (
    "Ngài",
    "ông",
    "bà",
    "chị",
    "anh",
    "luật sư",
    "thẩm phán",
    "nhà báo",
    "thiền sư",
    "giám mục",
    "tổng giám mục",
    "hồng y",
    "linh mục",
    # senators are no office of the press's title grammar ("thượng nghị sĩ John Kerry"): a cue only
    "thượng nghị sĩ",
    "hạ nghị sĩ",
    "nghị sĩ",
)


# A cue word opens the cue: a profession or honorific, no chain's head ("A, thẩm phán B").
_CUE_WORD_START = re.compile(rf"{alternation(_CUE_WORDS)}\s", re.IGNORECASE)


@cache
def _any_case_head() -> re.Pattern[str]:
    """The prefix and head of a title in any case, without its tail."""
    return compile_cached(title_head_source(any_case=True))


@cache
def _head_near() -> re.Pattern[str]:
    """A title head or rank somewhere in a short window before a run."""
    return compile_cached(alternation((*title_heads(), *ranks())))


@cache
def _cue_last_words() -> frozenset[str]:
    """Last words of the strong cues, lowercased: a cheap test before the cue regex."""
    return frozenset(w.split()[-1].lower() for w in (*title_heads(), *ranks(), *_CUE_WORDS))


def _may_be_cued(text: str, offset: int) -> bool:
    """Whether the word before ``offset`` (past an acronym) can end a strong cue."""
    words = text[max(0, offset - 30) : offset].split()
    if not words:
        return False
    last = _cue_last_words()
    if words[-1].lower() in last:
        return True
    # past an acronym: "Tổng thư ký LHQ Kofi Annan"
    return len(words) > 1 and len(words[-1]) > 1 and words[-1].isupper() and words[-2].lower() in last


@cache
def _strong_cue() -> re.Pattern[str]:
    """A title head or rank right before a capitalized run (a window ending at the run)."""
    words = alternation((*title_heads(), *ranks(), *_CUE_WORDS))
    # "Phó thủ tướng Campuchia Sok An", "Tổng thư ký LHQ Kofi Annan": any case, an acronym between
    return compile_cached(rf"(?<![\w])(?i:{words})\s+(?:{ACRONYM}\s+)?$")


@cache
def _places_and_bodies() -> frozenset[str]:
    """Folded places and listed national and international bodies ("Liên Hiệp Quốc")."""
    return frozenset({*folded_places(), *(fold(o) for o in organization_names())})


@dataclass
class _Found:
    """Accumulates one person's evidence while scanning."""

    name: str
    titles: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    start: int | None = None
    end: int | None = None
    mentions: int = 0


@dataclass(frozen=True)
class _Name:
    start: int
    end: int
    text: str


def _name_in_run(
    run: str, offset: int, cued: bool = False, last_given: bool = False, opened: bool = False
) -> tuple[_Name | None, bool]:
    """The personal name inside a capitalized run, and whether an honorific opened the run
    (``cued``: a title or rank is written just before the run; ``last_given``: an honorific is, so
    a body's head word that ends the run is the last given name: "đồng chí Trịnh Xuân Trường,";
    ``opened``: an honorific or title head ends right before the run, so its first family name
    starts the name: "anh Hà Lê Hữu Thành", "Tổng thanh tra Quách Lê Thanh")."""
    tokens = run.split(" ")
    honorific = False
    skip = 0
    if tokens[0] == "Đồng" and (len(tokens) < 2 or tokens[1] != "Chí"):
        pass  # "ông Đồng Văn Thanh": a family name ("Đồng Chí" would be the honorific)
    elif tokens[0] == "Đồng":
        if len(tokens) <= 3:
            return None, True
        skip, honorific = 2, True
    elif tokens[0] in _CAP_HONORIFICS:
        if len(tokens) == 2:
            return None, True  # "Ông Minh": an honorific and a given name
        skip, honorific = 1, True
    family = surnames()
    if tokens[skip] == "Y" and _ede_name(tokens[skip:]):
        name = " ".join(tokens[skip:])
        begin = offset + len(" ".join(tokens[:skip])) + (1 if skip else 0)
        return _Name(begin, begin + len(name), name), honorific
    start = None
    for i in range(skip, len(tokens) - 1):
        if tokens[i] in family and 2 <= len(tokens) - i <= 4:
            start = i
            break
    if start is None:
        return None, honorific
    # "Bí thư Tỉnh ủy X Văn A" with an unlisted family name X: "X Văn A", not "Văn A"
    # (only after a title or rank: "Phu Văn Lâu" is a place)
    if (
        cued
        and tokens[start] in _MIDDLE
        and start > skip
        and len(tokens) - start <= 3
        and tokens[start - 1] not in _NOT_GIVEN
        and fold(tokens[start - 1]) not in folded_places()
        and not any(fold(" ".join(tokens[j:start])) in folded_places() for j in range(skip, start))
    ):
        start -= 1
    # A place may precede the name in the run: "Bí thư tỉnh ủy Yên Bái Hà Quyết".
    for size in (3, 2):
        if (
            len(tokens) - start - size >= 2
            and fold(" ".join(tokens[start : start + size])) in folded_places()
        ) and tokens[start + size] in family:
            start += size
            break
    # "Trung Hoa Tập Cận Bình": a family name inside a place ("Hoa") does not start the name
    for i in range(start + 1, len(tokens) - 1):
        if tokens[i] in family and any(
            fold(" ".join(tokens[j:i])) in folded_places() for j in range(max(skip, i - 3), start + 1)
        ):
            start = i
            break
    # "Sơn Nguyễn Văn A" (end of "Lạng Sơn"): a later common family name starts the name,
    # unless the first one is common too ("Đỗ Hoàng Việt").
    # (not when an honorific opens the run: "Anh Trịnh Hoàng Lương")
    if tokens[start] not in _MAJOR and not ((skip or opened) and start == skip):
        for i in range(start + 1, len(tokens) - 1):
            if tokens[i] in _MAJOR and len(tokens) - i >= 2:
                start = i
    # "Mông Cổ N. Bagabandi": a place is no name
    if len(tokens) - start >= 2 and fold(" ".join(tokens[start : start + 2])) in folded_places():
        return None, honorific
    given = tokens[start + 1 :]
    if any(
        t in _NOT_GIVEN and not _given_middle(given, k) and not (last_given and _given_last(given, k))
        for k, t in enumerate(given)
    ):
        return None, honorific
    name = " ".join(tokens[start:])
    if fold(name) in folded_places() or (
        start > skip and fold(" ".join(tokens[start - 1 :])) in folded_places()
    ):
        return None, honorific  # "Hà Nội"; "Buôn Ma Thuột" ("Ma" is a family name)
    begin = offset + len(" ".join(tokens[:start])) + (1 if start else 0)
    return _Name(begin, begin + len(name), name), honorific


def _ede_name(tokens: list[str]) -> bool:
    """Whether ``tokens`` are a five-word Ê Đê name: "Y" (men; women's "H'" is no run), two given
    names, then a two-word family name whose first word is a listed minority family name ("Y Thanh
    Hà Niê Kđăm"); four words or fewer are read by the family-name rule ("Y Biêr Niê")."""
    return (
        len(tokens) == 5
        and tokens[0] == "Y"
        and tokens[3] in surnames()
        and tokens[3] not in _MAJOR
        and not any(t in _NOT_GIVEN for t in tokens)
        and not any(fold(" ".join(tokens[k : k + 2])) in folded_places() for k in range(1, 4))
    )


# Body heads that are also given names ("Trịnh Xuân Trường", "Lê Văn Hội"): the last word of a
# three-word name after an honorific (a body's head there would have its name after it).
_LAST_GIVEN = frozenset({"Trường", "Hội"})


# ... when the chain follows the name ("A, Phó Bí thư", "A - Chủ tịch").
_CHAIN_AFTER_NAME = re.compile(r",| [-–—] ")


def _given_last(given: list[str], k: int) -> bool:
    """Whether ``given[k]`` is the last word of a three-word name and one of ``_LAST_GIVEN``."""
    return k == len(given) - 1 == 1 and given[k] in _LAST_GIVEN


def _given_middle(given: list[str], k: int) -> bool:
    """Whether ``given[k]``, a word that mostly opens a body, is the middle name of a three-word
    name: "Nguyễn Trường Sơn", "Lê Trường Giang" (never last: "Lê Lợi Trường" + "THPT")."""
    return given[k] == "Trường" and k == 0 and len(given) == 2


def _cued_name(text: str, run: str, offset: int) -> _Name | None:
    """A name without a listed family name, accepted only after a strong cue: a title head, a
    rank or an honorific right before it ("Thủ tướng Justin Trudeau", "Thượng tướng Y Bhin",
    "Ngài Jigiee Sereejav", "chị Thanh Vân"), or a country after a title of the same clause
    ("Tổng thống Pháp Emmanuel Macron", "Thủ tướng Chính phủ nước Cộng hòa ... Lào Phankham
    Viphavanh")."""
    tokens = run.split(" ")
    skip = 0
    if tokens[0] == "Đồng" and tokens[1:2] != ["Chí"]:
        return None  # "Đồng Tháp Mười": "Đồng" opens a place, "Đồng chí" is the honorific
    if tokens[0] in _CAP_HONORIFICS:
        skip = 1
    else:
        for size in (3, 2, 1):  # a country, place or listed body between the title and the name
            if len(tokens) - size >= 2 and fold(" ".join(tokens[:size])) in _places_and_bodies():
                skip = size
                break
        cue = _strong_cue().search(text, max(0, offset - 30), offset) if _may_be_cued(text, offset) else None
        # "ông Louk Lennaerts, Tổng Giám đốc Life Resorts": after a chain's head comes the body
        if (
            cue is not None
            and not skip
            and _AFTER_CHAIN_HEAD.search(text, max(0, cue.start() - 3), cue.start())
            and not _RANK_OR_HONORIFIC.match(cue.group(0))
            and not _CUE_WORD_START.match(cue.group(0))  # "..., thẩm phán Jack Weinstein"
        ):
            return None
        if cue is None:
            if not skip and not (_foreign_word(tokens[0]) and _foreign_run_after_body(text, tokens, offset)):
                return None
            heads = list(_head_near().finditer(text, max(0, offset - 100), offset))
            if not heads or any(ch in ",.;:()\n" for ch in text[heads[-1].end() : offset]):
                return None
    given = tokens[skip:]
    opened = tokens[0] in _CAP_HONORIFICS
    initial = _INITIAL_THEN.match(text, offset + len(run)) if len(given[-1]) == 1 else None
    if initial is not None:  # "Elbridge A. Colby", "Michael R.Pompeo"
        given = [*given[:-1], given[-1] + initial.group(0)]
    if not 2 <= len(given) <= 4 or any(
        t in _NOT_GIVEN or (t in _CAP_HONORIFICS and not _anh_last(given, k, text, offset, opened))
        for k, t in enumerate(given)
    ):
        return None
    if given[0] in _BODY_FIRST:
        return None  # "Vụ trưởng Vụ Thủy lợi": the body after the head, not a name
    pairs = [" ".join(given[k : k + 2]) for k in range(len(given) - 1)]
    # (a later syllable may be a one-syllable place: "Chủ tịch Hội Nhà báo Việt Nam Hồng Vinh")
    if any(fold(t) in folded_places() for t in (given[0], *pairs, " ".join(given), run)):
        return None  # "Bà Rịa Vũng Tàu"
    begin = offset + len(" ".join(tokens[:skip])) + (1 if skip else 0)
    name = " ".join(given)
    return _Name(begin, begin + len(name), name)


# The last syllable of the head of a business, whose name is often foreign ("Khách sạn Park Hyatt",
# "Công ty Vietsoft Vision", "Tập đoàn Intel"): no person's name after it.
_BUSINESS_LAST = frozenset({"ty", "Cty", "sạn", "hàng", "Hãng", "hãng", "đoàn", "Quỹ", "quỹ", "hiệu"})


def _foreign_run_after_body(text: str, tokens: list[str], offset: int) -> bool:
    """Whether a run of two to four foreign words is the end of a title's tail, after a body's
    lowercase word: "Chủ tịch Hạ viện Peter Milliken", "Trưởng ban Ban Biên giới Phongsavath Bupha" (the
    body's name is Vietnamese, the person's is not). Not a business's or school's foreign name
    ("Giám đốc Khách sạn Park Hyatt", "Phó tổng giám đốc Vietnam Airlines", "của Study Group")."""
    # (the cheap tests first: it is asked of most capitalized runs)
    if not 2 <= len(tokens) <= 4 or offset < 2 or not text[offset - 2].islower():
        return False
    if not all(_foreign_word(t) and not t.isupper() for t in tokens):
        return False
    before = text[max(0, offset - 20) : offset].split()
    if not before or not before[-1].islower() or before[-1] in _BUSINESS_LAST or before[-1] == "của":
        return False
    if fold(" ".join(tokens)) in _places_and_bodies():
        return False
    heads = list(_head_near().finditer(text, max(0, offset - 60), offset))
    if not heads or any(ch in ",.;:()\n" for ch in text[heads[-1].end() : offset]):
        return False
    # the title read from the head runs over the run, and a body's words stand between them
    title = title_regex().match(text, heads[-1].start())
    return (
        title is not None and title.end() >= offset + len(" ".join(tokens)) and heads[-1].end() < offset - 1
    )


@lru_cache(maxsize=32)  # people and organizations both need the names of the same text
def find_names(text: str) -> tuple[tuple[_Name, ...], frozenset[int]]:
    """Name candidates (surname + 1-3 capitalized syllables) and those opened by an honorific.

    Args:
        text: Cleaned text.

    Returns:
        Candidates in order, and the start offsets of those preceded by a capitalized honorific.
    """
    names: list[_Name] = []
    honored: set[int] = set()
    dotted = frozenset(m.end() for m in _DOT_THEN_CAPITAL.finditer(text))
    for match in _RUN.finditer(text):
        if " " not in match.group(0):
            # one foreign word after a dotted initial or a head of state: "J.Smith", "Tổng thống Bush"
            single = (
                _foreign_by_cue(text, match.group(0), match.start())
                if _foreign_cue_at(text, match.start(), dotted)
                else None
            )
            if single is not None and not (names and names[-1].end > single.start):
                names.append(single)
                honored.add(single.start)
            continue
        name, honorific = _name_in_run(match.group(0), match.start())
        if (
            name is not None
            and name.start > match.start()
            and _opened_run(text, match.group(0), match.start())
        ):
            name, honorific = _name_in_run(match.group(0), match.start(), opened=True)
        if (
            name is not None
            and name.text.split(" ", 1)[0] in _MIDDLE
            and name.start > match.start()
            and _head_near().search(text, max(0, match.start() - 40), match.start())
        ):
            name, honorific = _name_in_run(match.group(0), match.start(), cued=True)
        if (
            name is None
            and match.group(0).rsplit(" ", 1)[-1] in _LAST_GIVEN
            and _CHAIN_AFTER_NAME.match(text, match.end())
            and (
                match.group(0).split(" ", 1)[0] in _CAP_HONORIFICS
                or _honorific_before(text, max(0, match.start() - 40), match.start())
            )
        ):
            name, honorific = _name_in_run(match.group(0), match.start(), last_given=True)
        if name is None and match.group(0).rsplit(" ", 1)[-1] in _HEAD_LIKE_GIVEN:
            name = _honored_name_ending_in_head(text, match.group(0), match.start())
            honorific = name is not None
        if name is None:
            name = _cued_name(text, match.group(0), match.start())
            # a strong cue is evidence: "Bộ trưởng Ngoại giao và Kinh tế đối ngoại Hungary Szijjártó Péter"
            honorific = name is not None
        if name is None:
            name = _person_named_like_place(text, match.group(0), match.start())
        if name is None and " " in match.group(0):
            name = _name_before_head_in_run(text, match.group(0), match.start())
            honorific = name is not None
        if name is None:
            name = _name_after_lowercase_title(text, match.group(0), match.start())
            honorific = name is not None
        if (name is None or name.start == match.start()) and _foreign_cue_at(text, match.start(), dotted):
            foreign = _foreign_by_cue(text, match.group(0), match.start())
            if foreign is not None and not (names and names[-1].end > foreign.start):
                name, honorific = foreign, True
        if name:
            names.append(name)
            if honorific:
                honored.add(name.start)
    # names written in capitals after an honorific: "đồng chí PHAN VĂN PHỤNG, Ủy viên ..."
    for match in _CAPS_RUN.finditer(text):
        tokens = [t[0] + t[1:].lower() for t in match.group(0).split(" ")]
        if tokens[0] in surnames() and _honorific_before(text, max(0, match.start() - 40), match.start()):
            # kept as written: a person's offsets point at its name in the body
            names.append(_Name(match.start(), match.end(), match.group(0)))
    # foreign names with letters Vietnamese lacks, after an honorific: "bà Dana Kovaříková"
    if _NON_VIETNAMESE.search(text):
        for match in _FOREIGN_AFTER_HONORIFIC.finditer(text):
            words = match.group(1).split(" ")
            if (
                all(w[0].isupper() for w in words)
                and _NON_VIETNAMESE.search(match.group(1))
                and not any(n.start <= match.start(1) < n.end for n in names)
            ):
                names.append(_Name(match.start(1), match.end(1), match.group(1)))
                honored.add(match.start(1))
    # a foreign person by the family name alone, after an honorific and before what they say:
    # "Ông Tanaka cho biết" (one word that cannot be a Vietnamese syllable)
    for match in _SURNAME_ONLY.finditer(text):
        word = match.group(1)
        if (
            _foreign_word(word)
            and _SPEECH.match(text, match.end(1))
            and fold(word) not in _places_and_bodies()
            and not any(n.start <= match.start(1) < n.end or word in n.text.split() for n in names)
        ):
            names.append(_Name(match.start(1), match.end(1), word))
            honored.add(match.start(1))
    if "-" in text:
        names = [_with_hyphen_part(text, n) for n in names]
    names = [n for n in names if not _named_building(text, n.start) and not _surname_of_other(text, n, names)]
    names.sort(key=lambda n: n.start)
    return tuple(names), frozenset(honored)


# Buildings, crossings and house numbers named after people, which ``_NAMED_AFTER`` does not
# list: "chung cư Lê Thị Riêng", "giao lộ Lê Thánh Tôn - Thái Văn Lung" (both streets), "nhà số
# 137/1 Nguyễn Văn Quá", "tại số 8 Nguyễn Văn Tráng" (but "Đội quản lý thị trường số 2 Lê Quốc
# Dũng" is a title before a name: a bare number counts only after "nhà", "tại", "ở" or a comma).
_BUILDING_BEFORE = re.compile(
    rf"(?<![\w])(?:chung cư|Chung cư|giao lộ|Giao lộ|nút giao|cao ốc|tòa nhà|ký túc xá|bến xe|hẻm|kiệt|ngõ"
    rf"|số \d+[A-Za-z]?/\d+[A-Za-z/\d]*|số \d+[A-Z]|(?:nhà|[Tt]ại|ở|,|\() ?số \d+"
    rf"|(?:giao lộ|ngã ba|ngã tư|ngã năm|nút giao|góc|đường)(?: {CAP_SYL}){{1,4}} ?[-–])\s+$"
)
_BUILDING_CUES = (
    *("chung cư", "Chung cư", "giao lộ", "Giao lộ", "nút giao", "cao ốc", "tòa nhà", "ký túc", "bến xe"),
    *("hẻm", "kiệt", "ngõ", "số ", "ngã ", "góc ", "đường "),
)


def _named_building(text: str, start: int) -> bool:
    """Whether the name at ``start`` names a building, crossing or address (``_BUILDING_BEFORE``)."""
    window = text[max(0, start - 40) : start]
    if not any(cue in window for cue in _BUILDING_CUES):
        return False  # (a cheap test before the end-anchored regex)
    return _BUILDING_BEFORE.search(text, max(0, start - 40), start) is not None


# Dotted initials glued or spaced before a foreign name: "M.Morshed Khan", "J.B.Weinstein", "S. Tumur Ochir".
_INITIALS_BEFORE = re.compile(rf"(?<![\w.])(?:{UPPER}\. ?){{1,3}}$")
_GIVEN_BEFORE_INITIALS = re.compile(rf"(?<![\w.])({CAP_SYL}) $")
# Where a foreign word names a country, not a person: "Chính phủ Tanzania", "thăm Tanzania".
_COUNTRY_USE = "(?:của|tại|ở|nước|phía|sang|thăm|[Cc]hính phủ|[Nn]gười) "


def _surname_of_other(text: str, name: _Name, names: list[_Name]) -> bool:
    """Whether a foreign family name taken alone (``_foreign_by_cue``) is better read otherwise:
    a word of a longer name of the text ("thẩm phán Jack B.Weinstein ... Chánh án Weinstein": the
    longer one is the person), or a country ("Tổng thống Tanzania" with "Chính phủ Tanzania")."""
    if " " in name.text or "." in name.text or not _foreign_word(name.text):
        return False
    word = name.text
    if any(n is not name and (word in n.text.split(" ") or n.text.endswith("." + word)) for n in names):
        return True
    return re.search(rf"(?<![\w]){_COUNTRY_USE}{re.escape(word)}(?![\w])", text) is not None


# Heads of states and courts before a foreign family name alone: "Tổng thống Bush", "Chánh án
# Weinstein", "Thượng nghị sĩ Mỹ Kerry" (heads of bodies and firms are left out: "Giám đốc Intel").
_STATE_HEADS = (
    "Tổng thống",
    "Thủ tướng",
    "Ngoại trưởng",
    "Thượng nghị sĩ",
    "Hạ nghị sĩ",
    "Nghị sĩ",
    "Đại sứ",
    "Quốc vương",
    "Nhà vua",
    "Nữ hoàng",
    "Hoàng tử",
    "Thái tử",
    "Chánh án",
    "Thẩm phán",
    "Thị trưởng",
    "Giáo hoàng",
)
_STATE_HEAD_ENDS = frozenset(head.rsplit(" ", 1)[-1].lower() for head in _STATE_HEADS)
_STATE_HEAD_LAST_CHARS = frozenset(head[-1] for head in _STATE_HEADS)
_STATE_HEAD_BEFORE = re.compile(rf"(?<![\w])(?i:(?:phó |cựu |cố |nguyên )?{alternation(_STATE_HEADS)})\s+$")


# A dotted initial right before a run ("M.|Morshed", "S. |Tumur"; a literal-first regex: a cheap scan).
_DOT_THEN_CAPITAL = re.compile(rf"\.(?<=[{UPPER_CHARS}]\.) ?(?={UPPER})")


def _foreign_cue_at(text: str, offset: int, dotted: frozenset[int]) -> bool:
    """Whether ``_foreign_by_cue`` may read the run at ``offset``: a dotted initial or a word that can
    end a head of state is right before it (a cheap test, run for every capitalized run)."""
    if offset in dotted:
        return True
    if offset < 2 or text[offset - 2] not in _STATE_HEAD_LAST_CHARS:
        return False
    head_end = text.rfind(" ", max(0, offset - 16), offset - 1)
    return text[head_end + 1 : offset - 1].lower() in _STATE_HEAD_ENDS


def _country_start(text: str, pos: int) -> int:
    """Where one to three capitalized words that name a place or listed body end at ``pos`` start
    ("Tổng thống Hoa Kỳ | Truman"), else ``pos``."""
    words = text[max(0, pos - 40) : pos].split(" ")
    if len(words) < 2 or words[-1] != "":
        return pos
    for size in (3, 2, 1):
        part = words[-1 - size : -1]
        if (
            len(part) == size
            and all(w[:1].isupper() for w in part)
            and fold(" ".join(part)) in _places_and_bodies()
        ):
            return pos - len(" ".join(part)) - 1
    return pos


def _cue_ends_at(text: str, pos: int) -> bool:
    """Whether an honorific or a strong cue (head, rank, cue word) ends right before ``pos``."""
    if _honorific_before(text, max(0, pos - 40), pos) is not None:
        return True
    return _may_be_cued(text, pos) and _strong_cue().search(text, max(0, pos - 30), pos) is not None


def _foreign_by_cue(text: str, run: str, offset: int) -> _Name | None:
    """A foreign name the run alone does not show: after dotted initials that follow a cue, or
    the family name alone after a head of state or court (maybe with the country between).

    "Bộ trưởng Ngoại giao nước CHND Bangladesh M.Morshed Khan", "thẩm phán J.B.Weinstein", "Tổng
    thống Mông Cổ N. Bagabandi", "Tổng thống Bush", "Thượng nghị sĩ Mỹ Kerry". Vietnamese-looking
    words never are ("độ C. Trung Bộ", bylines "T. Nhân").
    """
    if offset >= 2 and (
        (text[offset - 1] == "." and text[offset - 2].isupper())
        or (text[offset - 2 : offset] == ". " and offset >= 3 and text[offset - 3].isupper())
    ):
        initials = _INITIALS_BEFORE.search(text, max(0, offset - 8), offset)
        tokens = run.split(" ")
        if (
            initials is not None
            and len(tokens) <= 3
            and any(len(t) > 2 and _foreign_word(t) for t in tokens)
            and not any(t in _NOT_GIVEN or t in _CAP_HONORIFICS for t in tokens)
            and fold(run) not in _places_and_bodies()
        ):
            begin = initials.start()
            given = _GIVEN_BEFORE_INITIALS.search(text, max(0, begin - 20), begin)
            if (
                given is not None
                and len(tokens) == 1
                and _foreign_word(given.group(1))
                and fold(given.group(1)) not in _places_and_bodies()
            ):
                begin = given.start()  # "Jack B.Weinstein", "Merle L. Pribbenow" (not "Bangladesh M.Morshed")
            cue = _country_start(text, begin)
            heads = list(_head_near().finditer(text, max(0, cue - 100), cue))
            if _cue_ends_at(text, cue) or (
                heads and not any(ch in ",.;:()\n" for ch in text[heads[-1].end() : begin])
            ):
                return _Name(begin, offset + len(run), text[begin : offset + len(run)])
        return None
    tokens = run.split(" ")
    word = tokens[-1]
    if len(word) < 3 or not _foreign_word(word) or fold(word) in _places_and_bodies():
        return None
    begin = offset + len(run) - len(word)
    if len(tokens) > 1 and _country_start(text, begin) != offset:
        return None  # the words before the family name are no country ("Bill Clinton" is a run)
    if _STATE_HEAD_BEFORE.search(text, max(0, offset - 30), offset) is None:
        return None
    if _INITIAL_THEN.match(text, begin + len(word)) or text.startswith("-", begin + len(word)):
        return None
    return _Name(begin, begin + len(word), word)


# The hyphenated part of a foreign name, written right after it: "Sayed Al-Karim", "Jean-Pierre".
_HYPHEN_PART = re.compile(rf"-{UPPER}[{LOWER_CHARS}]+(?![\w-])")


def _with_hyphen_part(text: str, name: _Name) -> _Name:
    """``name`` run on over a hyphenated part when one of its words is foreign ("Al" + "-Karim");
    a Vietnamese name ends at a hyphen ("Bà Rịa-Vũng Tàu", "Thi đua-Khen thưởng")."""
    part = _HYPHEN_PART.match(text, name.end)
    if part is None and (korean := _korean_part(text, name)) is not None:
        return _Name(name.start, korean.end(), name.text + korean.group(0))
    if part is None or not all(_foreign_word(w) for w in (name.text.rsplit(" ", 1)[-1], part.group(0)[1:])):
        return name  # "Jens Vibjerg-Chủ tịch": a title after a dash, not a name's part
    return _Name(name.start, part.end(), name.text + part.group(0))


def _person_named_like_place(text: str, run: str, offset: int) -> _Name | None:
    """A full personal name that also names a place, right after a bare title head: "Chủ tịch Hồ
    Chí Minh" (the city is "TP Hồ Chí Minh", "thành phố Hồ Chí Minh", never a bare head before it)."""
    tokens = run.split(" ")
    if len(tokens) != 3 or tokens[0] not in surnames() or fold(run) not in folded_places():
        return None
    head = _BARE_HEAD_BEFORE.search(text, max(0, offset - 20), offset)
    if head is None or not word_start(text, head.start()):
        return None
    return _Name(offset, offset + len(run), run)


# "Chủ tịch " right before a run, the head alone (no body between: "Chủ tịch UBND TP" is a body's)
_BARE_HEAD_BEFORE = re.compile(r"(?<!Phó )(?:Chủ tịch|Bác|Chủ tịch nước)\s+$")
_NON_VIETNAMESE = re.compile(rf"[^\W\d_{LOWER_CHARS}{UPPER_CHARS}]")
_FOREIGN_WORD = r"[^\W\d_a-zđ][^\W\d_]*"
_HONORED_WORDS = word_alternation(("ông", "bà", "Ông", "Bà", "Ngài", "ngài"))
_FOREIGN_AFTER_HONORIFIC = re.compile(
    rf"{_HONORED_WORDS} ((?-i:{_FOREIGN_WORD})(?: (?-i:{_FOREIGN_WORD})){{1,3}})(?![\w])"
)
# A "title" right after "Ban" / "Ủy ban" names the board, no person's office: "thay mặt Ủy ban
# Thường vụ Quốc hội, Chủ tịch Quốc hội A", "Ban Giám đốc".
# "Bí thư Đoàn Thanh niên", "Phó Bí thư Đoàn trường": the Youth Union, not the family name Đoàn.
# ... and "Trưởng Đoàn Đại biểu Quốc hội", "Phó Trưởng Đoàn": the delegation (a bare "Trưởng" or "Phó
# Trưởng", not the end of a head: "Bộ trưởng Đoàn Mạnh Giao").
_SECRETARY_BEFORE = re.compile(
    r"(?<![\w])(?:Bí thư|bí thư|Phó Trưởng|Phó trưởng) $|(?<![\w] )(?<![\w])Trưởng $"
)
_BOARD_BEFORE = re.compile(r"(?<![\w])(?:Ban|ban|Ủy ban|ủy ban|Uỷ ban|uỷ ban) $")
_SURNAME_ONLY = re.compile(rf"{_HONORED_WORDS} ({UPPER}[{LOWER_CHARS}]{{2,}})(?![\w'])")
# (a word of two capitals or more: "{UPPER}{UPPER}+", the first one starting the word)
_CAPS_RUN = re.compile(word_initial(rf"{UPPER}{UPPER}+(?: {UPPER}{{2,}}){{1,3}}(?![\w])", UPPER))


_CAPITALIZED_NEXT = re.compile(rf" ({UPPER}[{LOWER_CHARS}]*)(?![\w.])")


def _cut_at_bare_head(text: str, span: TitleSpan, name_starts: set[int]) -> bool:
    """Whether ``span``, as given to a person, stops at a one-word body head whose capitalized name
    goes on after it ("Viện trưởng Viện" + "Vật lý địa cầu", "Chủ tịch danh dự Hội" + "Chữ thập đỏ
    tỉnh"): a cut title, no office. Not when a name starts there ("Giám đốc Sở" + "Phạm Văn A") or
    the word is a family name; not after a many-word head ("Giám đốc Công ty" stays the fallback of
    a body's name cut by a verb)."""
    words = span.text.split(" ")
    if len(words) < 2 or words[-1] not in _one_word_body_heads():
        return False
    nxt = _CAPITALIZED_NEXT.match(text, span.end)
    if nxt is None or span.end + 1 in name_starts:
        return False
    return nxt.group(1) not in surnames()


@cache
def _one_word_body_heads() -> frozenset[str]:
    return frozenset(h for h in body_heads() if " " not in h)


def _chain_forward(
    text: str, first: TitleSpan, by_start: dict[int, TitleSpan], used: set[int]
) -> list[TitleSpan]:
    """The chain of titles starting at ``first``, following comma / "kiêm" separators."""
    current = _fields_run_on(text, first)
    chain = [current]
    while True:
        sep = CHAIN_SEP.match(text, current.end)
        if not sep:
            break
        nxt = by_start.get(sep.end())
        if nxt is None or nxt.start in used:
            break
        current = _fields_run_on(text, nxt)
        chain.append(current)
    return chain


@cache
def _fields_after() -> re.Pattern[str]:
    """ "và" or a dash and a body's field in lowercase after a title, up to punctuation or a verb:
    "Cục trưởng Cục Hợp tác xã và phát triển nông thôn cho biết", "Ủy ban Kinh tế - ngân sách của QH)"."""
    field = alternation(field_words(), flexible_space=False)
    verb = alternation(PREDICATE_STARTS, flexible_space=False)
    return compile_cached(
        rf"(?: và| [-–])(?: (?:{field})(?![\w])){{2,6}}(?: của {ACRONYM})?"
        rf"(?=[,;.:)\n]| [-–] |$| (?:{verb})(?![\w]))"
    )


def _fields_run_on(text: str, span: TitleSpan) -> TitleSpan:
    """``span`` run on over a lowercase field joined by "và" or a dash (see :func:`_fields_after`),
    or over a second field after a dash (see :func:`_dashed_field_end`)."""
    if not text.startswith((" và ", " - ", " – "), span.end):
        return span
    match = _fields_after().match(text, span.end)
    if match is None:
        return _dashed_field_run_on(text, span)
    return _dashed_field_run_on(text, TitleSpan(text[span.start : match.end()], span.start, match.end()))


def _dashed_field_run_on(text: str, span: TitleSpan) -> TitleSpan:
    """``span`` run on over a second field after a dash (see :func:`_dashed_field_end`)."""
    if not text.startswith((" - ", " – "), span.end):
        return span
    end = _dashed_field_end(text, span)
    return span if end is None else TitleSpan(text[span.start : end], span.start, end)


# Words of a body's field joined after a dash, and the level words of the place that may follow it.
_DASH_FIELD_TOKEN = re.compile(r"[^\W\d_]+|&|[-–](?= )|\S")
_DASH_FIELD_JOINERS = frozenset({"và", "&", "-", "–"})
_DASH_FIELD_LEVELS = frozenset({"tỉnh", "TP", "thành", "phố", "quận", "huyện", "thị", "xã", "phường"})
_DASH_FIELD_STOPS = frozenset(",;:.()\n")


def _dashed_field_end(text: str, span: TitleSpan) -> int | None:
    """The end of ``span`` run on over a body's second field after a dash, as the 2006 press writes
    compound fields: "Phó giám đốc Sở Tài nguyên - môi trường tỉnh,", "Giám đốc Sở Khoa học - công
    nghệ tỉnh nói", "Phó Giám đốc Sở lao động - Thương binh và Xã hội,", "Phó giám đốc Sở Giao thông
    - vận tải Quảng Ninh,".

    The title ends in a field word and the dash is followed by two field words (any case; not a
    body's head: "- Công an TP.HCM" is the parent body), then more field words or joiners, then
    at most a place (level words, capitalized words), then punctuation, a dash or a predicate.
    """
    fields = field_words()
    if span.text.rsplit(" ", 1)[-1].lower() not in fields:
        return None
    start = span.end + 3
    tokens = list(_DASH_FIELD_TOKEN.finditer(text, start, min(len(text), start + 160)))
    words = [t.group(0) for t in tokens]
    if len(words) < 2 or not all(w.lower() in fields for w in words[:2]):
        return None
    if f"{words[0]} {words[1]}".lower() in _lower_body_heads():
        return None
    k = 2
    while k < len(words) and (words[k].lower() in fields or words[k] in _DASH_FIELD_JOINERS):
        k += 1
    if words[k - 1] in _DASH_FIELD_JOINERS:
        return None
    end = tokens[k - 1].end()
    j = k
    while j < len(words) and (words[j] in _DASH_FIELD_LEVELS or words[j][:1].isupper()):
        j += 1
    if j < len(words):
        nxt = words[j]
        if not (nxt in _DASH_FIELD_STOPS or nxt in ("-", "–") or nxt in PREDICATE_STARTS):
            return None
    elif tokens and tokens[-1].end() < len(text) and len(words) == j:
        return None  # ran out of the window inside words
    return tokens[j - 1].end() if j > k else end


@cache
def _lower_body_heads() -> frozenset[str]:
    return frozenset(h.lower() for h in body_heads())


def _title_text(span: TitleSpan) -> str | None:
    return clean_title(span.text)


def _sentence_start(text: str, pos: int) -> int:
    # ". " and not "." alone: abbreviations such as "T.Ư" or "TP.HCM" sit inside sentences
    cut = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos), text.rfind(";", 0, pos))
    return cut + 1


def _add_title(found: _Found, title: str) -> None:
    """Add a title to a person; a bare head ("Bộ trưởng") is folded into a longer title of the same
    person ("Bộ trưởng Bộ Tài chính"), a title with a body ("Bí thư Tỉnh ủy" next to "Bí thư Tỉnh ủy
    Bạc Liêu") is a wording of its own mention and is kept."""
    key = fold(title)
    bare = _is_bare_head(title)
    for i, old in enumerate(found.titles):
        old_key = fold(old)
        if old_key == key or (bare and old_key.startswith(key + " ")):
            return
        if key.startswith(old_key + " ") and _is_bare_head(old):
            found.titles[i] = title
            return
    found.titles.append(title)


def _scan(text: str, in_body: bool, people: dict[str, _Found]) -> None:
    """Find people in one text (the body or a caption) and merge them into ``people``."""
    candidates, honored = find_names(text)
    names = []
    last_named_after: _Name | None = None
    for n in candidates:
        named_after = bool(_NAMED_AFTER.search(text, max(0, n.start - 16), n.start)) or bool(
            _BUSINESS_BEFORE.search(text, max(0, n.start - 16), n.start)
            and not (n.text.count(" ") >= 2 and n.text.split()[1] in _MIDDLE)
        )
        if not named_after and last_named_after is not None:
            # a list after one locative: "các trường THPT Lê Lợi, Trần Phú, Nguyễn Thị Minh Khai"
            named_after = _NAMES_GAP.fullmatch(text, last_named_after.end, n.start) is not None
        if named_after:
            last_named_after = n
        else:
            names.append(n)
            last_named_after = None
    listed = _listed_names(text, names)
    if listed:
        names = sorted({n.start: n for n in (*names, *listed.values())}.values(), key=lambda n: n.start)
    if not names:
        return
    raw_titles = [
        span
        for span in _with_lowercase_titles(text, names, find_titles(text))
        if not _BOARD_BEFORE.search(text, max(0, span.start - 8), span.start)
    ]
    # Cut titles whose tail swallowed a following name: "Bí thư Đảng ủy Khối Sơn Minh Thắng".
    titles: list[TitleSpan] = []
    cut_before: dict[int, TitleSpan] = {}  # name start -> title written right before it
    name_idx = 0
    for span in raw_titles:
        while name_idx < len(names) and names[name_idx].start <= span.start:
            name_idx += 1
        cut = None
        j = name_idx
        while j < len(names) and names[j].start < span.end:
            cand = names[j]
            short = cand.text.count(" ") == 1
            if not (
                short
                and cand.text.split()[1] not in _MIDDLE
                and (
                    _LOCATIVE.search(text, max(0, cand.start - 30), cand.start)
                    or (cand.text.startswith("Đoàn ") and _SECRETARY_BEFORE.search(text, 0, cand.start))
                )
            ):
                cut = cand
                break
            j += 1
        if cut is not None:
            trimmed = text[span.start : cut.start].rstrip(" ,")
            if trimmed:
                piece = TitleSpan(trimmed, span.start, span.start + len(trimmed))
                titles.append(piece)
                cut_before[cut.start] = piece
        else:
            titles.append(span)
    # A title cut by a following name is that name's ("Sau ông A, Bộ trưởng X Nguyễn Thị B"),
    # never the end of the previous person's chain.
    by_start = {t.start: t for t in titles if t not in cut_before.values()}
    by_end = {t.end: t for t in titles}
    title_starts = [t.start for t in titles]
    used: set[int] = set()
    known = {fold(n) for n in people}
    evidence_names: list[tuple[_Name, list[TitleSpan], bool]] = []

    # Shared-title lists:
    # "các đồng chí Uỷ viên Bộ Chính trị: Phan Đình Trạc, Trưởng Ban ...; Trần Cẩm Tú, ..."
    shared: dict[int, list[TitleSpan]] = {}
    plural: set[int] = set()
    names_by_start = {n.start: n for n in names}
    for span in titles:
        colon = _COLON.match(text, span.end)
        if not colon or not _title_text(span):
            continue
        pos = _item_start(text, colon.end(), names_by_start, cut_before)
        if pos not in names_by_start:
            continue
        # the whole chain before the colon is shared ("các đồng chí Ủy viên Trung ương Đảng,
        # Thứ trưởng Bộ Quốc phòng: Thượng tướng X; Thượng tướng Y"; "Ủy viên Bộ Chính trị:
        # Chủ tịch nước A, T1; Thủ tướng B, T2")
        common = [*_chain_back(text, span, titles, used), span]
        while pos in names_by_start:
            shared[pos] = common
            name = names_by_start[pos]
            after = _after_chain(text, name, by_start, used)
            end = after[-1].end if after else name.end
            alias = _ALIAS.match(text, end)
            if alias:
                end = alias.end()
            sep = _LIST_SEP.match(text, end)
            if not sep:
                break
            pos = _item_start(text, sep.end(), names_by_start, cut_before)
    for name in names:
        prefix = text[max(0, name.start - 60) : name.start]
        if _PLURAL.search(prefix):
            pos = name.start
            while pos in names_by_start:
                plural.add(pos)
                nm = names_by_start[pos]
                after = _after_chain(text, nm, by_start, used)
                end = after[-1].end if after else nm.end
                sep = _LIST_SEP.match(text, end)
                if not sep:
                    break
                pos = sep.end()

    inherited: dict[int, list[TitleSpan]] = {}  # name start -> plural title before the list
    ends: dict[int, int] = {}  # name start -> end of the name and its chain
    own_office: set[int] = set()  # names given an office by a verb of their own
    for name in names:
        prefix = text[max(0, name.start - 60) : name.start]
        evidence = (
            name.start in honored
            or name.start in shared
            or name.start in plural
            or name.start in inherited
            or name.start in listed
        )
        hon = _honorific_before(prefix, 0, len(prefix))
        if not evidence and hon:
            evidence = True
        chain: list[TitleSpan] = list(shared.get(name.start, inherited.get(name.start, [])))
        before: list[TitleSpan] = []
        # Title right before the name (cut from a longer match, or ending at the name).
        prev = cut_before.get(name.start)
        if prev is None:
            stripped = prefix.rstrip()
            end_pos = name.start - (len(prefix) - len(stripped))
            if hon:
                end_pos = name.start - len(hon.group(0))
                end_pos -= len(text[:end_pos]) - len(text[:end_pos].rstrip())
            prev = by_end.get(end_pos)
            aside = None if hon or prev else _SHORT_FORM_BEFORE.search(text, max(0, end_pos - 24), end_pos)
            if aside is not None:
                prev = by_end.get(aside.start())  # "Chủ tịch Quốc hội (QH) A": the short form is an aside
            if prev is None:
                prev = _title_across_gap(text, end_pos, by_end, hon is not None and _is_plain_honorific(hon))
            if prev is None and hon is not None and hon.group(0).strip() in ranks():
                prev = _title_before_rank(text, end_pos, by_end, titles, used)
            if prev is None and end_pos == name.start - 1:
                prev = _title_across_fields(text, name.start, titles, title_starts)
            if prev is None and end_pos == name.start - 1:
                prev = _unit_title_across_words(text, name.start, titles, title_starts)
            if prev is None and end_pos == name.start - 1:
                prev = _title_across_body_name(text, name, titles, title_starts, names)
            if prev is None:
                prev = _lowercase_head_after_honorific(text, name.start)
            if prev is None and name.start in honored:
                foreign = any(_foreign_word(word) for word in name.text.split())
                prev = _lowercase_title_before(text, name.start, bare_ok=foreign)
            if (
                prev is None
                and end_pos == name.start - 1
                and text[end_pos - 1 : end_pos].islower()
                and not _LEVEL_BEFORE.search(text, max(0, end_pos - 12), end_pos)
            ):
                # "theo giám đốc bệnh viện A", "phó phòng hành chính quản trị B": the title is the cue
                # (it ends in a lowercase word or a body's lowercase syllable: the cheap test first;
                # after a level the run is the place: "thường trực MTTQ huyện Yên Thành")
                prev = _lowercase_title_before(text, name.start, unit_name=True)
                if prev is None and name.text.split(" ", 1)[0] in surnames():
                    prev = _bare_lowercase_head_before(text, name.start)
        if prev is not None and prev.start not in used and _title_text(prev):
            before = [*_chain_back(text, prev, titles, used), prev]
            evidence = True
        after = _after_chain(text, name, by_start, used)
        for _ in range(6):  # a closed apposition may be followed by more of the chain
            if not after:
                break
            longer = _dashed_field_run_on(text, _closed_appositive(text, after[-1]))
            if longer.end == after[-1].end:
                break
            after[-1] = longer
            sep = CHAIN_SEP.match(text, longer.end)
            more = by_start.get(sep.end()) if sep else None
            if more is None or more.start in used or not _title_text(more):
                break
            after.extend(_chain_forward(text, more, by_start, used))
        # an office given by a verb: "A được bầu làm Phó Bí thư Huyện ủy"
        verb = _OFFICE_VERB.match(text, _chain_end(text, name, after))
        if verb is None and after and text.startswith(",", after[-1].end):
            place = _PLACE_BEFORE_VERB.match(text, after[-1].end)
            verb = _OFFICE_VERB.match(text, place.end()) if place else None
        if verb:
            office = by_start.get(verb.end())
            if office is not None and not _title_text(office):
                office = _closed_appositive(text, office, at_stop=True)  # a weak head with its body
            if office is not None and office.start not in used and _title_text(office):
                offices = _chain_forward(text, office, by_start, used)
                offices[-1] = _closed_appositive(text, offices[-1], at_stop=True)
                after = [*after, *offices]
                own_office.add(name.start)
                # "Các đồng chí A và B được bầu làm Phó Bí thư": every name of the list
                pos = name.start
                for prev_name, prev_chain, _ in reversed(evidence_names):
                    if prev_name.start in own_office or not _LIST_GAP.fullmatch(
                        text, ends[prev_name.start], pos
                    ):
                        break  # "A được cử làm T1, ông B làm T2": A's own office ends the list
                    prev_chain.extend(offices)
                    pos = prev_name.start
        if before and _PLURAL_TITLE.search(text, max(0, before[0].start - 20), before[0].start):
            # "các Phó Chủ tịch HĐND tỉnh A, B đồng chủ trì": every name of the list holds it
            pos = _chain_end(text, name, after)
            while True:
                sep = _LIST_SEP.match(text, pos)
                if not sep or sep.end() not in names_by_start:
                    break
                nxt = names_by_start[sep.end()]
                inherited[nxt.start] = before
                pos = _chain_end(text, nxt, _after_chain(text, nxt, by_start, used))
        if (
            after
            and name.start not in own_office
            and CHAIN_SEP.match(text, after[-1].end)
            and any(CHAIN_SEP.fullmatch(text, after[-1].end, cut.start) for cut in cut_before.values())
        ):
            # "A, T1, T2, T3 B": the chain runs into the title of the next name, so it is B's (not an
            # office given by a verb: "A được bầu làm T1, T2 B" gives T1 to A)
            after = []
        if after:
            evidence = True
        if not evidence and _SPEECH.match(text, name.end):
            evidence = True
        if not evidence and fold(name.text) in known:
            evidence = True
        tokens = name.text.split()
        if (
            not evidence
            and len(tokens) >= 3
            and tokens[1] in _MIDDLE
            and not _LOCATIVE.search(text, max(0, name.start - 30), name.start)
        ):
            evidence = True
        if not evidence:
            continue
        for t in after:
            used.add(t.start)
        chain.extend(before)
        chain.extend(after)
        evidence_names.append((name, chain, bool(before)))
        ends[name.start] = _chain_end(text, name, after)
        known.add(fold(name.text))

    name_starts = {n.start for n in names}
    for name, chain, _ in evidence_names:
        key = name.text
        found = people.get(key)
        if found is None:
            found = _Found(name=key)
            people[key] = found
        found.mentions += 1
        if in_body and found.start is None:
            found.start, found.end = name.start, name.end
        for span in chain:
            title = _title_text(span)
            if title and not _cut_at_bare_head(text, span, name_starts):
                _add_title(found, title)
        alias = _ALIAS.match(text, name.end)
        alias_name = alias.group(1) if alias else None
        if (
            alias_name
            and alias_name != key
            and alias_name.split()[0] in surnames()
            and alias_name not in found.aliases
        ):
            found.aliases.append(alias_name)
        chain_end = max([name.end, *(t.end for t in chain if t.start > name.start)])
        if alias and chain_end == name.end:
            chain_end = alias.end()
        role = _ROLE_AFTER.match(text, chain_end)
        if role and role.group(1) not in found.roles:
            found.roles.append(role.group(1))
        chain_start = min([name.start, *(t.start for t in chain if t.start < name.start)])
        lead = _ROLE_BEFORE.search(text, max(0, chain_start - 60), chain_start)
        if lead:
            role_text = lead.group(1).lower()
            if role_text not in found.roles:
                found.roles.append(role_text)

    # Given-name mentions with an honorific or title ("đồng chí Thể", "ông Thưởng").
    if people:
        last: dict[str, list[str]] = {}
        for key in people:
            last.setdefault(key.split()[-1], []).append(key)
        for match in bounded(_GIVEN, text):
            owners = last.get(match.group(1), [])
            if len(owners) == 1:
                people[owners[0]].mentions += 1


# A list of people announced by "gồm:" ("3 thứ trưởng gồm: A, B, C", "Các cá nhân gồm: A (báo X);
# B (đài Y)"): each item a capitalized run, maybe its outlet or unit in brackets.
_LIST_INTRO = re.compile(word_alternation(("bao gồm", "gồm có", "gồm")) + r"\s*:\s*")
_LIST_ITEM = re.compile(
    rf"(?:{UPPER}{{2,4}}\.? )?({CAP_SYL}(?: {CAP_SYL}){{1,3}})(?![\w])(\s*\([^()\n]{{1,80}}\))?"
)
# ... but a list of places, streets or facilities ("3 tuyến đường gồm:", "5 huyện gồm:", "4 cơ sở ở
# nội thành, gồm:") names them after people or places: a place noun in the clause before "gồm".
_PLACE_LIST_BEFORE = re.compile(
    r"(?<![\w])(?:đường|phố|tuyến|huyện|quận|xã|phường|tỉnh|thành phố|thị xã|thị trấn|thôn|ấp|bản|"
    r"làng|địa phương|địa bàn|trường|cầu|chợ|khu|cơ sở|sông|đảo|điểm|nơi|ở|tại|công ty|doanh nghiệp|"
    r"đơn vị|cửa hàng|bệnh viện|giải|huân chương)(?![\w])[^.;:\n]*$",
    re.IGNORECASE,
)
_ITEM_SEP = re.compile(r"\s*[;,]\s*(?:và\s+)?|\s+và\s+")


def _listed_names(text: str, names: list[_Name]) -> dict[int, _Name]:
    """People of lists announced by "gồm:" (see ``_people_lists``) or by a count and "là" (see
    ``_counted_names``): name start -> name."""
    listed = _people_lists(text, names)[0]
    if " là " in text:
        listed.update(_counted_names(text, names))
    return listed


# People named after their count or kind and "là": "3 Phó Bí thư khác là A, B, C", "Ba thí sinh nhận
# giải khuyến khích là A, B và C" (a count or plural word opens the clause before "là").
_IS_BEFORE_CAPITAL = re.compile(rf" là (?={UPPER})")
_COUNT_BEFORE = re.compile(
    r"(?<![\w])(?:\d+|[Hh]ai|[Bb]a|[Bb]ốn|[Nn]ăm|[Ss]áu|[Bb]ảy|[Tt]ám|[Cc]hín|[Mm]ười|[Cc]ác|[Nn]hững)"
    r" [^\d.;:,!?\n()\"“”]{1,40}$"
)


def _counted_names(text: str, names: list[_Name]) -> dict[int, _Name]:
    """The names of a counted list told with "là": three items or more, each a name candidate with
    a listed family name and nothing else ("3 tỉnh là Long An, Bến Tre, Bạc Liêu" has none; "3
    trường là Trần Phú, Lê Lợi, Trưng Vương" stops at the school not named like a person; lists of
    places, streets and schools are left out by the noun before "là")."""
    by_start = {n.start: n for n in names}
    out: dict[int, _Name] = {}
    for intro in _IS_BEFORE_CAPITAL.finditer(text):
        first = by_start.get(intro.end())
        if first is None or not _COUNT_BEFORE.search(text, max(0, intro.start() - 50), intro.start()):
            continue
        if _PLACE_LIST_BEFORE.search(text, max(0, intro.start() - 60), intro.start()):
            continue
        items = [first]
        clean_end = False
        while len(items) < 20:
            sep = _ITEM_SEP.match(text, items[-1].end)
            if sep is None or not text[sep.end() : sep.end() + 1].isupper():
                clean_end = True  # the list ends at the last name
                break
            item = by_start.get(sep.end())
            if item is None:
                break  # a capitalized item that is no name: no list of people
            items.append(item)
        if clean_end and len(items) >= 3:
            out.update((n.start, n) for n in items)
    return out


# A unit in brackets after a listed person: an outlet or body, capitalized or after its noun.
_UNIT = re.compile(rf"(?:[Bb]áo|[Đđ]ài|[Tt]ạp chí|[Tt]rường|[Cc]ông ty) {UPPER}|{UPPER}")


def listed_units(text: str) -> list[tuple[int, int]]:
    """Spans of the outlets or bodies in brackets after the people of a "gồm:" list ("Các cá nhân
    gồm: A (báo Lao Động); B (Đài Truyền hình VN)"); parts joined by a dash are given apart.

    Args:
        text: Cleaned text.

    Returns:
        (start, end) spans, in order; places in brackets (a hometown) are left out.
    """
    if "gồm" not in text:
        return []
    return _people_lists(text, list(find_names(text)[0]))[1]


def _people_lists(text: str, names: list[_Name]) -> tuple[dict[int, _Name], list[tuple[int, int]]]:
    """People of lists announced by "gồm:" (name start -> name) and the units in brackets after them.

    A list counts when it has three items or more, at least half of them names with a listed
    family name; then its other items are names too (pen names: "Thúy Vy"), unless they are
    places or listed bodies. Lists of places or bodies ("gồm: Hà Nội, Huế") have no such names.
    """
    if "gồm" not in text:
        return {}, []
    by_start = {n.start: n for n in names}
    out: dict[int, _Name] = {}
    spans: list[tuple[int, int]] = []
    for intro in _LIST_INTRO.finditer(text):
        if _PLACE_LIST_BEFORE.search(text, max(0, intro.start() - 60), intro.start()):
            continue
        items: list[_Name] = []
        units: list[tuple[int, int]] = []
        count = 0
        pos = intro.end()
        while count < 40:
            item = _LIST_ITEM.match(text, pos)
            if item is None:
                break
            count += 1
            run = item.group(1)
            first = run.split(" ", 1)[0]
            known = by_start.get(item.start(1))
            if known is not None and known.end == item.end(1):
                items.append(known)
            elif not (
                first in _BODY_FIRST
                or first in _CAP_HONORIFICS
                or any(t in _NOT_GIVEN for t in run.split(" "))
                or fold(run) in _places_and_bodies()
            ):
                items.append(_Name(item.start(1), item.end(1), run))
            if item.group(2):
                units.extend(_unit_spans(text, item.start(2), item.end(2)))
            sep = _ITEM_SEP.match(text, item.end())
            if sep is None:
                break
            pos = sep.end()
        surnamed = sum(1 for n in items if n.start in by_start)
        if count >= 3 and 2 * surnamed >= count:
            out.update((n.start, n) for n in items)
            spans.extend(units)
    return out, spans


def _unit_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The parts of a bracket ``text[start:end]`` (with its brackets) that name a unit."""
    inner_start = text.index("(", start) + 1
    inner_end = text.rindex(")", start, end)
    out = []
    for part in re.finditer(r"[^-–]+", text[inner_start:inner_end]):
        piece = part.group(0).strip()
        if not piece or not _UNIT.match(piece) or fold(piece) in folded_places():
            continue
        at = inner_start + part.start() + part.group(0).index(piece)
        out.append((at, at + len(piece)))
    return out


@cache
def _bare_heads() -> frozenset[str]:
    """Folded title heads, alone or with "Phó" / "nguyên" / "cựu" / "cố" / "Quyền"."""
    heads = {fold(h) for h in title_heads()}
    return frozenset({*heads, *(f"{p} {h}" for p in ("pho", "nguyen", "cuu", "co", "quyen") for h in heads)})


def _is_bare_head(title: str) -> bool:
    return fold(title) in _bare_heads()


_GIVEN = re.compile(rf"(?:đồng chí|Đồng chí|ông|Ông|bà|Bà) ({CAP_SYL})(?! [A-ZĐÂĂÊÔƠƯ])")


@cache
def _honorific_then_head() -> re.Pattern[str]:
    """An honorific and a lowercase bare head right before a name: "ông giám đốc A"."""
    return compile_cached(rf"(?<![\w])(?:ông|bà|Ông|Bà) ({title_head_source(any_case=True)})\s+$")


def _lowercase_head_after_honorific(text: str, start: int) -> TitleSpan | None:
    """The bare title between an honorific and a name ("Ông giám đốc Paul Stoll cho biết")."""
    match = _honorific_then_head().search(text, max(0, start - 40), start)
    if match is None or clean_title(match.group(1)) is None:
        return None
    return TitleSpan(match.group(1), match.start(1), match.end(1))


# Where a lowercase title may open before a name: a clause's start, or after "của" / "theo" / "với",
# or in a list of people ("trong đó có giám đốc bệnh viện A và phó phòng hành chính B").
_CLAUSE_OPEN = re.compile(r"(?:^|[,.;:(\n]\s*|(?<![\w])(?:của|theo|Theo|với|cùng|có|và)\s+)$")


@cache
def _lowercase_head() -> re.Pattern[str]:
    """A lowercase title head at a word start ("đại sứ", "chánh án", "phó thị trưởng")."""
    return compile_cached(rf"(?<![\w])(?=[{LOWER_CHARS}])(?:{title_head_source(any_case=True)})")


# Offices held by one person that the press writes bare and lowercase before a foreign name:
# "phán quyết của chánh án John Miller", "theo tổng thống Anna Berg" (the head alone is the cue).
_PERSONAL_HEADS = frozenset(
    {"chánh án", "tổng thống", "phó tổng thống", "thủ tướng", "ngoại trưởng", "thị trưởng", "bộ trưởng"}
)


# What ends the clause a lowercase title opens.
_CLAUSE_BREAKS = ",.;:()\n"


@cache
def _heads_hold_no_break() -> bool:
    """Whether no title head or prefix holds a clause break (so no head match runs over one)."""
    return not any(ch in _CLAUSE_BREAKS for word in (*title_heads(), "phó", *TITLE_PREFIXES) for ch in word)


def _lowercase_title_before(
    text: str, start: int, bare_ok: bool = False, unit_name: bool = False
) -> TitleSpan | None:
    """A title with a lowercase head and a body, opening its clause and ending at a name: "theo
    đại sứ Mỹ tại Việt Nam Michael Marine", ", chánh án Tòa án Tối cao John Roberts" (a foreign
    name has no listed family name; this title is its cue). ``bare_ok``: the name is foreign, so
    a bare head of :data:`_PERSONAL_HEADS` is cue enough. ``unit_name``: the title may also run on
    over its unit's name in lowercase (:func:`_unit_name_gap`: "theo giám đốc bệnh viện A")."""
    pos = max(0, start - 90)
    if _heads_hold_no_break():
        # a head before the clause's last break is skipped below, and no head runs over one: the
        # search starts after it (the same heads, a shorter window; perf-people)
        pos = max([pos, *(text.rfind(ch, pos, start) + 1 for ch in _CLAUSE_BREAKS)])
    for head in _lowercase_head().finditer(text, pos, start):
        if any(ch in _CLAUSE_BREAKS for ch in text[head.start() : start]):
            continue
        if not _CLAUSE_OPEN.search(text, max(0, head.start() - 8), head.start()):
            continue
        match = title_regex_any_case().match(text, head.start())
        if match is None or (
            match.end() < start - 1
            and not (unit_name and _unit_name_gap(match.group(0), text[match.end() : start]))
        ):
            continue
        kept = text[head.start() : start].rstrip()
        if clean_title(kept) is None or (
            head.end() >= len(kept) + head.start() and not (bare_ok and kept in _PERSONAL_HEADS)
        ):
            continue  # a bare head ("giám đốc") is too weak a cue
        return TitleSpan(kept, head.start(), head.start() + len(kept))
    return None


def _bare_lowercase_head_before(text: str, start: int) -> TitleSpan | None:
    """A bare lowercase head right before a name, the 2006 press's way of naming an office: "ông A và
    thứ trưởng Nguyễn Việt Tiến", "do phó chánh thanh tra Trần Ngọc Nga làm trưởng đoàn", "nguyên thủ
    tướng Võ Văn Kiệt" (a head with a prefix; not a weak head: "bí thư", "đại sứ"; not the lowercase end
    of a capitalized title or word: "Phó thủ tướng", "Bác sĩ trưởng khoa")."""
    end = start - 1
    pos = max(0, end - 30)
    best: TitleSpan | None = None
    while True:
        pos = text.find(" ", pos, end)
        if pos < 0:
            break
        pos += 1
        if text[pos : pos + 1].islower() and _lowercase_head().fullmatch(text, pos, end):
            best = TitleSpan(text[pos:end], pos, end)
            break  # the earliest start is the longest head ("phó chánh thanh tra", not "chánh thanh tra")
    if best is None or clean_title(best.text) is None:
        return None
    before = text[max(0, best.start - 20) : best.start].split()
    if before and before[-1][:1].isupper():
        return None
    return best


# One Vietnamese syllable (initial, vowels, final): a word that is none is foreign ("Robert", "Abe").
_VN_VOWELS = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ"
_VN_SYLLABLE = re.compile(
    rf"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnrstvx])?[{_VN_VOWELS}]{{1,3}}(?:ng|nh|ch|[cmnpt])?"
)


# Syllables separated by single spaces (a capitalized run, lowercased).
_VN_SYLLABLES = re.compile(rf"(?:{_VN_SYLLABLE.pattern})(?: (?:{_VN_SYLLABLE.pattern}))*")


def _foreign_word(word: str) -> bool:
    """Whether a capitalized word cannot be one Vietnamese syllable."""
    return _VN_SYLLABLE.fullmatch(word.lower()) is None


def _name_after_lowercase_title(text: str, run: str, offset: int) -> _Name | None:
    """A foreign name right after a lowercase title (see above); a Vietnamese-looking run there
    is mostly an unlisted place after its level ("chủ tịch UBND xã Bình Đông")."""
    if _VN_SYLLABLES.fullmatch(run.lower()):
        return None  # no foreign word in the run (the test below, cheap first: perf-people)
    tokens = run.split(" ")
    skip = 0
    for size in (3, 2, 1):  # a country or place ending the title: "đại sứ Mỹ tại Việt Nam"
        if len(tokens) - size >= 2 and fold(" ".join(tokens[:size])) in _places_and_bodies():
            skip = size
            break
    given = tokens[skip:]
    if not 2 <= len(given) <= 4 or any(t in _NOT_GIVEN or t in _CAP_HONORIFICS for t in given):
        return None
    if given[0] in _BODY_FIRST or fold(" ".join(given)) in _places_and_bodies():
        return None
    if not any(_foreign_word(t) for t in given):
        return None
    begin = offset + len(" ".join(tokens[:skip])) + (1 if skip else 0)
    if _lowercase_title_before(text, begin, bare_ok=True) is None:
        return None
    name = " ".join(given)
    return _Name(begin, begin + len(name), name)


# What joins two fields of a body's name: "và", or a dash ("Bộ Tài nguyên - môi trường", "Ủy ban Kinh tế -
# ngân sách": the 2006 press writes the second field in lowercase).
_FIELD_JOINERS = frozenset({"và", "-", "–"})


def _title_across_fields(
    text: str, start: int, titles: list[TitleSpan], starts: list[int]
) -> TitleSpan | None:
    """The title before a name, run on over its body's field written in lowercase: "Bộ trưởng Bộ
    Nông nghiệp và phát triển nông thôn Cao Văn A", "Bộ trưởng Ngoại giao và Kinh tế đối ngoại
    Hungary B", "Bộ trưởng Bộ Tài nguyên - môi trường C" (field syllables from ``data/field_words.txt``,
    "và" or a dash between them, and a place or country last)."""
    i = bisect_left(starts, start) - 1
    if i < 0:
        return None
    title = titles[i]
    if not 0 < start - title.end <= 80 or text[start - 1] != " ":
        return None
    words = text[title.end : start - 1].split(" ")
    if not words or words[0] != "":
        return None  # the gap starts with a space after the title
    words = words[1:]
    fields = field_words()
    k = 0
    while k < len(words) and (words[k] in _FIELD_JOINERS or words[k].lower() in fields):
        k += 1
    rest = " ".join(words[k:])
    if sum(w not in _FIELD_JOINERS for w in words[:k]) < 2 or (
        words[0] not in _FIELD_JOINERS and words[0] in PREDICATE_STARTS
    ):
        return None  # "Chủ tịch UBND tỉnh giao A", "Bộ trưởng phát biểu A"
    if words[k - 1] in _FIELD_JOINERS or (_is_bare_head(title.text) and not words[0][:1].isupper()):
        return (
            None  # after a bare head the field is capitalized ("Bộ trưởng Ngoại giao ..."): "Thủ tướng giao"
        )
    if rest and fold(rest) not in folded_places():
        return None
    end = start - 1
    return TitleSpan(text[title.start : end], title.start, end)


# Bodies named in lowercase right after a bare head (Tuổi Trẻ 2006: "Phó chủ tịch quốc hội A").
_LOWERCASE_NATIONAL = ("quốc hội", "chính phủ")
# Two-syllable words of bodies' names holding a syllable that starts a predicate ("Ban chỉ đạo", "Ủy
# ban Các vấn đề xã hội", "Mặt trận tổ quốc"), mined from VNTC (``data/body_name_words.txt``).
_BODY_NAME_WORDS = frozenset(load_list("body_name_words.txt"))
# Words joining a body's words inside the gap, never its first or last word ("Khảo thí và kiểm định
# chất lượng", "Ủy ban các vấn đề xã hội").
_GAP_JOINERS = frozenset({"và", "các"})
# Field syllables that are also verbs taking a person, when they end the gap: "Chủ tịch UBND tỉnh giao A".
_FIELD_VERBS = frozenset({"giao", "cứu"})
# Words of a gap that are a person's cue or another clause, never part of a body's name.
_GAP_CUES = frozenset({"ông", "bà", "anh", "chị", "cô", "chú", "bác", "em", "đồng", "với", "của", "là"})
# (at most this many words between a title and the name: "Phó Ban" + "chỉ đạo Quốc gia phòng chống
# dịch cúm gà" is nine; longer gaps are mostly clauses)
_BODY_GAP_WORDS = 9
_BODY_GAP_WORD = re.compile(r"[^\W\d_]+(?:[./&-][^\W\d_]+)*")


def _title_across_body_name(
    text: str, name: _Name, titles: list[TitleSpan], starts: list[int], names: list[_Name]
) -> TitleSpan | None:
    """The title before a name, run on over its body's name when the title regex stopped at the
    first lowercase word of it: "Viện trưởng Viện Chăn nuôi quốc gia A", "Chủ tịch Hội khuyến học B",
    "Phó giám đốc Trung tâm thú y vùng TP HCM C", "Chủ nhiệm Ủy ban Các vấn đề xã hội D", "Phó chủ
    tịch quốc hội E", "Phó Ban chỉ đạo Quốc gia phòng chống dịch cúm gà F".

    The gap between the title and the name is one to nine words, one of them lowercase; no
    punctuation, digit, other name or title head; no lowercase word that starts a predicate
    (unless it is a field's or a name's syllable, "khuyến học", "thú y", or in a listed body's word,
    "chỉ đạo", "vấn đề"; "và" and "các" may join words inside it) or a clause; and it names
    the title's body: the title ends in a body's head ("Ủy ban", "Viện") or is a bare head followed
    by a capitalized word or a lowercase national body ("quốc hội"). The name has three words or
    more and no name follows it: a body's name ends in a two-word place ("Nhà máy nước Lâm Hà") or
    one named after a person ("ĐH bán công Tôn Đức Thắng Huỳnh Kim Tín")."""
    start = name.start
    if name.text.count(" ") < 2 or any(n.start == name.end + 1 for n in names):
        return None
    i = bisect_left(starts, start) - 1
    if i < 0:
        return None
    title = titles[i]
    if not 1 < start - title.end <= 80 or text[title.end] != " " or text[start - 1] != " ":
        return None
    if any(n.end < title.start and _NAME_SEP.fullmatch(text, n.end, title.start) for n in names):
        return None  # the title is another name's apposition ("thầy A, Trưởng phòng đào tạo ĐH X")
    words = text[title.end + 1 : start - 1].split(" ")
    if not 1 <= len(words) <= _BODY_GAP_WORDS or not all(_BODY_GAP_WORD.fullmatch(w) for w in words):
        return None
    lowered = [w for w in words if w.islower()]
    if not lowered or any(n.start < start and n.end > title.end for n in names):
        return None
    fields = field_words()
    syllables = _name_syllable_set()
    pairs = [f"{w} {nxt}" for w, nxt in zip(words, [*words[1:], ""], strict=True)]
    if any(
        w in _CLAUSE_WORDS or w in _GAP_CUES or p in _CLAUSE_WORDS for w, p in zip(words, pairs, strict=True)
    ):
        return None
    if words[-1] in _FIELD_VERBS:
        return None
    first_two = " ".join(words[:2])
    body_end = (
        _BODY_HEAD_AT_END.search(title.text) is not None or UNIT_HEAD_END.search(title.text) is not None
    )
    listed: set[int] = set()  # the indices of words inside a listed body's word ("vấn đề")
    for k in range(len(words) - 1):
        if f"{words[k]} {words[k + 1]}".lower() in _BODY_NAME_WORDS:
            listed.update((k, k + 1))
    if any(
        w in PREDICATE_STARTS
        and w not in fields
        and w not in syllables
        and k not in listed
        and not (w in _GAP_JOINERS and k < len(words) - 1 and (k > 0 or (w == "các" and body_end)))
        for k, w in enumerate(words)
        if w.islower()
    ):
        return None
    if _any_case_head().search(" ".join(words)) is not None:
        return None  # another title in the gap
    if body_end:
        pass  # "Chủ nhiệm Ủy ban" + "Các vấn đề xã hội", "Phó Ban" + "chỉ đạo ..."
    elif not _is_bare_head(title.text) or not (words[0][:1].isupper() or first_two in _LOWERCASE_NATIONAL):
        return None
    end = start - 1
    return TitleSpan(text[title.start : end], title.start, end)


@cache
def _name_syllable_set() -> frozenset[str]:
    """The lowercase syllables that continue a word in a name (``data/name_syllables.txt``)."""
    return frozenset(load_list("name_syllables.txt"))


# A place's level right before a run ("huyện Yên Thành"): the run is the place, not a person.
_LEVEL_BEFORE = re.compile(r"(?<![\w])(?:huyện|xã|tỉnh|quận|phường|thị xã|thị trấn|thành phố|TP|ấp|thôn)$")
# Units whose names the 2006 press writes in lowercase between a title and a name ("giám đốc bệnh viện
# huyện A", "Chủ tịch hội nông dân B").
_UNIT_WORDS = frozenset(
    {"bệnh viện", "trung tâm", "công ty", "trường", "viện", "xí nghiệp", "nhà máy", "chi cục", "sở"}
    | {"phòng", "ban", "khoa", "đài", "trạm", "hội", "hiệp hội"}
)


def _unit_name_gap(title: str, gap: str) -> bool:
    """Whether ``gap`` (" w1 ... wn " between a title and a name) is the name of the title's unit in
    lowercase: one to six lowercase words, no verb first, no clause word, after a unit's head
    ("Trưởng ban dân nguyện A") or opened by a unit's word ("Giám đốc bệnh viện huyện A")."""
    words = gap.split(" ")
    if words[0] != "" or words[-1] != "" or not 1 <= len(words) - 2 <= 6:
        return False
    words = words[1:-1]
    if not all(w.isalpha() and w.islower() for w in words) or words[0] in PREDICATE_STARTS:
        return False
    if any(
        w in _CLAUSE_WORDS or f"{w} {nxt}" in _CLAUSE_WORDS
        for w, nxt in zip(words, [*words[1:], ""], strict=True)
    ):
        return False
    return (
        UNIT_HEAD_END.search(title) is not None
        or words[0] in _UNIT_WORDS
        or " ".join(words[:2]) in _UNIT_WORDS
    )


def _unit_title_across_words(
    text: str, start: int, titles: list[TitleSpan], starts: list[int]
) -> TitleSpan | None:
    """A title before a name, run on over its unit's name in lowercase: "Trưởng ban dân nguyện Lê
    Văn A", "Trưởng phòng kế hoạch tài vụ B", "Giám đốc bệnh viện huyện C" (see :func:`_unit_name_gap`)."""
    i = bisect_left(starts, start) - 1
    if i < 0:
        return None
    title = titles[i]
    if not 0 < start - title.end <= 60 or not _unit_name_gap(title.text, text[title.end : start]):
        return None
    end = start - 1
    return TitleSpan(text[title.start : end], title.start, end)


def _title_across_gap(
    text: str, end: int, by_end: dict[int, TitleSpan], honored: bool = False
) -> TitleSpan | None:
    """The title before a name across a comma or "là" ("Chủ tịch UBND Thành phố, ông A": only a
    title that opens its sentence; "Chủ tịch tỉnh nhiệm kỳ 2021-2026 là ông A").

    With ``honored`` ("ông", "bà", "đồng chí" before the name) the title may also open a clause
    after a comma or "Theo": "Chiều 10-3, Chủ tịch UBND tỉnh X, ông A, cho biết", "Theo Giám đốc
    Sở X, ông A, ..." (not after a verb: "Sau khi gặp Bộ trưởng X, ông A nói").
    """
    gap = _GAP_BEFORE.search(text, max(0, end - 6), end)
    if gap is None:
        return None
    title = by_end.get(gap.start())
    if title is None:
        return None
    if "là" not in gap.group(0):
        lead = text[_sentence_start(text, title.start) : title.start].strip()
        if lead and not (honored and _CLAUSE_OPENER.search(lead)):
            return None
    return title


# What may open the clause of "T, ông A" inside a sentence: a comma, "Theo".
_CLAUSE_OPENER = re.compile(r"(?:,|(?<![\w])[Tt]heo)$")
_PLAIN_HONORIFICS = frozenset({"ông", "Ông", "bà", "Bà", "đồng chí", "Đồng chí"})


def _is_plain_honorific(hon: re.Match[str]) -> bool:
    """The honorific is "ông", "bà" or "đồng chí" (not a degree, a rank or an occupation)."""
    return hon.group(0).strip(" :") in _PLAIN_HONORIFICS


def _title_before_rank(
    text: str, end: int, by_end: dict[int, TitleSpan], titles: list[TitleSpan], used: set[int]
) -> TitleSpan | None:
    """The title before a rank across a comma: "Ủy viên Bộ Chính trị, Bộ trưởng Bộ Quốc phòng,
    Đại tướng A" (the rank opens the name, the chain is before it); not when the chain is the
    apposition of an earlier name ("ông B, Bộ trưởng ..., Đại tướng A")."""
    gap = re.search(r"\s*,\s*$", text[max(0, end - 4) : end])
    if gap is None:
        return None
    title = by_end.get(max(0, end - 4) + gap.start())
    if title is None or title.start in used:
        return None
    chain = _chain_back(text, title, titles, used)
    first = chain[0] if chain else title
    if text[: first.start].rstrip().endswith((",", "-", "–")):
        return None
    return title


_PHOTO_WORDS = frozenset({"ẢNH", "Ảnh", "Photo", "PHOTO"})


def _closed_appositive(text: str, last: TitleSpan, at_stop: bool = False) -> TitleSpan:
    """The last title of a chain after a name, run on to the comma, dash or bracket that closes
    the apposition when only a body's words stand between ("ông A, Chi cục trưởng Chi cục phòng
    chống lụt bão thành phố Đà Nẵng, cho biết"): the 2006 press writes bodies in lowercase.
    ``at_stop``: a full stop closes it too (an office given by a verb ends its sentence)."""
    match = (_APPOSITIVE_OR_STOP if at_stop else _APPOSITIVE).match(text, last.end)
    if match is None and not at_stop:
        match = _LONG_APPOSITIVE.match(text, last.end)  # a body's long lowercase name
        if match is not None and not _opens_body(last.text, match.group(1).split()):
            return last
    if match is None:
        return last
    words = match.group(1).split()
    if (words[-1][:1].islower() or words[-1] in _PHOTO_WORDS) and text.startswith((":", " :"), match.end()):
        # a speaker's line ends in a capitalized name ("... Viện X:"); a verb or a photo credit
        # ("... tỉnh Điện Biên ẢNH: T.L") may end it
        return last
    body = _opens_body(last.text, words)
    # a family name opens a person's name, not the middle of a capitalized run ("Tập đoàn Tiên Sơn
    # Thanh Hóa"), unless it is a common one
    # (in a body's lowercase name, a family name and two capitalized words: "Cty than Hà Lầm")
    person = any(
        w in surnames()
        and nxt[:1].isupper()
        and (not body or nxt2[:1].isupper())
        and fold(f"{w} {nxt}") not in folded_places()
        and (w in _MAJOR or not prev[:1].isupper())
        for prev, w, nxt, nxt2 in zip(
            ["", *words[:-1]], words, [*words[1:], ""], [*words[2:], "", ""][: len(words)], strict=True
        )
    )
    # a lowercase field word is no verb here ("Cục An toàn thông tin,": "thông" as in "thông qua")
    # ... when the next word is one too ("thông tin", not "thông báo")
    fields = field_words()
    # after a bare head that opens a body ("Trung tâm", "Cty", "Liên hiệp") the words name it, in
    # lowercase in the 2006 style ("Giám đốc Cty than Hà Lầm,", "Chủ tịch Liên hiệp các hội khoa học
    # và kỹ thuật Việt Nam,"): only a clause word ends the title there
    stops = _CLAUSE_WORDS if body else PREDICATE_STARTS
    # (a unit's word before its number is no verb: "tổ 42", not "tổ chức")
    verb = any(
        w.islower()
        and (w in stops or f"{w} {nxt}" in stops)
        and not (w in fields and nxt in fields)
        and not nxt.isdigit()
        for w, nxt in zip(words, [*words[1:], ""], strict=True)
    )
    # "làm" and a title: the office the person moves to ("hiệu trưởng ĐH X làm Thứ trưởng Bộ Y")
    office = match.group(1).find(" làm ")
    if office >= 0 and _any_case_head().match(match.group(1), office + 5):
        verb = True
    if person or verb:
        return last  # a verb or the next person: the title ended where it was found
    end = last.end + len(match.group(1))
    return TitleSpan(text[last.start : end], last.start, end)


# Heads of bodies whose names the 2006 press writes in lowercase after them.
_LOWERCASE_BODY_HEADS = load_list("lowercase_body_heads.txt")
# (and the many-word body heads, each word after the first in any case, as a title's tail reads them:
# "Giám đốc Ban quản lý" + "dự án ...", "Chủ tịch Mặt trận tổ quốc" + "tỉnh ...")
# (not a committee: "Trưởng Ban Nội chính Tỉnh ủy" is whole, the words after it are a clause)
_AT_END_HEADS = (
    *_LOWERCASE_BODY_HEADS,
    *(h for h in body_heads() if " " in h and not h.endswith((" ủy", "Đảng bộ", "Đảng đoàn"))),
)
_BODY_HEAD_AT_END = re.compile(rf"(?<![\w])(?:{alternation_any_case(_AT_END_HEADS)})$")
# (also with a lowercase first letter, after a lowercase head: "ông A, hiệu trưởng trường THCS Lê Duẩn,",
# "giám đốc trung tâm y tế quận Tân Phú cho biết"; acronyms as written)
_LOWERCASE_FIRST = (h[0].lower() + h[1:] for h in _LOWERCASE_BODY_HEADS if not h.isupper())
_BODY_HEAD_AT_START = re.compile(rf" (?:{alternation({*_LOWERCASE_BODY_HEADS, *_LOWERCASE_FIRST})})(?![\w])")
# ... or such a head and one or two capitalized words of its name, the rest in lowercase and closed by
# a place or a short form ("Trung tâm Y tế dự phòng TP.HCM", "Ban Quản lý dự án hầm Hải Vân")
_BODY_HEAD_NEAR_END = re.compile(
    rf"(?<![\w])(?:{alternation_any_case(_AT_END_HEADS)})"
    rf"(?: {UPPER}[{LOWER_CHARS}]*(?: [{LOWER_CHARS}]+)?){{1,2}}$"
)


def _lowercase_then_names(words: list[str]) -> bool:
    """Whether ``words`` open in lowercase and end in a capitalized word (a place or a short form), a
    field joined by "và", or a lowercase run of three words or more; a capitalized word among them
    never followed by a lowercase one unless "và" joined it ("dự phòng TP.HCM", "học xã hội và Nhân
    văn", "công nghệ và môi trường"; not "trình bày Báo cáo tóm tắt", "để HĐND tỉnh bầu", "Trung lưu
    ý", "trao quyết định")."""
    if not words or not words[0].islower():
        return False
    closed = False  # a capitalized word not after "và" has been seen
    joined = False  # a capitalized word after "và"
    for prev, word in pairwise(words):
        if word.islower():
            if closed:
                return False
        elif prev != "và":
            closed = True
        else:
            joined = True
    if joined or not words[-1].islower():
        return True
    # a short lowercase run is mostly a verb ("lưu ý", "kể"), a name's longer ("giao thông đường sắt")
    # and opened by no verb ("trao quyết định"; "và" or a field word before another one is none)
    first, nxt = words[0], words[1] if len(words) > 1 else ""
    fields = field_words()
    verb = first in PREDICATE_STARTS and first != "và" and not (first in fields and nxt in fields)
    return len(words) >= 3 and not verb


# Words that open a clause, never a body's name: tense and aspect, the copula, negation, speech.
_CLAUSE_WORDS = frozenset(load_list("clause_words.txt"))


def _opens_body(title: str, words: list[str]) -> bool:
    """Whether ``title`` ends in a body's bare head or a unit's head, or the words after it start
    with a body's head."""
    return (
        _BODY_HEAD_AT_END.search(title) is not None
        or UNIT_HEAD_END.search(title) is not None
        or (_BODY_HEAD_NEAR_END.search(title) is not None and _lowercase_then_names(words))
        or _BODY_HEAD_AT_START.match(" " + " ".join(words[:3])) is not None
    )


# Up to twelve words (no verb, no quote, no digit) up to the comma, dash or bracket closing an
# apposition, or up to the office it is left for ("ông A, Cục trưởng Cục Quản lý thị trường giữ
# chức Vụ trưởng ...": the appointment lists the old office, then the new one).
_CLOSING = (
    r",|\s[-–—]\s|\)|;| giữ (?:thêm )?chức(?![\w])"
    # ... or what the person says: "ông A, Giám đốc Trung tâm Kiểm soát bệnh tật tỉnh (cũng) cho biết"
    r"| (?:cũng |đã |vừa )?(?:cho biết|cho rằng|khẳng định|nhấn mạnh|chia sẻ|cho hay|yêu cầu|đề nghị"
    # (verbs of speech and leading: "ông A, Giám đốc Sở Giao thông công chính Hà Nội yêu cầu", "do ông B -
    # Phó Chủ tịch Diễn đàn hành động vì môi trường thế giới dẫn đầu")
    r"|thông báo|giải thích|thừa nhận|xác nhận|tiết lộ|trả lời|bày tỏ|nhận định|nhận xét|kiến nghị|dẫn đầu)"
    r"(?![\w])"
    r"| nói(?=[.,:;!?])"
    # ... or the colon of an interview's speaker line: "Ông A, Phó Viện trưởng Viện Vệ sinh y tế công cộng:"
    r"| ?:(?=\s)"
    # ... or the body's short form in brackets: "Phó Chủ tịch Hội nạn nhân chất độc da cam Việt Nam (VAVA)",
    # or any aside in brackets: "Chủ tịch Hội đồng ghép tạng (Bệnh viện quân y 103),"
    r"| \([A-ZĐ][A-ZĐ0-9&-]{1,9}\)| \((?=[^()\n]{2,120}\))"
)
# (a word may hold a dot, slash, "&" or hyphen between letters: "TP.HCM", "da cam/dioxin", "NN&PTNT",
# "ĐH-CĐ")
# ... and a unit's number after its unit word ("tổ trưởng tổ 42,", "trưởng Phòng Công chứng số 1,", "bí thư
# chi bộ cụm 5 phường Bách Khoa,"): up to three digits, no date or figure ("số 1/2006", "tổ 2.000")
_UNIT_NUMBER = (
    r"(?:(?<=tổ )|(?<=số )|(?<=cụm )|(?<=đội )|(?<=ấp )|(?<=khu )|(?<=phố )|(?<=khóm )|(?<=xóm )|(?<=Tổ ))"
    r"\d{1,3}(?![\w/.,]\d)(?![\w])"
)
_APPOSITIVE_WORDS = rf"((?: (?:[^\W\d_]+(?:[./&-][^\W\d_]+)*|{_UNIT_NUMBER})){{1,12}}?)"
_APPOSITIVE = re.compile(rf"{_APPOSITIVE_WORDS}(?={_CLOSING})")
_APPOSITIVE_OR_STOP = re.compile(rf"{_APPOSITIVE_WORDS}(?={_CLOSING}|\.(?:\s|$)|$)")
# (a body's lowercase name after its bare head may be longer: "Liên hiệp khoa học sản xuất ...")
_LONG_APPOSITIVE = re.compile(rf"((?: [^\W\d_]+(?:[./&-][^\W\d_]+)*){{13,16}}?)(?={_CLOSING})")


def _item_start(text: str, pos: int, names: dict[int, _Name], cut_before: dict[int, TitleSpan]) -> int:
    """Where the name of a list item starting at ``pos`` starts: after a rank or honorific, or
    after the item's own title written before the name ("Chủ tịch nước Võ Văn Thưởng")."""
    pos = _skip_rank(text, pos)
    if pos in names:
        return pos
    for start, title in cut_before.items():
        if title.start == pos and start in names:
            return _skip_rank(text, start) if start not in names else start
    return pos


def _skip_rank(text: str, pos: int) -> int:
    """``pos`` past a rank or honorific written there ("Thượng tướng ", "đồng chí ")."""
    rank = _RANK_BEFORE.match(text, pos)
    return rank.end() if rank else pos


def _chain_end(text: str, name: _Name, after: list[TitleSpan]) -> int:
    """Where a name and the chain (or alias, or aside) written after it end."""
    if after:
        return after[-1].end
    return _name_tail_end(text, name)


def _name_tail_end(text: str, name: _Name) -> int:
    """The end of a name with its alias in brackets and an aside of age or birth after it."""
    pos = name.end
    alias = _ALIAS.match(text, pos)
    if alias:
        pos = alias.end()
    aside = _ASIDE.match(text, pos)
    return aside.end() if aside else pos


_OF_BEFORE = re.compile(r"(?<![\w])của\s+$")


def _chain_back(text: str, last: TitleSpan, titles: list[TitleSpan], used: set[int]) -> list[TitleSpan]:
    """The titles chained before ``last`` in its sentence ("T1, T2 - T3" -> [T1, T2] for T3)."""
    out: list[TitleSpan] = []
    walk = last
    sentence = _sentence_start(text, walk.start)
    while True:
        cands = [
            t
            for t in titles
            if sentence <= t.start < walk.start
            and t.end <= walk.start
            and CHAIN_SEP.fullmatch(text, t.end, walk.start)
        ]
        if (
            not cands
            or cands[-1].start in used
            or (
                cands[-1].text in title_heads()
                and _OF_BEFORE.search(text, max(0, cands[-1].start - 8), cands[-1].start)
            )
        ):
            break  # "ý kiến của Thủ tướng, Phó Chủ tịch UBND A": another person's bare title
        walk = cands[-1]
        out.insert(0, walk)
    return out


def _with_lowercase_titles(text: str, names: list[_Name], titles: list[TitleSpan]) -> list[TitleSpan]:
    """Add the titles with a lowercase head written after a name ("A - phó giám đốc Sở Y tế",
    "A, chủ tịch Hội Nông dân", "A được bầu làm phó chủ tịch"): the 2006 press writes them so.
    Only these positions are tried, so a lowercase "chủ tịch" elsewhere is never a title."""
    starts = {t.start: t for t in titles}
    extra: list[TitleSpan] = []
    any_case = title_regex_any_case()
    for name in names:
        pos = _chain_end(text, name, [])
        places = [m.end() for m in (_NAME_SEP.match(text, pos), _OFFICE_VERB.match(text, pos)) if m]
        for at in places:
            for _ in range(8):  # a chain has a few titles; the bound keeps a run-on text cheap
                if at in starts:
                    span = starts[at]
                elif at < len(text) and text[at].islower():
                    match = any_case.match(text, at)
                    kept = trim_dangling(text, at, match.end()) if match else ""
                    whole = match.group(0).rstrip(" -,") if match else ""
                    if kept != whole and _any_case_head().fullmatch(whole):
                        # a head is never a word cut ("trưởng khoa" + "chi dưới", not "trưởng"): the
                        # lowercase words may be its unit's name, which the closed apposition reads
                        kept = whole
                    elif kept and any_case.fullmatch(kept) is None:
                        # trimming cut into the head ("hiệu phó trường" -> "hiệu"): keep the head
                        head = _any_case_head().match(text, at)
                        kept = head.group(0) if head else ""
                    if kept and clean_title(kept) is None:
                        # "TS A, phó trưởng ban nghiên cứu của Thủ tướng Chính phủ, nói"
                        kept = _closed_appositive(text, TitleSpan(kept, at, at + len(kept))).text
                    if not kept or clean_title(kept) is None or title_regex().fullmatch(kept):
                        break
                    span = TitleSpan(kept, at, at + len(kept))
                    extra.append(span)
                    starts[at] = span
                else:
                    break
                # ... or an office given by a verb after the chain ("A - Phó bí thư Đảng ủy tiếp
                # tục giữ chức chủ tịch UBND xã")
                sep = CHAIN_SEP.match(text, span.end) or _OFFICE_VERB.match(text, span.end)
                if not sep:
                    break
                at = sep.end()
    if not extra:
        return titles
    kept_titles = [t for t in titles if not any(e.start <= t.start < e.end for e in extra)]
    return sorted([*kept_titles, *extra], key=lambda t: t.start)


def _after_chain(text: str, name: _Name, by_start: dict[int, TitleSpan], used: set[int]) -> list[TitleSpan]:
    """Titles written after a name: ", Title, Title" or " - Title, Title" (an alias in
    brackets may come first)."""
    tail_end = _name_tail_end(text, name)
    sep = _NAME_SEP.match(text, tail_end)
    if not sep:
        return _glued_chain(text, name, tail_end, by_start, used)
    first = by_start.get(sep.end())
    if first is None or first.start in used:
        return []
    if not _title_text(first):
        # a weak head closed by the apposition: "ông A, Trưởng phòng dự báo của Đài khí tượng, cho biết"
        longer = _closed_appositive(text, first)
        if longer.end == first.end or not _title_text(longer):
            # a bare head chained to a full title: "A - Phó Bí thư, Chủ tịch UBND phường;" (the
            # chain goes on; the bare head itself is no title)
            sep = CHAIN_SEP.match(text, first.end) if _is_bare_head(first.text) else None
            nxt = by_start.get(sep.end()) if sep else None
            if nxt is None or nxt.start in used or not _title_text(nxt):
                return []
            return [first, *_chain_forward(text, nxt, by_start, used)]
        by_start[first.start] = first = longer
    return _chain_forward(text, first, by_start, used)


# "ông A Chủ tịch Ủy ban Mặt trận Tổ quốc và bà B": after "ông", "bà" or "đồng chí", a full title
# with a capital head and a body may follow the name with no comma (not a bare "Giám đốc").
_GLUE_HONORIFIC = re.compile(r"(?<![\w])(?:[Ôô]ng|[Bb]à|[Đđ]ồng chí)\s+$")


def _glued_chain(
    text: str, name: _Name, tail_end: int, by_start: dict[int, TitleSpan], used: set[int]
) -> list[TitleSpan]:
    """The chain right after an honorific's name with only a space between (see above)."""
    if tail_end != name.end or not text.startswith(" ", tail_end) or " " not in name.text:
        return []  # not after a bracket: "ông A (Hà Nam) Phó Giám đốc Sở Nội vụ có mặt"
    first = by_start.get(tail_end + 1)
    if first is None or first.start in used or not first.text[:1].isupper() or _is_bare_head(first.text):
        return []
    if not _title_text(first) or not _GLUE_HONORIFIC.search(text, max(0, name.start - 10), name.start):
        return []
    return _chain_forward(text, first, by_start, used)


def extract_people(body: str, captions: tuple[str, ...] | list[str] = ()) -> tuple[Person, ...]:
    """People named in an article, with their titles, aliases, roles and mention counts.

    Args:
        body: Cleaned body text.
        captions: Photo captions; people found only there have no offsets.

    Returns:
        People in order of first appearance (body first, then captions).
    """
    people: dict[str, _Found] = {}
    _scan(body, True, people)
    for caption in captions:
        _scan(caption, False, people)
    # Merge a person whose name is an alias of another.
    alias_of = {alias: key for key, f in people.items() for alias in f.aliases}
    for alias, key in alias_of.items():
        if alias in people and alias != key:
            other = people.pop(alias)
            people[key].mentions += other.mentions
            for t in other.titles:
                _add_title(people[key], t)
    out = []
    for found in people.values():
        out.append(
            Person(
                name=found.name,
                titles=tuple(found.titles),
                aliases=tuple(found.aliases),
                mentions=max(1, found.mentions),
                roles=tuple(found.roles),
                start=found.start,
                end=found.end,
            )
        )
    return tuple(out)


# Honorifics written right before a given name ("ông Hồng Anh", "chị Lan Anh"): lowercase ones
# before the run (capitalized ones open the run itself).
_HONORIFIC_JUST_BEFORE = re.compile(r"(?<![\w])(?:ông|bà|anh|chị|cô|Ông|Bà|Anh|Chị|Cô) $")


def _anh_last(given: list[str], k: int, text: str, offset: int, opened: bool) -> bool:
    """Whether ``given[k]`` is "Anh" ending a given name written after an honorific ("ông Hồng
    Anh", "Bà Lan Anh", "chị Vân Anh"; ``opened``: a capitalized honorific opens the run): the
    given name, not the honorific "Anh" nor England."""
    return (
        given[k] == "Anh"
        and k == len(given) - 1
        and k > 0
        and given[0] not in _CAP_HONORIFICS
        and (opened or _HONORIFIC_JUST_BEFORE.search(text, max(0, offset - 5), offset) is not None)
    )


# Given names that are also a body's head or word ("Nguyễn Xuân Ban", "Phạm Minh Huân", "Đinh Quang
# Báo", "Lê Xuân Đài", "Lâm Bửu Chánh"), seen last in names after an honorific in VNTC.
_HEAD_LIKE_GIVEN = frozenset({"Ban", "Huân", "Báo", "Chánh", "Đài", "Trường", "Hội"})
# What ends a name there: a clause mark, a dash before the chain, "ở" / "tại" + where the person lives.
_NAME_THEN_STOP = re.compile(r"\s*[,;:.)]|\s+[-–—]\s|\s+(?:ở|tại)\s")


def _honored_name_ending_in_head(text: str, run: str, offset: int) -> _Name | None:
    """A listed family name and one or two given names, the last one of ``_HEAD_LIKE_GIVEN``, right
    after an honorific and before a clause mark, a dash, "ở" or a speech verb: "ông Hà Ban cho rằng",
    "Theo ông Đinh Quang Báo - Hiệu trưởng" (a body's head after a name would have its name after it)."""
    tokens = run.split(" ")
    skip = 1 if tokens[0] in _CAP_HONORIFICS and tokens[0] != "Đồng" else 0
    if not skip and _HONORIFIC_JUST_BEFORE.search(text, max(0, offset - 5), offset) is None:
        return None
    given = tokens[skip + 1 :]
    if tokens[skip : skip + 1] == [] or tokens[skip] not in surnames() or not 1 <= len(given) <= 2:
        return None
    if any(t in _NOT_GIVEN for t in given[:-1]) or fold(" ".join(tokens[skip:])) in folded_places():
        return None
    end = offset + len(run)
    if not (_NAME_THEN_STOP.match(text, end) or _SPEECH.match(text, end)):
        return None
    begin = offset + len(" ".join(tokens[:skip])) + (1 if skip else 0)
    return _Name(begin, end, text[begin:end])


def _opened_run(text: str, run: str, offset: int) -> bool:
    """Whether a run that opens with a listed, less common family name ("Hà", "Quách") and holds a
    common one later ("Lê") comes right after a lowercase honorific or a title head: the first one
    starts the name ("anh Hà Lê Hữu Thành", "Tổng thanh tra Quách Lê Thanh"), no end of a place."""
    first = run.split(" ", 1)[0]
    if first not in surnames() or first in _MAJOR or first in _CAP_HONORIFICS:
        return False
    if _HONORIFIC_JUST_BEFORE.search(text, max(0, offset - 5), offset) is not None:
        return True
    return _may_be_cued(text, offset) and _strong_cue().search(text, max(0, offset - 30), offset) is not None


# The lowercase second syllable of a hyphenated Korean or Chinese given name: "Park Noh-wan", "Moon
# Jae-in", "Seo Sang-moon", "Hung Ming-yu" (two to five Latin letters, then no word goes on).
_ROMANIZED_PART = re.compile(r"-[a-z]{2,5}(?![\w-])")


def _korean_part(text: str, name: _Name) -> re.Match[str] | None:
    """The lowercase hyphenated part after a name of two or three words, one of its words or the
    part foreign ("Yee-ho" looks Vietnamese, "Ock" does not; "in" of "Jae-in" is a syllable)."""
    if " " not in name.text or name.text.count(" ") > 2:
        return None
    part = _ROMANIZED_PART.match(text, name.end)
    if part is None or not any(_foreign_word(w) for w in (*name.text.split(" "), part.group(0)[1:])):
        return None
    return part


def _name_before_head_in_run(text: str, run: str, offset: int) -> _Name | None:
    """A name after an honorific whose title follows it with no comma, so that one capitalized run
    holds both: "Ông Từ Huê Long Chủ tịch Ủy ban", "ông Nguyễn Văn Giàu Giám đốc Sở NNPTNT", "bà
    Christina Chan Giám đốc khu vực" (the name is the run up to the title head)."""
    tokens = run.split(" ")
    skip = 1 if tokens[0] in _CAP_HONORIFICS and tokens[0] != "Đồng" else 0
    if len(tokens) < skip + 3:
        return None
    if not skip and _HONORIFIC_JUST_BEFORE.search(text, max(0, offset - 5), offset) is None:
        return None
    for i in range(skip + 2, min(len(tokens), skip + 5)):
        pos = offset + len(" ".join(tokens[:i])) + 1
        if tokens[i] in _NOT_GIVEN and _any_case_head().match(text, pos):
            sub = " ".join(tokens[:i])
            name, _ = _name_in_run(sub, offset)
            if name is None:
                name = _cued_name(text, sub, offset)
            return name if name is not None and name.end == offset + len(sub) else None
    return None
