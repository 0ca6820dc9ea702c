"""Position titles ("Ủy viên Bộ Chính trị", "Phó Bí thư Thường trực Thành ủy").

A title is built from a small grammar::

    [nguyên | Quyền] [Phó] HEAD ORGANIZATION-TAIL

HEAD comes from ``data/title_heads.txt`` ("Bí thư", "Chủ tịch", "Trưởng ban"...).
The tail is a run of capitalized syllables, each optionally followed by one lowercase
syllable from ``data/name_syllables.txt`` (Vietnamese capitalizes only the first
syllable of each word of a name: "Ban Kinh tế Trung ương"), known full organization
names (which may contain commas or several lowercase words), and a few lowercase words
that occur inside body names ("nhân dân", "tối cao", "các cơ quan", "tỉnh"). Predicates
("phát biểu", "cho biết", "dự", "nhấn mạnh") are not in that list, so trailing verbs
stay out of titles.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache

from transforms.clean.normalize import fold
from transforms.extract.gazetteer import (
    ACRONYM,
    CAP_SYL,
    LOWER,
    UPPER,
    alternation,
    alternation_any_case,
    body_heads,
    bounded,
    compile_cached,
    countries,
    folded_places,
    load_list,
    name_syllables,
    one_space,
    organization_names,
    place_names,
    title_heads,
)

# Lowercase syllables that start a predicate or a function phrase after a title or a name.
# A title followed by any other lowercase syllable was cut inside a word ("Công ty Xăng"
# + "dầu"), so its last word is dropped rather than kept garbled.
PREDICATE_STARTS = frozenset(load_list("predicate_starts.txt"))
_DANGLING = re.compile(r" ([^\W\d_]+)")
# The capitalized two-syllable name of a unit after its level ("huyện Hồng Dân", "tỉnh Bình Định").
UNIT_NAME_END = re.compile(
    rf"(?:huyện|tỉnh|xã|phường|quận|thành phố|thị xã|thị trấn|TP|ủy) {UPPER}{LOWER}* {UPPER}{LOWER}*$"
)
# Lowercase words that do occur inside body names in titles.
INNER_WORDS = (
    "Tổng công ty",
    "tổng công ty",
    "công ty",
    "chỉ huy",
    "nhân dân",
    "tối cao",
    "các cơ quan",
    "cơ quan",
    "cán sự đảng",
    "cán sự",
    "đảng đoàn",
    "đảng",
    "nhà nước",
    "nước",
    "tỉnh",
    "thành phố",
    "huyện",
    "quận",
    "thị xã",
    "thị trấn",
    "xã",
    "phường",
    "khối",
    "ủy",
    "quốc gia",
    "quốc tế",
    "dự khuyết",
    "đặc mệnh toàn quyền",
    "đại biểu",
    # the constituency of a delegation ("Trưởng Đoàn Đại biểu Quốc hội đơn vị tỉnh Tiền Giang")
    "đơn vị tỉnh",
    "đơn vị thành phố",
    "chi bộ",
    "thường trực",
    "thường vụ",
    # lowercase words of 2006-style and formal names ("Ban dân vận trung ương",
    # "Cộng hòa xã hội chủ nghĩa Việt Nam", "Phó Chủ tịch thứ nhất", "Tiểu ban nhân sự")
    "dân vận",
    "tuyên giáo",
    "trung ương",
    "xã hội chủ nghĩa",
    "Xã hội chủ nghĩa",
    "thứ nhất",
    "nhân sự",
    "dân tộc",
    "viễn thông",
    "đồng bằng sông Cửu Long",
    "đồng bằng sông Hồng",
    "phe đối lập",
    "bang",
    # 2006-style lowercase committees ("Bí thư thành ủy TP HCM")
    "tỉnh ủy",
    "thành ủy",
    "huyện ủy",
    "quận ủy",
    "thị ủy",
    "đảng ủy",
    # foreign bodies and diplomats ("Thủ tướng Chính phủ nước Cộng hòa Dân chủ Nhân dân Lào",
    # "Bí thư thứ ba Đại sứ quán Mông Cổ tại Việt Nam")
    "nước Cộng hòa Dân chủ Nhân dân",
    "Cộng hòa Dân chủ Nhân dân",
    "Cộng hòa nhân dân",
    "Cộng hòa",
    "Đại sứ quán",
    "tại Việt Nam",
    "thứ hai",
    "thứ ba",
    "chữ thập đỏ",
    "Đoàn luật sư",
    "Ngoại giao",
    # case variants of bodies' names ("Ủy viên Ban chấp hành Trung ương Đảng")
    "Ban chấp hành",
    "Đại biểu",
    # members' associations ("Chủ tịch Hội Nhà báo Việt Nam", "Hội Luật gia")
    "Nhà báo",
    "Nhà văn",
    "Luật gia",
    "Ban thường vụ",
    "Ban chỉ đạo",
    "Cựu chiến binh",
    # "không" starts a predicate ("không đồng ý"), but not in aviation's name ("Cục Hàng không")
    "Hàng không",
    "hàng không",
)
# Heads that are no title without an organization after them.
WEAK_HEADS = frozenset(
    {
        "ủy viên",
        "thường trực",
        "thường vụ",
        "trưởng",
        "thư ký",
        "người phát ngôn",
        "đại sứ",
        "bí thư",
        "trưởng ban",
        "trưởng phòng",
        "trưởng đoàn",
        "trưởng khoa",
        "phát ngôn viên",
        "trợ lý",
        "trưởng trạm",
        "trạm trưởng trạm",
        "đội trưởng",
        "đội phó",
        "uv",
        "thủ lĩnh",
        "thủ hiến",
        "tổng thư ký",
        "chánh văn phòng",
        "viện phó",
        "cục phó",
        "vụ phó",
        "sở phó",
        "ban",
        "phòng",
    }
)
# Term qualifiers that belong to the title before them ("Chủ tịch UBND tỉnh khóa XVIII",
# "Trưởng đoàn đại biểu Quốc hội khóa XV tỉnh Ninh Bình", "nhiệm kỳ 2020 - 2025").
QUALIFIERS = (
    r"(?:khóa|Khóa){SP}(?:[IVXLC]+|\d{{1,2}})(?![\w])",
    r"(?:các{SP})?(?:nhiệm kỳ|Nhiệm kỳ){SP}\d{{4}}(?:{SP})?[-–](?:{SP})?\d{{4}}(?![\w])"
    # several terms: "các nhiệm kỳ 2011-2016, 2016-2021"
    r"(?:(?:{SP})?(?:,|và)(?:{SP})?\d{{4}}(?:{SP})?[-–](?:{SP})?\d{{4}}(?![\w]))*",
)
# A head that names its unit in lowercase: "Trưởng phòng", "phó ban", "Trưởng khoa" (the 2006 press
# writes the unit's name after it in lowercase: "Trưởng phòng dự báo hạn ngắn", "Trưởng ban dân nguyện").
UNIT_HEAD_END = re.compile(r"(?<![\w])(?:[Tt]rưởng|[Pp]hó) (?:phòng|ban|khoa|trạm)$")
# Bodies numbered after their name ("Tư lệnh Quân khu 1", "Chủ tịch UBND quận 3", "Lữ đoàn 125": up to
# three digits).
NUMBERED = (
    "Quân khu",
    "Quân đoàn",
    "Sư đoàn",
    "Lữ đoàn",
    "Trung đoàn",
    "Binh đoàn",
    "Hải đoàn",
    "Vùng",
    "Quận",
    "quận",
    "Phường",
    "phường",
    "Khu vực",
    "khu vực",
)

SP = r"[ ]+"
# Inner phrases of two syllables or more, longest first (a cut after one drops it whole).
_LONG_INNER = tuple(sorted({w.lower() for w in INNER_WORDS if " " in w}, key=len, reverse=True))


def _head_rests() -> list[tuple[str, str]]:
    """Title heads, longest first, each with the regex source of its letters after the first."""
    heads = sorted(title_heads(), key=lambda h: (-len(h), h))
    return [(h, re.escape(h[1:]).replace(r"\ ", SP)) for h in heads]


def _head_patterns() -> tuple[str, str]:
    """Head alternations: first letter as written, and fully case-insensitive (after "Phó")."""
    heads = _head_rests()
    cap_first = "|".join(re.escape(h[0]) + "(?i:" + rest + ")" for h, rest in heads)
    any_case = "|".join(re.escape(h).replace(r"\ ", SP) for h, _ in heads)
    return f"(?:{cap_first})", f"(?i:{any_case})"


@cache
def name_word() -> str:
    """Regex source of one word of a name: a capitalized syllable or acronym, and optionally
    one lowercase syllable that can continue a word in a name ("Kinh tế", "Đảng ủy")."""
    syllables = alternation(name_syllables(), flexible_space=False)
    # a syllable that starts an inner phrase is left to it ("Viện Lúa" + "đồng bằng sông Cửu Long")
    phrase = "(?!đồng bằng |nhân dân(?![\\w])|dân tộc(?![\\w])|dân vận(?![\\w]))"
    # any other lowercase syllable that starts no predicate, when a capitalized word follows it
    # ("Ban Thống nhất Trung ương", "Phát triển Nông thôn Lê Huy Ngọ")
    # (the cheap look-ahead first: most lowercase syllables are followed by another one)
    predicate = alternation(PREDICATE_STARTS, flexible_space=False)
    other = rf"(?={LOWER}+{SP}{UPPER})(?!{predicate}(?![\w])){LOWER}+(?![\w'])"
    return rf"(?:{ACRONYM}|{CAP_SYL}(?:{SP}{phrase}(?:{syllables}(?![\w])|{other}))?)"


@cache
def ranks() -> tuple[str, ...]:
    """Military and police ranks ("Thượng tướng", "Đại tá"), from ``data/ranks.txt``."""
    return load_list("ranks.txt")


@cache
def tail_stop() -> str:
    """What may not follow "và" or a dash inside a title or a body's name: the next title
    ("- Bí thư Tỉnh ủy", "và Phó Chủ tịch"), a rank or honorific ("và Thượng tướng B"),
    or the next body ("UBND TP HCM và Bộ Giao thông vận tải", "Hà Nội và UNESCO").

    Only ever read in a negative look-ahead, where only whether it matches counts: an entry that
    is another entry of its list and more words ("Bộ Chính trị" after "Bộ", "Chủ tịch nước" after
    "Chủ tịch") matches nowhere the shorter one does not, and is left out (a third of the source;
    it is in every title and body regex, perfcompile)."""
    heads = [head for head, _ in _head_rests()]
    head_any = "|".join(re.escape(h).replace(r"\ ", SP) for h in _no_longer_words(heads, str.lower))
    head_cap = "|".join(
        re.escape(h[0]) + "(?i:" + re.escape(h[1:]).replace(r"\ ", SP) + ")"
        for h in _no_longer_words(heads, lambda h: h[0] + h[1:].lower())
    )
    words = alternation(
        _no_longer_words(
            (*ranks(), *body_heads(), *organization_names(), "Ông", "Bà", "Đồng chí", "Quyền", "Nguyên"), str
        )
    )
    return rf"(?:Phó{SP}(?i:{head_any})(?![\w])|(?:{head_cap})(?![\w])|{words}(?![\w]))"


def _no_longer_words(entries: Iterable[str], key: Callable[[str], str]) -> list[str]:
    r"""``entries`` (one of each ``key``) less those that are another entry then a space and more:
    where such an entry matches, followed by ``(?![\w])``, the other one matches too. ``key`` says
    which entries read the same text (``str.lower`` for a case-insensitive context)."""
    keys: dict[str, str] = {}
    for entry in entries:
        keys.setdefault(key(entry), entry)
    return [
        entry
        for folded, entry in keys.items()
        if not any(folded[:at] in keys for at, char in enumerate(folded) if char == " ")
    ]


def of_body_source(org: str) -> str:
    """ "của" and the body a title or body belongs to ("Ban Tôn giáo của Chính phủ", "của QH")."""
    return rf"của{SP}(?:{org}(?![\w])|{ACRONYM}|Thủ{SP}tướng(?:{SP}Chính{SP}phủ)?|(?:Tỉnh|Thành|Huyện){SP}ủy)"


@cache
def countries_and_places() -> tuple[str, ...]:
    """Countries and places as written, for "tại <country>" after a diplomat's title."""
    return (*countries(), *place_names())


