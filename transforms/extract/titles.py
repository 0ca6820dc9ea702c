"""Position titles ("Ủy viên Bộ Chính trị", "Phó Bí thư Thường trực Thành ủy").

A title is built from a small grammar::

    [nguyên | Quyền] [Phó] HEAD ORGANIZATION-TAIL

HEAD comes from ``data/title_heads.txt`` ("Bí thư", "Chủ tịch", "Trưởng ban"...).
The tail is a run of capitalized syllables, each optionally followed by one lowercase
syllable (Vietnamese capitalizes only the first syllable of each word of a name:
"Ban Kinh tế Trung ương"), known full organization names (which may contain commas
or several lowercase words), and a few lowercase words that occur inside body names
("nhân dân", "tối cao", "các cơ quan", "tỉnh"). A lowercase syllable that usually
starts a predicate ("phát biểu", "cho biết", "dự", "nhấn mạnh") is never absorbed,
so trailing verbs stay out of titles.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from transforms.extract.gazetteer import (
    ACRONYM,
    CAP_SYL,
    LOW_SYL,
    UPPER,
    alternation,
    organization_names,
    title_heads,
)

# Lowercase syllables that start predicates or function phrases after a name or a title;
# they are never taken as the second syllable of a capitalized word in a title.
STOP_WORDS = (
    "phát cho nhấn chủ dự đề khẳng yêu nói cũng đã đang sẽ vừa là có được bị về với tại trong "
    "đến cùng kiêm trao chúc tiếp làm trả thăm gửi ký đọc công tuyên trình báo lưu chỉ nêu nhận "
    "đánh ghi hoan thay đi dẫn khai bế kết giới cảm nhắc phân đưa mong bày hy tham "
    "quyết và hoặc nhưng thì mà vì do để từ theo trên dưới sau trước khi này đó nay qua vào ra "
    "lên xuống rằng rất đều vẫn còn chưa không cần phải nên sang tới bởi như cả các những "
    "một hai ba bốn năm sáu bảy tám chín mười nhiều mỗi từng tất hướng nghe ngồi đứng "
    "điều xem xét chịu đặt mời chia gặp bàn giải thực tỏ bảo"
).split()
# Lowercase words that do occur inside body names in titles (checked before STOP_WORDS).
INNER_WORDS = (
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
    {"ủy viên", "thường trực", "thường vụ", "trưởng", "thư ký", "người phát ngôn", "đại sứ", "bí thư"}
)

SP = r"[ ]+"


def _head_patterns() -> tuple[str, str]:
    """Head alternations: first letter as written, and fully case-insensitive (after "Phó")."""
    heads = sorted(title_heads(), key=lambda h: (-len(h), h))
    cap_first = "|".join(re.escape(h[0]) + "(?i:" + re.escape(h[1:]).replace(r"\ ", SP) + ")" for h in heads)
    any_case = "|".join(re.escape(h).replace(r"\ ", SP) for h in heads)
    return f"(?:{cap_first})", f"(?i:{any_case})"


@lru_cache(maxsize=None)
def title_source() -> str:
    """The regex source of one title (no anchors), shared with the people extractor."""
    head_cap, head_any = _head_patterns()
    inner = alternation(INNER_WORDS)
    stop = "(?:" + "|".join(sorted(set(STOP_WORDS), key=len, reverse=True)) + ")"
    org = alternation(organization_names())
    word = rf"(?:{CAP_SYL}|{ACRONYM})(?:{SP}(?!(?:{stop}|{inner})(?![\w])){LOW_SYL})?"
    tail_token = rf"(?:{org}(?![\w])|{inner}(?![\w])|{word}|và(?={SP}{UPPER})(?!{SP}{head_cap})|-(?={SP}?{UPPER}))"
    prefix = rf"(?:(?:[Nn]guyên|Quyền|quyền){SP})?"
    head = rf"(?:Phó{SP}{head_any}(?![\w])|{head_cap}(?![\w]))"
    return rf"(?<![\w]){prefix}{head}(?:{SP}{tail_token})*"


@lru_cache(maxsize=None)
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
    for match in title_regex().finditer(text):
        raw = match.group(0)
        stripped = raw.rstrip(" -,")
        spans.append(TitleSpan(stripped, match.start(), match.start() + len(stripped)))
    return spans


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
