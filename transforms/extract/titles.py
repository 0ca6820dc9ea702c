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
from dataclasses import dataclass
from functools import cache

from transforms.extract.gazetteer import (
    ACRONYM,
    CAP_SYL,
    UPPER,
    alternation,
    bounded,
    load_list,
    name_syllables,
    organization_names,
    title_heads,
)

# Lowercase syllables that start a predicate or a function phrase after a title or a name.
# A title followed by any other lowercase syllable was cut inside a word ("Công ty Xăng"
# + "dầu"), so its last word is dropped rather than kept garbled.
PREDICATE_STARTS = frozenset(load_list("predicate_starts.txt"))
_DANGLING = re.compile(r" ([^\W\d_]+)")
# Lowercase words that do occur inside body names in titles.
INNER_WORDS = (
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
    "chi bộ",
    "thường trực",
    "thường vụ",
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
    }
)

SP = r"[ ]+"


def _head_patterns() -> tuple[str, str]:
    """Head alternations: first letter as written, and fully case-insensitive (after "Phó")."""
    heads = sorted(title_heads(), key=lambda h: (-len(h), h))
    cap_first = "|".join(re.escape(h[0]) + "(?i:" + re.escape(h[1:]).replace(r"\ ", SP) + ")" for h in heads)
    any_case = "|".join(re.escape(h).replace(r"\ ", SP) for h in heads)
    return f"(?:{cap_first})", f"(?i:{any_case})"


@cache
def name_word() -> str:
    """Regex source of one word of a name: a capitalized syllable or acronym, and optionally
    one lowercase syllable that can continue a word in a name ("Kinh tế", "Đảng ủy")."""
    syllables = alternation(name_syllables(), flexible_space=False)
    return rf"(?:{ACRONYM}|{CAP_SYL}(?:{SP}{syllables}(?![\w]))?)"


@cache
def title_source() -> str:
    """The regex source of one title (no anchors), shared with the people extractor."""
    head_cap, head_any = _head_patterns()
    inner = alternation(INNER_WORDS)
    org = alternation(organization_names())
    word = name_word()
    tail_token = (
        rf"(?:{org}(?![\w])|{inner}(?![\w])|{word}|và(?={SP}{UPPER})(?!{SP}{head_cap})|-(?={SP}?{UPPER}))"
    )
    head = rf"(?:Phó{SP}{head_any}(?![\w])|{head_cap}(?![\w]))"
    # one top-level alternation of literal starts keeps re's fast prefix search
    start = rf"(?:(?:nguyên|Nguyên|Quyền|quyền){SP}{head}|Phó{SP}{head_any}(?![\w])|{head_cap}(?![\w]))"
    # a look-ahead on the possible first letters lets re skip most positions
    first_chars = "".join(sorted({"n", "N", "Q", "q", "P", *(h[0] for h in title_heads())}))
    return rf"(?=[{first_chars}]){start}(?:{SP}{tail_token})*"


@cache
def _head_regex() -> re.Pattern[str]:
    """Prefix and head of a title, without the organization tail."""
    return re.compile(title_source().split("(?:" + SP + "(?:", 1)[0])


@cache
def title_regex() -> re.Pattern[str]:
    """Compiled title regex."""
    return re.compile(title_source())


# Separators between titles of one chain: a comma, or "kiêm" ("Phó Thủ tướng kiêm Bộ trưởng").
CHAIN_SEP = re.compile(r"\s*,\s*(?:đồng thời(?: là)?\s+)?|\s+kiêm\s+|\s*,\s*kiêm\s+")


@dataclass(frozen=True)
class TitleSpan:
    """One title found in a text."""

    text: str
    start: int
    end: int


def clean_title(text: str) -> str | None:
    """Trim a matched title and reject titles that are only a weak head.

    Args:
        text: Title as matched.

    Returns:
        The title with trailing separators removed, or None when it is no title.
    """
    text = text.strip(" -,")
    text = re.sub(r"\s+", " ", text)
    bare = re.sub(r"^(?:nguyên|quyền)\s+", "", text.lower())
    bare = re.sub(r"^phó\s+", "", bare)
    if not text or bare in WEAK_HEADS or text.lower() in {"phó", "nguyên"}:
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
    for match in bounded(title_regex(), text):
        stripped = trim_dangling(text, match.start(), match.end())
        if title_regex().fullmatch(stripped) is None:
            # trimming cut into the head ("Bí thư thành đoàn" -> "Bí"): keep the untrimmed head
            head = _head_regex().match(text, match.start())
            stripped = head.group(0) if head else ""
        if stripped:
            spans.append(TitleSpan(stripped, match.start(), match.start() + len(stripped)))
    return spans


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
    if after and after.group(1).islower() and after.group(1) not in PREDICATE_STARTS:
        tokens = kept.split(" ")
        if len(tokens) > 1 and tokens[-1].islower():
            tokens.pop()
        if len(tokens) > 1:
            tokens.pop()
        kept = " ".join(tokens).rstrip(" -,")
    return kept


def split_chain(text: str) -> list[str]:
    """Titles of a written chain ("Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng").

    Args:
        text: A comma-separated chain of titles.

    Returns:
        The titles that parse, in order; parsing stops at the first part that is no title.
    """
    out: list[str] = []
    pos = 0
    regex = title_regex()
    while True:
        match = regex.match(text, pos)
        if not match:
            break
        title = clean_title(match.group(0))
        if title:
            out.append(title)
        sep = CHAIN_SEP.match(text, match.end())
        if not sep:
            break
        pos = sep.end()
    return out