def tail_token_source(word: str, inner: str, org: str, qualifiers: bool = True) -> str:
    """One token of a body's name after its head: a listed body, an inner lowercase word, a
    name word, a numbered body ("Quân khu 1"), "của" + a body ("của Chính phủ"), a term
    qualifier, "và" + a capitalized word, or a dash joining two words ("Thi đua-Khen thưởng",
    "Bộ Văn hóa - Thông tin"); never "và" or a dash before the next title or body."""
    stop = tail_stop()
    numbered = alternation(NUMBERED)
    # a title holds its term ("Chủ tịch UBND tỉnh khóa XVIII"); a body's name does not
    terms = "|".join(q.format(SP=SP) for q in QUALIFIERS) + "|" if qualifiers else ""
    if qualifiers:
        # where a diplomat or representative serves: "Đại sứ Việt Nam tại Nhật Bản"
        terms += rf"tại{SP}{alternation(countries_and_places())}(?![\w])|"
    # a number right after a numbered unit's word ("Đảng bộ Quân khu 3": "Quân khu" read as a word)
    after_unit = "(?:(?<=khu )|(?<=đoàn )|(?<=Vùng )|(?<=Quận )|(?<=quận )|(?<=Phường )|(?<=phường ))"
    # an acronym joined by "&" ("Sở TT&TT", "Sở KH&ĐT", "Công ty CT&D")
    amp = rf"{UPPER}{{1,4}}&{UPPER}{{1,4}}(?![\w'])"
    # Written so that ``org`` and ``stop`` (the biggest parts) occur once each: the same matches,
    # in the same order, as ``org(?![\w])|...|word|of_body_source(org)|và(?=SP UPPER)(?!SP stop)
    # |[-–](?:SP)?(?!stop)word``, for a third less source to parse and compile (the first articles,
    # perfcompile). No alternative between ``org`` and the "của" one can match at "của" (nor an
    # ``org`` entry start with it); a dash's word can follow only all its spaces, and a space starts
    # no ``stop``, so one look-ahead past all the spaces serves both "và" and the dash.
    of_rest = rf"của{SP}(?:{ACRONYM}|Thủ{SP}tướng(?:{SP}Chính{SP}phủ)?|(?:Tỉnh|Thành|Huyện){SP}ủy)"
    return (
        rf"(?:{after_unit}\d{{1,3}}(?![\w/.,]\d)(?![\w])|{amp}|{numbered}{SP}\d{{1,3}}(?![\w/.,]\d)(?![\w])"
        rf"|(?:của{SP})?{org}(?![\w])|{terms}{inner}(?![\w])|{word}|{of_rest}"
        rf"|(?:và(?={SP}{UPPER})|[-–])(?=[ ]*(?![ ]|{stop}))(?:(?<=và)|(?<!và)[ ]*{word}))"
    )


# Words before a title: "nguyên" (former), "Quyền" (acting), "cựu" (ex-), "cố" (the late).
TITLE_PREFIXES = ("nguyên", "Nguyên", "Quyền", "quyền", "cựu", "Cựu", "cố", "Cố")
_PREFIXES = "(?:" + "|".join(TITLE_PREFIXES) + ")"


@cache
def tail_bodies() -> str:
    """The listed bodies and the many-word body heads a title's tail may hold, each word after the
    first in any case: the press writes "Mặt trận tổ quốc", "Bộ chỉ huy quân sự", "Ban quản lý",
    "Tổng hội" as often as the listed case, and the title must read the same (issue 9). The first
    letter stays literal (a capital: no lowercase verb-like "ban" starts a body in a title)."""
    return alternation_any_case((*organization_names(), *_cased_body_heads()))


@cache
def _cased_body_heads() -> tuple[str, ...]:
    """The body heads whose listed form capitalizes a word after the first ("Mặt trận Tổ quốc", "Ban
    Quản lý"): the ones the press also writes in lowercase. (A head listed in lowercase after its first
    word, "Nhà máy", "Câu lạc bộ", is read by the name's words or the people extractor already.)"""
    return tuple(h for h in body_heads() if " " in h and any(w[:1].isupper() for w in h.split()[1:]))


@cache
def title_source(any_case: bool = False) -> str:
    """The regex source of one title (no anchors), shared with the people extractor.

    Args:
        any_case: Accept a lowercase head ("phó giám đốc Sở Y tế"), as the 2006 press writes
            titles after a name; only matched at positions the people extractor chooses.
    """
    inner = alternation(INNER_WORDS)
    org = tail_bodies()
    tail_token = tail_token_source(name_word(), inner, org)
    tail = rf"(?:(?:{SP}|(?=[-–]))(?:{tail_token}))*"
    return _start_source(any_case) + tail


def first_letter_branches(alternatives: Iterable[tuple[str, str]]) -> str:
    """An alternation of ``literal + source`` alternatives, written with one branch per first letter.

    Same matches as ``(?:l1 s1|l2 s2|...)`` (the order is kept among the alternatives of one
    letter; alternatives of different first letters never match at the same position), but every
    branch starts with a literal, so ``re`` skips to the positions of those letters. A nested
    group first, or a look-ahead on the first letters, defeats that skip (perf-people).

    Args:
        alternatives: (literal start, regex source after it) pairs, in the order to try them.

    Returns:
        A non-capturing group source.
    """
    by_letter: dict[str, list[str]] = {}
    for literal, source in alternatives:
        by_letter.setdefault(literal[0], []).append(re.escape(literal[1:]) + source)
    return "(?:" + "|".join(re.escape(k) + "(?:" + "|".join(v) + ")" for k, v in by_letter.items()) + ")"


def title_head_source(any_case: bool = False) -> str:
    """Regex source of the prefix and head of a title alone (no tail).

    Args:
        any_case: Accept a lowercase head ("hiệu phó").
    """
    return _start_source(any_case)


def _start_source(any_case: bool = False) -> str:
    """Prefix ("nguyên", "cựu", "Quyền"...) and head of a title, without the organization tail."""
    head_cap, head_any = _head_patterns()
    first = head_any if any_case else head_cap
    vice = "(?i:phó)" if any_case else "Phó"
    head = rf"(?:(?i:phó){SP}{head_any}(?![\w])|{first}(?![\w]))"
    if any_case:
        # = "PREFIX SP head | (?i:phó) SP head_any(?![\w]) | head_any(?![\w])" (its last two are ``head``)
        return rf"(?:{_PREFIXES}{SP})?{head}"
    # the same alternation, every branch starting with a literal letter: re's fast prefix skip
    # (x2.5 on VNTC bodies than a look-ahead on the first letters, perf-people)
    branches = first_letter_branches(
        [
            *((prefix, SP) for prefix in TITLE_PREFIXES),
            (vice, rf"{SP}{head_any}(?![\w])"),
            # "phó" in lowercase before a head written capitalized ("phó Chủ tịch UBND tỉnh A"): the
            # same title, not its head alone (a lowercase head after it is left to the people extractor)
            ("phó", rf"{SP}{head_cap}(?![\w])"),
            *((letter, rf"(?i:{'|'.join(rests)})(?![\w])") for letter, rests in _heads_by_letter().items()),
        ]
    )
    # A prefix's branch ends in a space, a head's in a letter: the head after a prefix is written
    # once, not once per prefix (the same matches, a quarter of the source; perfcompile).
    return rf"{branches}(?:(?<=[ ]){head}|(?<![ ]))"


def _heads_by_letter() -> dict[str, list[str]]:
    """The letters after the first of the title heads, longest first, by first letter."""
    out: dict[str, list[str]] = {}
    for head, rest in _head_rests():
        out.setdefault(head[0], []).append(rest)
    return out


@cache
def _head_regex() -> re.Pattern[str]:
    """Prefix and head of a title, without the organization tail."""
    return compile_cached(_start_source())


@cache
def title_regex() -> re.Pattern[str]:
    """Compiled title regex."""
    return compile_cached(title_source())


@cache
def title_regex_any_case() -> re.Pattern[str]:
    """Compiled title regex accepting a lowercase head (used right after a name)."""
    return compile_cached(title_source(any_case=True))


# Separators between titles of one chain: a comma, or "kiêm" ("Phó Thủ tướng kiêm Bộ trưởng", also
# ", kiêm" and "kiêm nhiệm": the comma alternative tries "kiêm" itself, as it matches first).
# Also a dash ("T1 - T2"), and a remark in brackets before the comma ("Phó Bí thư Đảng ủy Quân sự
# Trung ương (nay là Quân ủy Trung ương), nguyên Bộ trưởng").
CHAIN_SEP = re.compile(
    r"\s*,\s*(?:đồng thời(?: là)?\s+|đương kim\s+|kiêm(?: nhiệm)?\s+)?"
    r"|\s+kiêm(?: nhiệm)?\s+|\s*[–—]\s*|\s+-\s+|\s*,?\s*[-–—]\s+"
    r"|\s*\((?:nay là|nay|trước đây là|tức)[^()\n]{1,60}\)\s*,\s*"
)


@dataclass(frozen=True)
class TitleSpan:
    """One title found in a text."""

    text: str
    start: int
    end: int


_FORMER = re.compile(r"^(?:nguyên|quyền|cựu|cố)\s+")  # compiled once: clean_title runs ~6 times an article
_DEPUTY = re.compile(r"^phó\s+")


def clean_title(text: str) -> str | None:
    """Trim a matched title and reject titles that are only a weak head.

    Args:
        text: Title as matched.

    Returns:
        The title with trailing separators removed, or None when it is no title.
    """
    text = text.strip(" -,")
    text = one_space(text)
    bare = _FORMER.sub("", text.lower())
    bare = _DEPUTY.sub("", bare)
    if not text or bare in WEAK_HEADS or text.lower() in {"phó", "nguyên", "cựu", "cố"}:
        return None
    return text


def find_titles(text: str) -> list[TitleSpan]:
    """All titles in a text, left to right, non-overlapping.

    Args:
        text: Cleaned text.

    Returns:
        Title spans; names that a title's tail may have swallowed ("Bí thư Đảng ủy
        Khối Sơn Minh Thắng") are cut off later by the people extractor.
    """
    spans = []
    reached = 0
    for match in bounded(title_regex(), text):
        if match.start() < reached:
            continue  # inside a title run on over a list of fields
        end = _listed_fields_end(text, match.end())
        if end != match.end():
            # "Ủy viên Ủy ban Đối ngoại, Quốc phòng và An ninh": one body named by its fields
            spans.append(TitleSpan(text[match.start() : end], match.start(), end))
            reached = end
            continue
        fields_end = _field_tail_end(text, match.end())
        if fields_end != match.end() and _title_head_only(text[match.start() : match.end()]) is False:
            spans.append(TitleSpan(text[match.start() : fields_end], match.start(), fields_end))
            reached = fields_end
            continue
        stripped = trim_dangling(text, match.start(), match.end())
        whole = match.group(0).rstrip(" -,")
        if stripped != whole and _title_head_only(whole):
            # a head is never a word cut ("Trưởng ban" + "dân nguyện", not "Trưởng"): the lowercase
            # words may be its unit's name, which the people extractor reads
            stripped = whole
        elif title_regex().fullmatch(stripped) is None:
            # trimming cut into the head ("Bí thư thành đoàn" -> "Bí"): keep the untrimmed head
            head = _head_regex().match(text, match.start())
            stripped = head.group(0) if head else ""
        if stripped:
            end = _unit_number_end(text, stripped, match.start() + len(stripped))
            spans.append(TitleSpan(text[match.start() : end], match.start(), end))
    return _with_steering_subjects(text, _joined_aides(text, _with_superior_bodies(text, spans)))


# A steering committee named by what it fights ("Trưởng Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh",
# "Phó Trưởng ban Chỉ đạo Trung ương về phòng, chống tham nhũng, lãng phí, tiêu cực"): the comma of
# "phòng, chống" and of the list of evils cut the title at "phòng" or before it. The evils are
# lowercase words (not a predicate start) or a code ("COVID-19", "HIV/AIDS"), joined by a space, ", "
# or " và "; then a level word and up to three capitalized syllables may name the committee's place.
_STEERING_TITLE = re.compile(
    r"(?:(?:Phó|phó) )?(?:[Tt]rưởng [Bb]an|[Tt]hành viên|[ỦUủu][yỷ] viên|[Pp]hó [Tt]rưởng [Bb]an)"
    r" [Cc]hỉ đạo(?: (?:Trung ương|[Qq]uốc gia|tỉnh|thành phố|huyện))?(?: về)? phòng,? chống"
)
_EVIL_WORD = re.compile(rf" ({LOWER}+|[A-ZĐ][A-Za-zĐ]*(?:[-/][A-Za-z0-9]+)+|[A-ZĐ]{{2,}})(?![\w'])")
_EVIL_JOIN = re.compile(r",(?= )| và(?= )")
_STEERING_PLACE = re.compile(
    rf" (?:(?:tỉnh|thành phố|huyện|quận|xã|phường|thị xã)(?: {CAP_SYL}){{0,3}}"
    rf"|TP\.? ?(?:{ACRONYM}|{CAP_SYL}(?: {CAP_SYL}){{0,2}}))(?![\w'])"
)


def _steering_end(text: str, pos: int) -> int:
    """The end of a steering committee's list of evils that starts at ``pos`` (after "chống")."""
    end = pos
    words = 0
    while words < 12:
        join = _EVIL_JOIN.match(text, end)
        at = join.end() if join and words else end
        word = _EVIL_WORD.match(text, at)
        if word is None or word.group(1) in _STEERING_STOPS:
            break
        if word.group(1) in PREDICATE_STARTS:
            pair = _EVIL_WORD.match(text, word.end())
            if pair is None or f"{word.group(1)} {pair.group(1)}" not in _steering_evils():
                break
            word = pair
            words += 1
        end = word.end()
        words += 1
    if words == 0:
        return pos
    place = _STEERING_PLACE.match(text, end)
    return place.end() if place else end


# Lowercase words that end the list of evils rather than name one (the place's level is read after it).
_STEERING_STOPS = frozenset(
    {"tỉnh", "thành", "huyện", "quận", "xã", "phường", "thị", "năm", "của", "trên", "tại", "TP"}
)


@cache
def _steering_evils() -> frozenset[str]:
    """Evils whose first syllable is a predicate start (``data/steering_evils.txt``)."""
    return frozenset(load_list("steering_evils.txt"))


def _with_steering_subjects(text: str, spans: list[TitleSpan]) -> list[TitleSpan]:
    """Spans with a steering committee's title read to the end of its list of evils (see above)."""
    if "chống" not in text or "hỉ đạo" not in text:
        return spans  # the cheap literal tests first ("Chỉ đạo", "chỉ đạo")
    out = spans
    for match in _STEERING_TITLE.finditer(text):
        end = _steering_end(text, match.end())
        if end == match.end():
            continue
        start = match.start()
        head = next((s for s in out if s.start <= start < s.end), None)
        if head is not None and head.start < start and not text[head.start : start].rstrip().endswith(","):
            start = head.start  # "Phó" or a prefix before the head's word, kept with it
        out = [s for s in out if s.end <= start or s.start >= end]
        out.append(TitleSpan(text[start:end], start, end))
        out.sort(key=lambda s: s.start)
    return out


# A military unit named by words and then numbered ("Tư lệnh Vùng Cảnh sát biển 1", "Giám đốc Trung tâm
# tìm kiếm cứu nạn hàng hải khu vực 2"): the number after the name, closed by punctuation, a capital or
# a verb (not a count: "quận Tân Bình 2 năm qua").
_UNIT_WORDS_THEN_NUMBER = re.compile(
    r"(?<![\w])(?:Vùng|Quân khu|Quân đoàn|Sư đoàn|Lữ đoàn|Trung đoàn|Binh đoàn|Hải đoàn|Khu vực|khu vực)"
    r" \S+(?: \S+){0,4}$"
)
_NUMBER_AFTER = re.compile(r" (\d{1,3})(?![\w/.,]\d)(?![\w])(?=[,.;:)\n]| [-–] | [A-ZĐ]| ([^\W\d_]+)|$)")


# What a number before it counts ("3 năm liền"): then the number is no unit's.
_COUNTED = frozenset({"năm", "tháng", "ngày", "tuần", "lần", "người", "tuổi", "giờ", "đợt", "khóa"})


def _unit_number_end(text: str, title: str, end: int) -> int:
    """``end`` moved past the number of a unit named by words before it (see above)."""
    if not text.startswith(" ", end) or not text[end + 1 : end + 2].isdigit():
        return end
    if _UNIT_WORDS_THEN_NUMBER.search(title) is None:
        return end
    match = _NUMBER_AFTER.match(text, end)
    word = match.group(2) if match else None
    if match is None or (word is not None and (word not in PREDICATE_STARTS or word in _COUNTED)):
        return end
    return match.end(1)


# A sub-unit in a title ("Trưởng Khoa Ngữ văn", "Trưởng phòng Tổ chức") and, after a dash, the
# body it belongs to ("- trường ĐH Sư phạm Huế", "- Bệnh viện Bạch Mai").
# A department with a code name belongs to its ministry too: "Phó cục trưởng Cục C50 - Bộ Công an".
_SUB_UNIT = re.compile(r"(?i:khoa|phòng|bộ môn|trung tâm|tổ)\s")
_CODE_THEN_DASH = re.compile(r" [A-ZĐ]\d{1,3} ?[-–] ")
_SUPERIOR = "(?:[Tt]rường|Đại học|ĐH|Học viện|Bệnh viện|Viện|Sở|Cục|Công ty|Bộ(?! trưởng))"
_SUPERIOR_HEAD = re.compile(rf" ?[-–] ?{_SUPERIOR}")


@cache
def _superior_after_dash() -> re.Pattern[str]:
    """A dash and the body a sub-unit belongs to, with its name's tail."""
    inner = alternation(INNER_WORDS)
    org = alternation(organization_names())
    tail = rf"(?:(?:{SP}|(?=[-–]))(?:{tail_token_source(name_word(), inner, org, qualifiers=False)}))*"
    # (the sub-unit's name may end in a lowercase syllable the tail left out: "Khoa Điêu khắc")
    return compile_cached(
        rf"((?: (?:{LOWER}+|{UPPER}\d{{1,3}})(?![\w'])){{0,2}}) ?[-–] ?{_SUPERIOR}(?![\w]){tail}"
    )


def _with_superior_bodies(text: str, spans: list[TitleSpan]) -> list[TitleSpan]:
    """Extend a title naming a sub-unit by the body after a dash: "Trưởng Khoa Ngữ văn - trường
    ĐH Sư phạm Huế" (one title); the body must have a name after its head."""
    if " - " not in text and " – " not in text:
        return spans
    out: list[TitleSpan] = []
    reached = 0
    for span in spans:
        if span.start < reached:
            continue
        sub_unit = _SUB_UNIT.search(span.text) or (
            span.text.endswith(("Cục", "cục")) and _CODE_THEN_DASH.match(text, span.end)
        )
        match = _superior_after_dash().match(text, span.end) if sub_unit else None
        if match is not None:
            kept = trim_dangling(text, match.start(), match.end())
            head = _SUPERIOR_HEAD.match(kept, len(match.group(1)))
            if head is not None and len(kept) > head.end():
                end = match.start() + len(kept)
                span = TitleSpan(text[span.start : end], span.start, end)
                reached = end
        out.append(span)
    return out


# A bare head and, after a dash, the aide's office it is held as: "Vụ trưởng - Thư ký Bộ trưởng",
# "Phó Vụ trưởng - Trợ lý Phó Thủ tướng" (one title: the head names the rank, the rest the post).
_AIDE_GAP = re.compile(r" ?[-–] ?")


def _joined_aides(text: str, spans: list[TitleSpan]) -> list[TitleSpan]:
    """Join a bare head to the aide's title after a dash (see ``_AIDE_GAP``)."""
    if "Thư ký" not in text and "Trợ lý" not in text:
        return spans
    out: list[TitleSpan] = []
    for span in spans:
        last = out[-1] if out else None
        if (
            last is not None
            and _AIDE_GAP.fullmatch(text, last.end, span.start)
            and _title_head_only(last.text)
            and text.startswith(("Thư ký ", "Trợ lý "), span.start)
            and not _title_head_only(span.text)
        ):
            out[-1] = TitleSpan(text[last.start : span.end], last.start, span.end)
            continue
        out.append(span)
    return out


@cache
def field_words() -> frozenset[str]:
    """Lowercase syllables of the fields bodies are named by (``data/field_words.txt``)."""
    return frozenset(load_list("field_words.txt"))


@cache
def _field_tail() -> re.Pattern[str]:
    """A body's field in lowercase after a title's capitalized word, and the rest of the tail, up to
    punctuation or a capitalized word ("Phó phòng Quản lý đô thị quận 10,")."""
    field = alternation(field_words(), flexible_space=False)
    inner = alternation(INNER_WORDS)
    org = alternation(organization_names())
    tail = rf"(?:(?:{SP}|(?=[-–]))(?:{tail_token_source(name_word(), inner, org)}))*"
    verb = alternation(PREDICATE_STARTS, flexible_space=False)
    # two syllables at least, the first no verb: "Chủ tịch UBND tỉnh giao Sở Tài chính" is a clause
    return compile_cached(
        rf" (?!(?:{verb})(?![\w]))(?:{field})(?![\w'])(?: (?:{field})(?![\w'])){{1,5}}{tail}"
        rf"(?=[,;.:)\n]| [-–] | {UPPER}|$)"
    )


def _field_tail_end(text: str, end: int) -> int:
    """Where a title ending at ``end`` ends when a lowercase field follows it, else ``end``."""
    if end >= len(text) or text[end] != " " or not text[end - 1 : end].isalpha():
        return end
    match = _field_tail().match(text, end)
    return match.end() if match else end


@cache
def _listed_fields() -> re.Pattern[str]:
    """A body named by a list of its fields after its head: ", Field, Field và Field" ("Ủy ban Văn
    hóa, Giáo dục và Thanh niên", "Bộ Văn hóa, Thể thao và Du lịch"), each field one or two words
    that are no title, rank or body head, the list closed by "và" and ended by punctuation; then
    the rest of the title's tail ("Bộ Văn hóa, Thể thao và Du lịch tỉnh ...")."""
    # a field is a capitalized word and up to three lowercase ones, no verb after the first
    # ("Thanh thiếu niên", "Thông tin điện tử")
    verb = alternation(PREDICATE_STARTS, flexible_space=False)
    more = rf"(?: (?!(?:{verb})(?![\w])){LOWER}+(?![\w'])){{0,2}}"
    field = rf"(?!{tail_stop()}){CAP_SYL}(?: {LOWER}+(?![\w']){more})?"
    inner = alternation(INNER_WORDS)
    org = alternation(organization_names())
    tail = rf"(?:(?:{SP}|(?=[-–]))(?:{tail_token_source(name_word(), inner, org)}))*"
    return compile_cached(
        rf"(?:, {field}){{0,5}} và {field}(?=[,;.:)]| [-–] |\n|$)|(?:, {field}){{0,5}} và {field}{tail}"
    )


# The last body of a title opened by a head that names fields ("Ủy ban Đối ngoại", "Bộ Văn hóa").
_FIELDS_HEAD = re.compile(r"(?:Ủy ban|Uỷ ban|Bộ|Ban|Hội đồng|Tiểu ban|Viện|Cục|Sở|Vụ) \S+(?: [^\W\d_]+)?$")


def _title_head_only(title: str) -> bool:
    """Whether a matched title is its prefix and head alone (no body after it)."""
    head = _head_regex().match(title)
    return head is not None and head.end() == len(title)


def _listed_fields_end(text: str, end: int) -> int:
    """Where a title ending at ``end`` ends when a list of its body's fields follows, else ``end``."""
    if not text.startswith(", ", end) or _FIELDS_HEAD.search(text, max(0, end - 40), end) is None:
        return end
    match = _listed_fields().match(text, end)
    return match.end() if match else end


@cache
def _body_head_at_end() -> re.Pattern[str]:
    """A many-word body head (any case after its first letter, see :func:`_cased_body_heads`) ending a
    title, after a space."""
    return compile_cached(rf"(?<= )(?:{alternation_any_case(_cased_body_heads())})$")


def trim_dangling(text: str, start: int, end: int) -> str:
    """The name or title ``text[start:end]``, its last word dropped when it was cut mid-word.

    Args:
        text: The whole text.
        start: Start of the match.
        end: End of the match.

    Returns:
        The kept text, separators stripped ("" when nothing is left).
    """
    kept = text[start:end].rstrip(" -,")
    after = _DANGLING.match(text, start + len(kept))
    last = kept.rsplit(" ", 1)[-1]
    if (last.isupper() and len(last) > 1) or last.isdigit():
        return kept  # an acronym or a number is never cut mid-word ("Trường Đại học Luật TP.HCM")
    if fold(" ".join(kept.split(" ")[-2:])) in folded_places() or UNIT_NAME_END.search(kept):
        # a place's last syllable is no cut word ("UBND tỉnh Bình Định" + "kiến nghị",
        # "Bí thư huyện Hồng Dân" + "nghiêm túc")
        return kept
    if after and after.group(1).islower() and after.group(1) not in PREDICATE_STARTS:
        lowered = kept.lower()
        for phrase in _LONG_INNER:
            if lowered.endswith(" " + phrase):
                # the phrase opened a body cut after it ("Tổng công ty" + "nông nghiệp"): drop it whole
                return kept[: -len(phrase) - 1].rstrip(" -,")
        head = _body_head_at_end().search(kept)
        if head is not None and head.start() > 0:
            # a listed body head in any case, cut after it ("Câu lạc bộ" + "sân khấu", "Ban quản lý" +
            # "dự án"): drop it whole, the people extractor reads the body's lowercase name from it
            return kept[: head.start()].rstrip(" -,")
        tokens = kept.split(" ")
        if len(tokens) > 1 and tokens[-1].islower():
            tokens.pop()
            if _ends_with_place(tokens) or UNIT_NAME_END.search(" ".join(tokens)):
                return " ".join(tokens)  # "Công an TP Hồ Chí Minh" + "lập biên bản", "huyện Tân Kỳ quản lý"
        if len(tokens) > 1:
            tokens.pop()
        kept = " ".join(tokens).rstrip(" -,")
    return kept


def _ends_with_place(tokens: list[str]) -> bool:
    """Whether the last one to three tokens are a listed place."""
    return any(len(tokens) > n and fold(" ".join(tokens[-n:])) in folded_places() for n in (1, 2, 3))
