"""Cleaning of plain-text articles (seed files, corpora, extracted page text).

A plain-text article from Vietnamese news sites is a headline, sometimes a byline
with the time, a lead, the body with photo captions mixed in, a signature and
some site chrome. :func:`clean_text` takes it apart into the fields of the
article record. Every rule here is a small function tested on real lines.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from functools import cache
from typing import Literal

from transforms.clean.bylines import (
    is_author_name,
    is_generic,
    is_header_name,
    is_known_outlet,
    is_outlet,
    is_source_person,
    is_unit,
    labelled_name,
    opens_with_body_head,
    split_glued_signature,
    strip_role_note,
    strip_role_suffix,
)
from transforms.clean.normalize import canonical_tones, fold, normalize_unicode
from transforms.clean.patterns import LINE_START, NOT_WORD_AFTER, NOT_WORD_BEFORE, cue_pattern
from transforms.records import CleanedText

# Lines that start the site chrome after an article (compared folded, whole line).
_CHROME_STARTS = {
    fold(s)
    for s in (
        "Bình luận",
        "Bình luận nhiều",
        "Ý kiến của bạn sẽ được biên tập trước khi đăng. Xin vui lòng gõ tiếng Việt có dấu",
        "Ý kiến bạn đọc",
        "Gửi bình luận",
        "Cùng chuyên mục",
        "Tin liên quan",
        "Tin cùng chuyên mục",
        "Bài liên quan",
        "Đọc nhiều",
        "Đọc thêm",
        "Xem thêm",
        "Tin mới",
        "Tin khác",
        "Các tin khác",
        "Chia sẻ",
        "Từ khóa",
        "Tags",
        "In bài",
        "Quay lại",
        "Về đầu trang",
        # a comment form's header and buttons ("Thông tin bạn đọc", "Đóng Lưu thông tin")
        "Thông tin bạn đọc",
        "Đóng Lưu thông tin",
    )
}
# Lines dropped wherever they stand.
_DROP_LINES = {
    fold(s)
    for s in (
        *("Link gốc", "Nguồn tin", "Chia sẻ bài viết", "Theo dõi", "Xem với cỡ chữ", "Cỡ chữ", "Xem tiếp"),
        # back-to-top links of page footers
        *("Về đầu trang", "Trở về đầu trang", "Lên đầu trang", "Quay lại đầu trang", "Đầu trang"),
        "Back to top",
    )
}
# Labels of a photo gallery, video or audio player left without their media ("Album ảnh:"), compared
# in lowercase with their accents ("Ảnh" is no "Anh", the country).
# The same label left at the end of a paragraph as a link to the story's video: '... xây dựng. "Xem video"'.
_MEDIA_LINK_TAIL = re.compile(r"(?<=[.!?…])\s*[\"“(\[]\s*Xem (?:video|clip|ảnh)\s*[\"”)\]]$", re.IGNORECASE)
_MEDIA_LABELS = frozenset(
    s.lower()
    for s in (
        *("Album ảnh", "Xem album ảnh", "Ảnh", "Video", "Clip", "Xem video", "Xem ảnh", "YouTube"),
        *("Nghe bài viết", "Nghe đọc bài viết", "Nghe bài", "Đọc bài viết", "Giọng đọc", "Chọn giọng đọc"),
        "Tốc độ đọc",
    )
)
# The page's own label above the article, alone or with its section ("Chi tiết bài viết Tin tức").
_DETAIL_LABELS = tuple(fold(s) for s in ("Chi tiết bài viết", "Chi tiết tin tức", "Chi tiết tin"))
# A related-article link: a headline with its date in brackets, nothing between ("Sẽ cấm bán tiết
# canh(24/10/2005)"); 2,567 such lines in the VNTC VnExpress texts, none of them a sentence (the
# bracket never follows a full stop), printed in lists inside and after the article.
_RELATED_LINK = re.compile(r"^(?=.{8,200}$)[^\n]*[^\s.,;:]\s?\(\d{1,2}/\d{1,2}/\d{4}\)$")
# A list of related headlines above the article: lines opened by a dash or bullet, unpunctuated.
_LINK_BULLET = re.compile(r"^[-–•+]\s+\S.{5,180}[^.;:,!?]$")
# "Follow us" bars ("Theo dõi Báo X trên Google News") and page-script residue left as a line of
# its own: one ASCII token that starts with a lowercase letter or "<" ("img", "aa",
# "leftcenterrightdel", "news_is_not_ads=", "break;", "</tr>"); a Vietnamese paragraph is never a
# single unaccented lowercase token (names, places and signatures start with a capital).
_FOLLOW_US = re.compile(
    r"^theo dõi\b.{0,80}(?:google news|zalo|facebook|youtube|tiktok|fanpage)", re.IGNORECASE
)
_SCRIPT_TOKEN = re.compile(r"^[a-z<][!-~]{0,39}$")
# What is left of an image link when the text of a page is copied: ".jpg)", "anh-1.png)",
# "![](/uploads/2025/08/dai-hoi.jpg)": a file name with an image extension and no words around it.
_IMAGE_DEBRIS = re.compile(
    r"^(?:!\[[^\]]{0,200}\]\()?[^\s()]{0,300}\.(?:jpe?g|png|gif|webp|bmp|svg)(?:\?[^\s)]*)?\)?$",
    re.IGNORECASE,
)
# A view counter left as a line of its own ("Lượt xem: 123", "Số lượt đọc: 1.024", "2,171 lượt xem"), or a
# site's visit counter whose number was a script ("Tổng số lượt truy cập:").
_COUNTER = re.compile(
    r"^(?:(?:tổng\s+)?(?:số\s+)?lượt\s+(?:xem|đọc|truy cập|nghe)\s*:?\s*[\d.,]*"
    r"|[\d.,]+\s+lượt\s+(?:xem|đọc|truy cập|nghe))$",
    re.IGNORECASE,
)
# A script call left as a line: "AddVote(1000,0,'...','Bạn chọn phương án nào?',...);",
# "document.form.fName.focus();": a lowercase or camel-case identifier right before its bracket (initials
# with a credit, "L.Q.P(Tin, ảnh)", are a signature, not a call).
_SCRIPT_CALL = re.compile(r"^(?:[a-z_$][\w$]*|[A-Z][a-z]+[A-Z][\w$]*)(?:\.[\w$]+)*\(.*\)\s*;?$")
# Page widgets printed as lines of their own: an audio player at rest ("0:00 / 0:00", "00:00"), the
# reading voices of a text-to-speech player ("• Nữ miền Bắc", "Giọng nam miền Nam"), a print or share
# button after the byline's role code ("PV In bài viết", "In bài | Chia sẻ"), a pager ("‹ précédent |
# suivant ›", "« Bài trước | Bài sau »").
_PLAYER = re.compile(r"^0?0:00(?::00)?(?:\s*/\s*\d{1,2}:\d{2}(?::\d{2})?)?$")
_VOICE = re.compile(
    r"^[•·*+-]?\s*(?:giọng\s+(?:đọc\s+)?)?(?:nam|nữ)\s+(?:miền\s+)?(?:bắc|trung|nam)$", re.IGNORECASE
)
_TOOLBAR = re.compile(
    r"^(?:(?:pv|ctv|btv|nhóm pv)\s+)?(?:in bài viết|in bài|bản in|gửi bài|lưu bài|chia sẻ)"
    r"(?:\s*[|/·]\s*(?:in bài viết|in bài|bản in|gửi bài|lưu bài|chia sẻ|bình luận))*$",
    re.IGNORECASE,
)
_PAGER_SPLIT = re.compile(r"\s*[|/·‹›«»<>←→]+\s*")
_PAGER_WORDS = frozenset(
    fold(w)
    for w in (
        *("précédent", "suivant", "previous", "next", "prev", "trước", "sau", "tiếp", "bài trước", "bài sau"),
        *("tin trước", "tin sau", "trang trước", "trang sau", "bài tiếp", "tin tiếp", "trang tiếp"),
    )
)
# A copyright footer: "(*) Không sao chép dưới mọi hình thức khi chưa có sự đồng ý ...", "© 2024 Báo X"
# (a photo credit "© AFP" is none: the year or a rights word makes the footer),
# "Bản quyền thuộc về ...", "Ghi rõ nguồn ... khi phát hành lại".
_COPYRIGHT = re.compile(
    r"^(?:\(\*\)\s*)?(?:(?:©|copyright\b)\s*(?:\d{4}|bản quyền|copyright|©)|copyright\b.{0,60}\d{4}"
    r"|bản quyền (?:thuộc|©|\d)"
    r"|(?:không|nghiêm cấm|cấm) (?:được )?(?:sao chép|sử dụng lại|đăng tải lại|đăng lại|phát hành lại)"
    r"|ghi rõ nguồn\b|phát hành lại thông tin)",
    re.IGNORECASE,
)
_COPYRIGHT_MAX = 300  # footers are a sentence or two
# Chrome lines are short (the longest listed is 81 characters): longer lines are never folded.
_CHROME_MAX = 100
_CHROME_PREFIX = cue_pattern(
    (
        "ý kiến của bạn",
        r"bình luận \(",
        r"ý kiến \(\d*\)$",  # the comment counter under the article ("Ý kiến (3)", "Ý kiến ()")
        "tags?:",
        "từ khóa:",
        "trả lời$",
        "email của bạn sẽ không được hiển thị",
    ),
    before=LINE_START,
    after="",
)

_IMAGE_ALT = re.compile(r"\sảnh\s+\d{1,2}\s*\.?$", re.IGNORECASE)
_CREDIT = re.compile(
    r"(\((ảnh|nguồn|photo|ảnh minh họa|đồ họa)\s*:?[^()]{0,80}\)"
    r"|(?<![\w])(?<!phóng sự )(ảnh|nguồn ảnh)\s*:\s*[^.]{1,60})\s*\.?$",
    re.IGNORECASE,
)

_CAPTION_CUES = cue_pattern(
    (
        "phát biểu",
        "quang cảnh",
        "toàn cảnh",
        "chụp ảnh",
        "trao tặng",
        "trao quà",
        "trao quyết định",
        # awards handed over in the photo ("... trao Huân chương Độc lập hạng Nhì tặng tập thể ...")
        "trao (?:tặng )?(?:huân chương|huy chương|huy hiệu|bằng khen|cờ thi đua|kỷ niệm chương|giấy khen)",
        "gắn huy hiệu",
        "điểm cầu",
        "tặng hoa",
        "chúc mừng",
        "dự và chỉ đạo",
        "chủ trì hội nghị",
        "tại hội nghị",
        "tại buổi",
        "tại lễ",
    )
)
_END_PUNCT = ".!?…:;\"”'»)"
_DATE = re.compile(r"\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b")
# Other dates of datelines: "ngày 03 tháng 07 năm 2023", "3 Tháng 7, 2023", ISO "2023-07-03".
_DATE_WORDS = re.compile(r"\b(\d{1,2})\s+tháng\s+(\d{1,2})\s*(?:năm|,)?\s*(\d{4})\b", re.IGNORECASE)
_DATE_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})(?:T(?=\d))?")
_TIME = re.compile(r"\b(\d{1,2})[:hg](\d{2})(?::(\d{2}))?\b")
_WEEKDAY = re.compile(r"\b(thứ\s+(hai|ba|tư|năm|sáu|bảy|bẩy|[2-7])|chủ\s+nhật|cn)\b", re.IGNORECASE)
_MERIDIEM = re.compile(r"\s*(am|pm|sa|ch)(?![\w])", re.IGNORECASE)
# View counters printed beside the time ("Số lượt xem: 42", "Lượt xem: 1.024").
_VIEWS = re.compile(
    r"(?:(?:số\s+)?lượt\s+(?:xem|đọc|thích|chia sẻ|nghe)|bình luận|view count|views?)\s*:?\s*[\d.,]+",
    re.IGNORECASE,
)
# Words of a byline or dateline line around the author and the time.
_BYLINE_WORDS = cue_pattern(
    (
        # labels of the time ("Ngày phát hành:", "Đăng tải lúc", "Cập nhật lần cuối:"), longer ones first
        "cập nhật lần cuối",
        "ngày đăng bài",
        "đăng bài",
        "đăng tải",
        "phát hành",
        "ngày viết",
        "ngày tạo",
        "posted on",
        "at",
        "ngày",
        "lúc",
        "cập nhật",
        "đăng",
        "đăng lúc",
        "xuất bản",
        "tác giả",
        "bản in",
        "in bài",
        "gửi bài",
        "chia sẻ",
        "post",
        "posted",
    )
)
_GMT = re.compile(r"\(?\s*(gmt|utc)\s*[+-]\s*\d{1,2}(?::?\d{2})?\s*\)?", re.IGNORECASE)
# Labels of a dateline's parts ("Bài, ảnh:", "Người đăng:", "PV") and section names printed with it.
_BYLINE_ROLE = cue_pattern(
    (
        r"bài\s*(?:và|,|&)\s*ảnh",
        r"tin\s*(?:và|,|&)\s*ảnh",
        "người đăng",
        "người viết",
        "biên tập(?: viên)?",
        "phóng viên",
        "nhóm pv",
        "pv",
        "ctv",
    ),
    before=NOT_WORD_BEFORE,
    after=r"\s*:?" + NOT_WORD_AFTER,
    capture=False,
)
_SECTIONS = {
    "tin tuc",
    "thoi su",
    "chinh tri",
    "xa hoi",
    "kinh te",
    "su kien",
    "tin tuc su kien",
    "trong nuoc",
    "quoc te",
    "xay dung dang",
    "tin moi",
    "tin hoat dong",
    "dia phuong",
}
# A section label of a breadcrumb: one to three words, the first capitalized, no digits ("Câu lạc bộ").
# An hour count may close it, as in the "24h" sections of news sites ("Sức khỏe 24h - 09/12/2023").
_SECTION_LABEL = re.compile(r"^[A-ZÀ-ỸĐ][^\W\d_]*(?: [^\W\d_]+){0,2}(?: \d{1,2}h)?$")
_SHORT_WEEKDAY = re.compile(r"(?<![\w])(?:t[2-7]|cn)(?![\w])", re.IGNORECASE)
_UPPER_CASE = re.compile(r"[A-ZÀ-ỸĐ]")

# Dateline prefixes: code -> publisher. The code is matched at the start of the lead.
_DATELINES = {
    "NDO": "Nhân Dân",
    "ND": "Nhân Dân",
    "NLĐ": "Người Lao Động",
    "TTO": "Tuổi Trẻ",
    "TT": "Tuổi Trẻ",
    "TN": "Thanh Niên",
    "TNO": "Thanh Niên",
    "VOV": "VOV",
    "VOV.VN": "VOV",
    "TTXVN": "TTXVN",
    "VNA": "TTXVN",
    "CHINHPHU.VN": "Báo Chính phủ",
    "ĐCSVN": "Đảng Cộng sản Việt Nam",
    "DCSVN": "Đảng Cộng sản Việt Nam",
    "TPO": "Tiền Phong",
    "SGGP": "Sài Gòn Giải Phóng",
    "SGGPO": "Sài Gòn Giải Phóng",
    "QĐND": "Quân đội nhân dân",
    "HNM": "Hà Nội Mới",
    "PLO": "Pháp Luật TP.HCM",
    "VTV": "VTV",
    "VTV.VN": "VTV",
    "DÂN TRÍ": "Dân trí",
    "DÂN VIỆT": "Dân Việt",
    "VIETNAM+": "Vietnam+",
    "BNEWS": "BNews",
}
_DATELINE = re.compile(r"^\(?\s*(?P<code>[A-ZĐÂ][A-ZĐÂÍ.+]{1,11}(?: [A-ZĐÂÍ]{2,5})?)\s*\)?\s*[-–—]\s*(?=\S)")
_THEO = re.compile(r"^theo\s+(?P<who>.+?)(?:\s*\((?P<pub>[^()]{2,60})\))?\s*\.?$", re.IGNORECASE)
_FULL_TITLE = re.compile(r"^\(\s*tít đầy đủ\s*:\s*(.+?)\s*\)\s*\.?$", re.IGNORECASE)
_DOTTED_MAX = 90  # dotted headlines are short (gold: 68 chars); VNTC dotted first lines of 100+ are leads
_MAX_TITLE = 250  # real headlines stay under ~200 characters; longer first lines are leads


# The site's address alone on a line, with only short lines without a full stop after it, starts the
# page footer ("Phuninh.gov.vn" over the site's motto); plain text only, as the copyright line.
_SITE_ADDRESS = re.compile(r"^(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:vn|com|net|org)$", re.IGNORECASE)
_FOOTER_LINE_MAX = 60  # a footer's motto or address line; an article's sentence runs longer


def _is_site_footer(lines: list[str], i: int) -> bool:
    """True when ``lines[i]`` is the site's address and only short unpunctuated lines follow it."""
    line = lines[i]
    if len(line) > _CHROME_MAX or line[-1:] not in "nmtg" or not _SITE_ADDRESS.match(line):
        return False
    return all(len(after) <= _FOOTER_LINE_MAX and not after.endswith(".") for after in lines[i + 1 :])


def _is_chrome_start(line: str, residue: bool = False) -> bool:
    if _CHROME_PREFIX.match(line):
        return True
    if residue and len(line) <= _COPYRIGHT_MAX and _COPYRIGHT.match(line):
        return True  # plain text only: the benchmark's page texts keep their copyright lines
    return len(line) <= _CHROME_MAX and fold(line).strip(" .:") in _CHROME_STARTS


def _is_drop_line(line: str, residue: bool = False) -> bool:
    if not line:
        return False
    if residue and (
        (("a" <= line[0] <= "z" or line[0] == "<") and _SCRIPT_TOKEN.match(line))  # its first letter
        or ("(" in line and _SCRIPT_CALL.match(line))  # every call holds its bracket
        or not (line[0].isalnum() or any(ch.isalnum() for ch in line))
        or _IMAGE_DEBRIS.match(line)
    ):
        return True  # script or image-link residue, or a line of punctuation only ("." , "|", "![]() |")
    if line.endswith((")", ")\n")) and _RELATED_LINK.match(line):  # its matches end so
        return True
    return len(line) <= _CHROME_MAX and (
        _is_detail_label(line)
        or fold(line).strip(" .:") in _DROP_LINES
        or bool(_FOLLOW_US.match(line) or _COUNTER.match(line))
        or _is_widget(line)
    )


def _is_detail_label(line: str) -> bool:
    """The page's label of an article page, alone or with its section: "Chi tiết bài viết Tin tức"."""
    folded = fold(line).strip(" .:>»")
    for label in _DETAIL_LABELS:
        if folded.startswith(label):
            rest = folded[len(label) :].strip(" :>»-|")
            return not rest or rest in _SECTIONS
    return False


def _is_widget(line: str) -> bool:
    """A page widget's line: an audio player, reading voices, a print/share button, a pager."""
    if line.lower().strip(" .:") in _MEDIA_LABELS:
        return True
    if _PLAYER.match(line) or _VOICE.match(line) or _TOOLBAR.match(line):
        return True
    if _PAGER_SPLIT.search(line) is None:
        return False
    parts = [p for p in _PAGER_SPLIT.split(line.strip()) if p]
    return bool(parts) and all(fold(p) in _PAGER_WORDS for p in parts)


def _drop_leading_links(lines: list[str]) -> list[str]:
    """Drop a list of two or more bulleted, unpunctuated headlines that opens the text."""
    end = 0
    links = 0
    for i, line in enumerate(lines):
        if not line:
            continue
        if not _LINK_BULLET.match(line):
            break
        links += 1
        end = i + 1
    return lines[end:] if links >= 2 else lines


def _strip_chrome(lines: list[str], residue: bool = False) -> list[str]:
    """Drop chrome lines, and cut the article at chrome that starts its tail.

    ``residue`` also drops script residue and punctuation-only lines: plain texts copied from
    pages keep them ("img", "."); trafilatura's text of a page does not, and there such lines
    are content (a table rule, an address "www.site.com"); and a copyright footer starts the tail
    (the benchmark's page texts keep theirs).
    """
    kept = [line for line in lines if not _is_drop_line(line, residue)]
    if residue:
        kept = [_MEDIA_LINK_TAIL.sub("", line) if line[-1:] in '"”)]' else line for line in kept]
    if residue:
        kept = _drop_leading_links(kept)
    nonempty = [i for i, line in enumerate(kept) if line]
    if not nonempty:
        return kept
    half = nonempty[len(nonempty) // 2]
    # or half of the text: a related-links box of many short lines after a few long paragraphs
    total = sum(len(kept[i]) for i in nonempty)
    before = 0
    for i in nonempty:
        if (i > half or 2 * before >= total) and (
            _is_chrome_start(kept[i], residue) or (residue and _is_site_footer(kept, i))
        ):
            return kept[:i]
        before += len(kept[i])
    return kept


def is_name(text: str, max_words: int = 5) -> bool:
    """True for a person-name-like string: 2-5 capitalized words, no digits.

    Args:
        text: Candidate, e.g. "Thùy Dương" or "NGỌC ANH".
        max_words: Longest name accepted.
    """
    words = text.split()
    return 2 <= len(words) <= max_words and all(_name_word(w) for w in words)


def _name_word(word: str) -> bool:
    """ "Thùy", "NGỌC": capitalized or in capitals. (A regex range "À-Ỹ" also spans lower-case letters
    such as "ơ", "ô": "Cảm ơn ông" is no name.)"""
    return word.isalpha() and word[0].isupper() and (word[1:].islower() or len(word) == 1 or word.isupper())


# Months by name, as blog and CMS themes print them in Vietnamese: "16 Tháng Mười, 2019", "Tháng Mười 16,
# 2019", and by number before the day ("Tháng 6 3, 2019"). (English month names are left alone: on foreign
# pages the +07:00 offset would be wrong.)
_MONTH_NAMES = {
    f"tháng {name}": month
    for month, names in enumerate(
        (
            ("một", "giêng"),
            ("hai",),
            ("ba",),
            ("tư", "bốn"),
            ("năm",),
            ("sáu",),
            ("bảy",),
            ("tám",),
            ("chín",),
            ("mười",),
            ("mười một",),
            ("mười hai", "chạp"),
        ),
        start=1,
    )
    for name in (*names, str(month), f"{month:02d}")
}
_YEAR = re.compile(r"\d{4}")
_CLOCK_WORDS = re.compile(r"(?<![\w])(\d{1,2})\s*giờ\s*(\d{1,2})(?:\s*phút)?(?![\w])", re.IGNORECASE)
_MONTH_ALTERNATION = "|".join(sorted((re.escape(n) for n in _MONTH_NAMES), key=len, reverse=True))
_MONTH_NAMED = re.compile(
    rf"(?<![\w])(?:(?P<d1>\d{{1,2}})\s+(?P<m1>{_MONTH_ALTERNATION})|(?P<m2>{_MONTH_ALTERNATION})\.?\s+(?P<d2>\d{{1,2}}))"
    r",?\s+(?:năm\s+)?(?P<y>\d{4})(?![\w])",
    re.IGNORECASE,
)


def _numeric_date(match: re.Match[str]) -> str:
    """ "16 Tháng Mười, 2019" -> "16/10/2019"."""
    month = _MONTH_NAMES[" ".join((match.group("m1") or match.group("m2")).lower().split())]
    return f"{match.group('d1') or match.group('d2')}/{month}/{match.group('y')}"


def parse_byline(line: str) -> tuple[str | None, str | None] | None:
    """Parse a byline/time line such as "Linh Lan 13:12, 29/12/2022".

    Args:
        line: One line near the top of an article.

    Returns:
        ``(author or None, ISO time or None)``, or None when the line is no byline.
    """
    parsed = parse_byline_authors(line)
    if parsed is None:
        return None
    return (parsed[0][0] if parsed[0] else None), parsed[1]


# A date line with a two-digit year and nothing else ("17/10/21", "Thứ Hai, 17/10/21 08:30"): some
# CMSs print the time so under the headline; a bare d/m/yy elsewhere in a text is a score or a ratio.
_SHORT_DATE_LINE = re.compile(
    r"^(?:(?:thứ\s+\w+|chủ\s+nhật),?\s*)?(\d{1,2})/(\d{1,2})/(\d{2})(?:\s*[-|,]?\s*(\d{1,2}):(\d{2}))?$",
    re.IGNORECASE,
)


def _short_date_line(line: str) -> tuple[list[str], str | None] | None:
    """``([], ISO time)`` for a date line with a two-digit year of this century, else None."""
    match = _SHORT_DATE_LINE.match(line.strip()) if len(line) <= 40 else None
    if not match:
        return None
    day, month, year = int(match.group(1)), int(match.group(2)), 2000 + int(match.group(3))
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    iso = f"{year:04d}-{month:02d}-{day:02d}"
    if match.group(4) and int(match.group(4)) < 24 and int(match.group(5)) < 60:
        iso += f"T{int(match.group(4)):02d}:{match.group(5)}:00+07:00"
    return [], iso


def parse_byline_authors(line: str) -> tuple[list[str], str | None] | None:
    """Parse a byline/time line with all its writers: "Lan Anh - Minh Đức | 12/03/2024 08:15".

    Returns:
        ``(authors, ISO time or None)``, or None when the line is no byline.
    """
    if len(line) > 90:
        return None
    date = _DATE.search(line) or _DATE_WORDS.search(line)
    if not date and _YEAR.search(line):
        line = _MONTH_NAMED.sub(_numeric_date, line)
        date = _DATE.search(line)
    iso_date = None if date else _DATE_ISO.search(line)
    if not date and not iso_date:
        return _short_date_line(line)
    found = date or iso_date
    assert found is not None
    rest = _VIEWS.sub(" ", found.re.sub(" ", line))
    if iso_date:
        rest = re.sub(r"(?<=\d)(?:[+-]\d{2}:?\d{2}|Z)(?![\w])", " ", rest)  # "T14:29:00+07:00"
    rest = _GMT.sub(" ", rest)
    rest = _CLOCK_WORDS.sub(lambda m: f"{m.group(1)}:{int(m.group(2)):02d}", rest)  # "08 giờ 15 phút"
    time = _TIME.search(rest)
    meridiem = None
    if time:
        meridiem = _MERIDIEM.match(rest, time.end())
        rest = rest[: time.start()] + " " + rest[meridiem.end() if meridiem else time.end() :]
    rest = _WEEKDAY.sub(" ", rest)
    rest = strip_role_note(_SHORT_WEEKDAY.sub(" ", rest))  # "NGUYÊN ĐOAN (thực hiện) 10/10/2018"
    labelled = labelled_name(rest)  # "bởi Linh 15 Tháng 9, 2025": a one-word name after its label
    if labelled:
        rest = rest[: labelled[1]] + " | " + rest[labelled[2] :]
    rest = _BYLINE_ROLE.sub(" | ", rest)
    rest = _BYLINE_WORDS.sub(" ", rest)
    authors = _author_of_parts(re.split(r"\s*[|,;\-–—:()\[\]>»/]+\s*", rest))
    if authors is False:
        return None
    if labelled:
        authors = [labelled[0]]
    if date:
        day, month, year = (int(g) for g in date.groups())
    else:
        year, month, day = (int(g) for g in found.groups())
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    iso = f"{year:04d}-{month:02d}-{day:02d}"
    if time:
        hour, minute = int(time.group(1)), int(time.group(2))
        if meridiem and hour <= 12:
            hour = hour % 12 + (12 if meridiem.group(1).lower() in ("pm", "ch") else 0)  # CH: chiều
        second = int(time.group(3) or 0)
        if hour < 24 and minute < 60:
            iso += f"T{hour:02d}:{minute:02d}:{second:02d}+07:00"
    return authors, iso


def _author_of_parts(parts: list[str]) -> list[str] | Literal[False]:
    """The authors among the other parts of a dateline (maybe none), False for no dateline.

    A part is a name (the first is the author; a later one is a co-author when it is no place, outlet
    or body: "Lan Anh - Minh Đức | 12/03/2024", not "Lan Anh - Hà Nội"), an outlet or section label
    ("ĐCSVN", "Thời sự"; any capitalized label of one to three words followed by a separator: "Hội -
    Câu lạc bộ - ..."), a source ("Nguồn: TTXVN"), a bare counter ("609 0": views, comments) or empty;
    any other part means the line is a sentence.
    """
    authors: list[str] = []
    for index, raw_part in enumerate(parts):
        part = " ".join(raw_part.split()).strip(" '’‘\"`.•·*")  # "• Cập nhật: ...": a list bullet
        if not part or part.replace(".", "").replace(" ", "").isdigit():
            continue  # the minute mark of "14:46'", view and comment counters ("07:22 609 0")
        low = part.lower()
        if low.startswith(("nguồn", "theo ")) or low in ("nguồn", "theo"):
            break  # "Nguồn: Báo Nhân Dân 12/03/2024": a source, not an author; the rest is its name
        if fold(part) in _SECTIONS or (part.isupper() and len(part) <= 12 and " " not in part):
            continue
        if is_name(part):
            if is_author_name(part) and (not authors or _co_author(part, authors)):
                authors.append(part)  # "HQ Online", "Nhóm PV": the site or a tag, read as a label
            continue
        if index < len(parts) - 1 and _SECTION_LABEL.match(part):
            continue  # a breadcrumb of sections before the date ("Hội - Câu lạc bộ - Ngày đăng: ...")
        return False
    return authors


_MAX_BYLINE_AUTHORS = 3  # bylines name one to three writers; a longer run of names is a list of people


def _co_author(part: str, authors: list[str]) -> bool:
    """True for a name after the first writer's that is a writer too: no place, outlet or body's name."""
    return (
        len(authors) < _MAX_BYLINE_AUTHORS
        and part not in authors
        and is_header_name(part)
        and not opens_with_body_head(part)
    )


# A photo caption told as one short sentence: who attends, speaks at or runs the meeting in the photo
# ("Lãnh đạo tỉnh dự Hội nghị.", "Đoàn Chủ tịch điều hành Đại hội.", "Đồng chí A phát biểu tại buổi làm
# việc.", "Các đại biểu có mặt tại Lễ đón."); a body paragraph says more than that.
_CAPTION_SENTENCE = re.compile(
    r"^(?:(?:toàn|quang) cảnh [^.!?:;]{2,60}"
    r"|[A-ZÀ-ỸĐ][^.!?:;]{2,80}(?<![\w])(?:phát biểu|dự|tham dự|về dự|điều hành|chủ trì|có mặt|chỉ đạo)"
    r"(?: \w+){0,2}? (?:tại |tham dự )?(?:Đại hội|Hội nghị|Kỳ họp|phiên họp|buổi lễ|Lễ \w+|lễ \w+"
    r"|buổi làm việc|buổi gặp mặt|buổi tiếp|hội thảo|tọa đàm|diễn đàn|chương trình)(?: \w+)?)\.$",
    re.IGNORECASE,
)
# Such captions are short (19-60 characters in the web texts of the gold set); a sentence that gives the
# person's full office ("Ông A, Phó chủ tịch Ủy ban ..., dự và chỉ đạo đại hội.", 88) is labeled body.
_CAPTION_SENTENCE_MAX = 64
# A photo caption told as one clause between a page's paragraphs: a group or a person of the photo doing
# what it shows ("Các đại biểu tham gia tọa đàm.", "Đoàn Chủ tọa bỏ phiếu bầu bổ sung Ủy viên UBND tỉnh",
# "Trung tướng A giới thiệu các chuyên đề của nghị quyết"). Body sentences that open so tell when it
# happened or what was said ("... đã ...", "... cho biết: ...", "Sáng 5/5, ..."), or run on past a full stop.
_SCENE_SUBJECT = re.compile(
    r"^(?:Các (?:đại biểu|vị đại biểu|đồng chí|thành viên|cán bộ|chiến sĩ|học viên)|Đại biểu"
    r"|Đoàn (?:Chủ tịch|Chủ tọa|Thư ký|công tác|đại biểu)|Lãnh đạo|Thường trực|Đồng chí|Đ/c"
    r"|(?:Đại|Thượng|Trung|Thiếu) (?:tướng|tá)(?= [A-ZÀ-ỸĐ])|Ông(?= [A-ZÀ-ỸĐ])|Bà(?= [A-ZÀ-ỸĐ])) "
)
_SCENE_VERB = re.compile(
    r"(?<![\w])(?:tham gia|tiến hành|bỏ phiếu|biểu quyết|giới thiệu|tặng hoa|tặng quà|trao|chúc mừng"
    r"|tham quan|thăm|khảo sát|chụp ảnh|dâng hương|dâng hoa|thảo luận|tham dự|phát biểu|chủ trì"
    r"|dự(?! (?:kiến|thảo|án|báo|toán|định|trù|phòng|thi|tính))"
    r"|điều hành|cắt băng|bấm nút|ký kết|tuyên thệ)(?![\w])"
)
# What a caption does not say: the time, a report of speech, a tense or a clause of reasoning.
_NARRATED = re.compile(
    r"(?<![\w])(?:đã|sẽ|đang|vừa|cũng|còn|chưa|không|cho biết|cho rằng|cho hay|nhấn mạnh|khẳng định|nêu rõ"
    r"|đề nghị|yêu cầu|tiết lộ|nói|chia sẻ|thừa nhận|mong muốn|ngày|sáng|chiều|tối|trưa|đêm|hôm"
    r"|trước đó|sau đó|theo|nếu|vì|nhưng|để)(?![\w])"
    r"|[:;“”\"?!…]|\d[/-]\d",
    re.IGNORECASE,
)
_SCENE_MAX = 150  # the scene captions of the gold web texts run 30-150 characters; body lines run longer
# A photo of a meeting captioned with its name and term only ("Kỳ họp thứ Nhất HĐND xã A, nhiệm kỳ
# 2021 – 2026"), a gallery's header ("Một số hình ảnh Đại hội ...:"), an embedded video's title ("... -
# YouTube").
_MEETING_CAPTION = re.compile(
    r"^(?:Kỳ họp|Đại hội|Hội nghị|Phiên họp|Phiên khai mạc|Phiên bế mạc|Lễ)(?![\w])[^.!?:;]{4,110}"
    r"(?<![\w])nhiệm kỳ \d{4}\s?[-–]\s?\d{4}$"
)
_GALLERY = re.compile(
    r"^(?:Một số|Một vài|Những|Chùm|Thêm) (?:hình ảnh|bức ảnh|ảnh)(?! hưởng)(?![\w])[^.!?;:]{0,120}[:.]?$"
)
_VIDEO_TITLE = re.compile(r"\s[-–|]\s*YouTube$")


# The presidium or secretariat of a meeting named alone under its photo: "Đoàn Chủ tịch Đại hội".
_PRESIDIUM = re.compile(
    r"^(?:Đoàn Chủ tịch|Đoàn Thư ký|Chủ tọa) (?:Đại hội|Hội nghị|Kỳ họp|Phiên họp)(?![\w])[^.!?:;,]{0,60}$",
    re.IGNORECASE,
)
# A caption that sets the person's offices off by a dash, the chain inside it by commas: "Đồng chí A –
# Chủ tịch UBND tỉnh, Trưởng ban Chỉ đạo phát biểu tại cuộc họp." (a body sentence puts the office
# between commas).
_DASH_APPOSITION = re.compile(r"^(?:Đồng chí|Đ/c|Ông|Bà) (?:[A-ZÀ-ỸĐ][\w]*\s){1,4}[-–] [A-ZÀ-ỸĐ]")


def _is_scene_caption(line: str) -> bool:
    """A one-clause caption of who does what in the photo, a meeting's name with its term, a gallery."""
    if len(line) > _SCENE_MAX:
        return False
    if _VIDEO_TITLE.search(line) or _MEETING_CAPTION.match(line):
        return True
    if _GALLERY.match(line):
        return not _NARRATED.search(line.rstrip(":"))
    if _PRESIDIUM.match(line):
        return True
    one = line[:-1] if line.endswith(".") else line
    if one != line and "," in one and not _DASH_APPOSITION.match(one):
        return False  # a sentence with the person's office set off by commas is labeled body
    return (
        _SCENE_SUBJECT.match(one) is not None
        and ". " not in one
        and one[-1:].isalnum()
        and _SCENE_VERB.search(one) is not None
        and _NARRATED.search(one) is None
    )


_CREDIT_WORDS = ("ảnh", "nguồn", "photo", "đồ họa")  # one of them stands in every _CREDIT match


def _has_credit(line: str) -> bool:
    """``_CREDIT.search(line)``, tried only when the line holds what each of its branches needs: a
    ")" or a ":", and one of its words in any case (its leading look-behind gives ``re`` no skip)."""
    if ")" not in line and ":" not in line:
        return False
    lowered = line.lower()  # the words hold no letter that re's case folding matches beyond lower()
    return any(word in lowered for word in _CREDIT_WORDS) and _CREDIT.search(line) is not None


def is_caption(line: str) -> bool:
    """True for a photo caption line: a photo credit, or a short unpunctuated photo description."""
    if len(line) > 300:
        return False
    if _has_credit(line):
        return True
    if len(line) <= _CAPTION_SENTENCE_MAX and _CAPTION_SENTENCE.match(line):
        return True
    if _is_scene_caption(line):
        return True
    stripped = line.rstrip()
    return (
        len(stripped) <= 160
        and not stripped.endswith(tuple(_END_PUNCT))
        and bool(_CAPTION_CUES.search(stripped))
        and _UPPER_CASE.match(stripped) is not None
    )


# A person named with a chain of offices after commas ("Đồng chí A, Phó Bí thư Tỉnh ủy, Chủ tịch UBND
# tỉnh tiếp ..."): a caption or a lead; headlines put the office first ("Chủ tịch tỉnh tiếp ...") and
# at most one apposition ("Ông Vũ Kỳ, thư ký của Chủ tịch Hồ Chí Minh qua đời", VNTC).
_PERSON_CHAIN = re.compile(
    r"^(?:Đồng chí|Đ/c|Ông|Bà)\s+(?:[A-ZÀ-ỸĐ][a-zà-ỹđ]*\s+){1,4}[A-ZÀ-ỸĐ][a-zà-ỹđ]*,[^,]+,"
)

# A liveblog entry opens with its clock time ("10h15: Đoàn đại biểu ...", "09:30 Phiên họp ..."); a
# headline never does (a lead may: "7h sáng nay, ...", lowercase after the time).
_LIVEBLOG_TIME = re.compile(
    r"^\d{1,2}\s?(?:h|g|:|giờ)\s?\d{0,2}(?:'|\s?phút)?\s*(?:[:\-–—]\s*|\s+)(?=[A-ZÀ-ỸĐ])"
)


def _never_headline(line: str) -> bool:
    """A first line of a form no headline takes: a person with a chain of offices, a liveblog entry."""
    return bool(_PERSON_CHAIN.match(line) or _LIVEBLOG_TIME.match(line))


def _is_title(line: str) -> bool:
    # only a photo credit makes a first line a caption: headlines say "phát biểu tại hội nghị" too
    if not line or len(line) > _MAX_TITLE or _has_credit(line) or parse_byline(line):
        return False
    if _never_headline(line):
        return False
    if _DATELINE.match(line) and _dateline_publisher(line):
        return False
    if line.endswith(":") or (line.endswith(".") and not line.endswith("...") and not _is_dotted_head(line)):
        return False
    return not (line.count(". ") >= 2)


def _is_dotted_head(line: str) -> bool:
    """A headline printed with a full stop: short, one sentence, no lead verb or opening cue."""
    return (
        len(line) <= _DOTTED_MAX
        and ". " not in line
        and not _LEAD_START.match(line)
        and not re.search(r"(?<![\w])(?:vừa|đã|hôm qua|hôm nay)(?![\w])", line)
    )


def _dateline_publisher(line: str) -> str | None:
    match = _DATELINE.match(line)
    if not match:
        return None
    code = match.group("code").rstrip(".").upper()
    return _DATELINES.get(code)


def split_dateline(paragraph: str) -> tuple[str, str | None]:
    """Strip a dateline prefix ("NDO - ", "(NLĐ)-") from the lead.

    Args:
        paragraph: The first body paragraph.

    Returns:
        The paragraph without the prefix and the publisher the code stands for.
    """
    match = _DATELINE.match(paragraph)
    publisher = _dateline_publisher(paragraph)
    if match and publisher:
        return paragraph[match.end() :], publisher
    return paragraph, None


# Labels before the names of a signature ("T/h: A – B": compiled by, "Bài, ảnh: A", "Thực hiện: A":
# an interview or a report by).
_SIGNATURE_LABEL = cue_pattern(
    (
        "nhóm thực hiện",
        "thực hiện",
        "nhóm phóng viên",
        "ghi",
        "t/h",
        "th",
        "tổng hợp",
        "tác giả",
        "người viết",
        r"bài(?:\s*(?:và|,|&)\s*ảnh)?",
        r"tin(?:\s*(?:và|,|&)\s*ảnh)?",
        "nhóm pv",
        "pv",
    ),
    before=LINE_START,
    after=r"\s*:\s*",
    capture=False,
)
# "Nguồn tin: Báo Tiền Phong", "Nguồn: TTXVN" closing the article: the outlet it was taken from.
_SOURCE_LABEL = re.compile(r"^nguồn(?: tin)?\s*:\s*(?P<pub>[^\s:].*)$", re.IGNORECASE)
_SIGNATURE_JOIN = re.compile(r"\s+[-–—&]\s+|\s*,\s*|\s+và\s+")
_DASH_JOIN = re.compile(r"\s+[-–—&]\s+")
# The outlet credited after a signature's names: "A - B (VOV)", "A - B/TTXVN".
_CREDIT_TAIL = re.compile(
    r"\s*(?:\(\s*(?:theo\s+)?(?P<paren>[^()]{2,40}?)\s*\)|/\s*(?P<slash>[^/()\s][^/()]{0,20}))$",
    re.IGNORECASE,
)
# A photo credit after the writers' names: "- Ảnh: B", "; ảnh: B".
_PHOTO_CREDIT = re.compile(r"\s*[-–—;,|.]?\s*ảnh\s*:.*$", re.IGNORECASE)
# A signature naming an outlet ("Báo Sơn La") is the publisher, not an author.
_OUTLET_WORD = re.compile(r"^(?:báo|tạp chí|đài|cổng|trang|tin tức)\s", re.IGNORECASE)
# A signature of initials: "TQ", "N.A.N", "(N.A.N)", "Y.A ghi" ("wrote").
_INITIALS = re.compile(r"^\(?(?P<who>[A-ZĐ]{2,3}|[A-ZĐ]{1,2}(?:\.\s?[A-ZĐ]{1,2}){1,3})\.?\)?(?:\s+ghi)?$")
# The same closing the last paragraph: "... sang Mỹ. (N.A.N)", "... điểm thưởng. Y.A ghi".
_TRAILING_INITIALS = re.compile(
    r"(?<=[.!?…”\"])\s+(?P<sig>\((?:[A-ZĐ]{1,2}\.\s?){1,3}[A-ZĐ]{1,2}\)|(?:[A-ZĐ]{1,2}\.){1,3}[A-ZĐ]{1,2}\s+ghi)$"
)
_CAPS_NAME_WORDS, _SYLLABLE_MAX = 4, 7  # pen names in capitals are 2-4 syllables of at most 7 letters


# A name cut to its initials but the given name: "P. Hiếu", "Đ.Loan" ("Đ.Loan - V.Phong").
_ABBREVIATED = re.compile(r"^(?:[A-ZĐ]\.\s?){1,2}(?=[^\W\d_])")


def _signature_name(text: str) -> bool:
    short = _ABBREVIATED.match(text)
    if short:
        given = text[short.end() :].split()
        return 1 <= len(given) <= 2 and all(_name_word(w) and not w.isupper() for w in given)
    if not is_name(text):
        return False
    if text.isupper():
        words = text.split()
        return (
            len(words) <= _CAPS_NAME_WORDS
            and all(len(w) <= _SYLLABLE_MAX for w in words)
            and not any(w.capitalize() in _one_word_heads() for w in words)
        )
    # "UBND Xã Tân Hiệp", "Ban Tuyên Giáo", "Trung Tâm Y Tế": a body's name capitalized throughout
    return not any(len(w) > 1 and w.isupper() for w in text.split()) and not opens_with_body_head(text)


@cache
def _one_word_heads() -> frozenset[str]:
    """One-word body heads that are no surname ("Bộ", "Sở"): a pen name in capitals has none."""
    from transforms.extract.gazetteer import load_list

    surnames = set(load_list("surnames.txt"))
    heads = {h for h in load_list("body_heads.txt") if h[0].isupper() and " " not in h}
    return frozenset(heads - surnames)


# A signature's author with the outlet's code or name: "Lan Anh/TTXVN", "Lan Anh - VOV", "Lan Anh (Báo
# Sơn La)", "Thu Hà (theo VnExpress)".
_NAME_OUTLET = re.compile(
    r"^(?P<who>[^/()–—-]+?)\s*(?:/|\s[-–—]\s|\()\s*(?:theo\s+)?(?P<pub>[^()/–—-]+?)\s*\)?$", re.IGNORECASE
)


def _outlet_code(text: str) -> bool:
    """ "TTXVN", "VOV", "VNA": an outlet's code in capitals (no space, at most 12 characters)."""
    return text.isupper() and " " not in text and 2 <= len(text) <= 12 and not is_generic(text)


def _peel_credit(text: str) -> tuple[str, str | None]:
    """Split an outlet's credit off the end of a signature: "A - B (VOV)" -> ("A - B", "VOV")."""
    credit = _CREDIT_TAIL.search(text)
    if not credit:
        return text, None
    outlet = credit.group("paren") or credit.group("slash")
    if outlet.upper() in _DATELINES or _outlet_code(outlet) or is_outlet(outlet):
        return text[: credit.start()], outlet
    return text, None


def signature_authors(line: str) -> tuple[list[str], str | None] | None:
    """Parse a closing signature into its authors and publisher.

    "Hoàng Mẫn", "Theo Diệp Trương (TTXVN/Vietnam+)", "Theo Hải Minh /VGP", "T/h: Bảo Ngọc – Văn
    Thắng" (two authors), "Báo Sơn La" (a publisher); a line in capitals that is no pen name
    ("ĐỒNG HÀNH CÙNG DOANH NGHIỆP") gives neither and is dropped.

    Returns:
        ``(authors, publisher or None)``, or None when the line is no signature.
    """
    text = line.strip().rstrip(".").strip()
    if len(text) > 80:
        return None
    text = strip_role_suffix(strip_role_note(text).strip())  # "Trần Trang(t/h)", "Việt Anh thực hiện"
    if not text or is_generic(text):
        return [], None  # "(t/h)", "PV", "TH", "Nhóm PV": a tag that names nobody
    if text.startswith("(Theo ") and text.endswith(")") and text.count("(") == 1:
        text = text[1:-1]  # "(Theo Tuổi Trẻ)"
    theo = _THEO.match(text)
    if theo:
        who, pub = theo.group("who").strip(), theo.group("pub")
        if "/" in who and not pub:
            who, _, pub = (part.strip() for part in who.partition("/"))
        if is_generic(who):
            return [], pub.strip() if pub else None
        if is_known_outlet(who):
            return [], who  # "Theo Tuổi Trẻ": the outlet, no author
        if _signature_name(who) and not is_outlet(who):
            return [who], pub.strip() if pub else None
        if not pub and len(who) <= 40:
            return [], who
        return None
    if _OUTLET_WORD.match(text) and is_name(text):
        return [], text
    source = _SOURCE_LABEL.match(text)
    if source and is_name(source.group("pub"), max_words=4) and is_source_person(source.group("pub")):
        return [source.group("pub")], None  # "Nguồn tin: Sao Khuê": portals sign with the author's name
    if source and (is_name(source.group("pub"), max_words=6) or source.group("pub").isupper()):
        return [], source.group("pub")
    initials = _INITIALS.match(text)
    if initials:
        code = initials.group("who")
        if code.upper() in _DATELINES:
            return [], _DATELINES[code.upper()]
        return [code], None
    one = labelled_name(text)
    if one and one[1] == 0 and one[2] == len(text):
        return [one[0]], None  # "bởi Linh", "Tác giả: Linh"
    credited = _NAME_OUTLET.match(text)
    if credited and _signature_name(credited.group("who")) and is_author_name(credited.group("who")):
        outlet = credited.group("pub")
        if outlet.upper() in _DATELINES or _outlet_code(outlet) or is_outlet(outlet):
            return [credited.group("who")], outlet  # "Lan Anh/TTXVN", "Lan Anh (Báo Sơn La)"
        if is_unit(outlet) and is_source_person(credited.group("who")):
            return [credited.group("who")], None  # "Lan Anh - Trung tâm Văn hóa huyện": the writer's unit
    text, outlet = _peel_credit(text)  # "Ngọc Hà - Thu Trang (VOV)": the names, then the outlet
    labelled = _SIGNATURE_LABEL.match(text)
    if labelled:  # a photo credit after the writers' names names no author ("Bài: A - Ảnh: B")
        names = _SIGNATURE_JOIN.split(_PHOTO_CREDIT.sub("", text[labelled.end() :]))
    else:  # "MINH AN - THU HÀ": without a label only a dash joins names ("Hà Nội, Việt Nam" is an address)
        names = _DASH_JOIN.split(text)
        if is_outlet(text) and is_name(text):
            return [], text  # "HQ Online": the site
    if 1 <= len(names) <= 3 and all(_signature_name(n) for n in names):
        if not all(is_header_name(n) for n in names):
            # "Tuổi Trẻ": the outlet the text came from; "Đà Nẵng", "Lan Anh - Hà Nội": a place, no signature
            return ([], text) if len(names) == 1 and is_known_outlet(text) else None
        if is_outlet(text):
            return [], text  # "HQ Online": the site
        return [n for n in names if not is_generic(n)], outlet
    if text.isupper() and is_name(text, max_words=8):
        return [], None  # a closing banner or body in capitals ("ĐỒNG HÀNH CÙNG DOANH NGHIỆP"): chrome
    return None


def parse_signature(line: str) -> tuple[str | None, str | None] | None:
    """Parse a closing signature: "Hoàng Mẫn", "Theo Diệp Trương (TTXVN/Vietnam+)".

    Returns:
        ``(first author or None, publisher or None)``, or None when the line is no signature.
    """
    found = signature_authors(line)
    if found is None:
        return None
    names, publisher = found
    return (names[0] if names else None), publisher


def _paragraphs(lines: Iterable[str]) -> list[str]:
    return [line for line in lines if line]


def _infer_title(lead: str | None) -> str | None:
    if not lead:
        return None
    sentence = re.split(r"(?<=[.!?])\s", lead, maxsplit=1)[0]
    if len(sentence) <= 120:
        return sentence.rstrip(".")
    cut = sentence[:120].rsplit(" ", 1)[0]
    return cut.rstrip(",;: ") + "…"


_UP = "A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
_LOW = _UP.lower()
# Capitalized words that open a lead or a photo caption and rarely stand inside a headline
# after a lowercase word: where a run-on headline ends ("... ổn định Ông Trần Văn B ...").
_OPENERS = (
    "Theo",
    "Sau",
    "Trong",
    "Trước",
    "Ngày(?= \\d)",
    "Năm(?= \\d)",
    "Đồng chí",
    "Hiện trường",
    "Sáng",
    "Chiều",
    "Tối",
    "Trưa",
    "Đêm",
    "Hôm",
    "Tại",
    "Từ",
    "Để",
    "Với",
    "Khi",
    "Hiện nay",
    "Ông",
    "Bà",
    "Chị",
    "Các",
    "Nhiều",
    "Một",
    "Những",
    "Mỗi",
    "Hai",
    "Bốn",
    "Đó",
    "Đây",
    "Lực lượng",
    "Quang cảnh",
    "Toàn cảnh",
    "Người",
    "Đoàn",
    "Đại diện",
    "Đại biểu",
    "Vợ chồng",
    "Lần đầu",
    "Hoạt động",
    "Rất nhiều",
    "Tất cả",
    "Số lượng",
    "Dự định",
    "Lãnh đạo",
    "Cán bộ",
    "Học sinh",
    "Sinh viên",
    "Công nhân",
    "Nông dân",
    "Bộ đội",
    "Chiến sĩ",
    "Cảnh sát",
    "Thầy",
)
# Words that start sentences (leads, captions, paragraphs) and never followed a lowercase word
# inside a headline of the dev part of the VNTC corpus (4,617 texts: 12 or more sentence starts,
# 0 inside 3,344 headline capitals); words that open titles, bodies and names ("Phó", "Thứ trưởng",
# "Tham mưu", "Tiến sĩ", "Đặc phái viên", "Ủy", "Khu", "Cơ quan", "Dự án", "Đầu tư", "Thông tin",
# "Cách mạng", "Nhân dân", "Quyết định", "Xe khách") left out.
_SENTENCE_STARTS = (
    "Ngoài",
    "Hiện",
    "Vào",
    "Khoảng",
    "Đến",
    "Không",
    "Cũng",
    "Trao",
    "Buổi",
    "Hơn",
    "Do",
    "Nếu",
    "Mặc",
    "Ngay",
    "Việc",
    "Trên",
    "Về",
    "Được",
    "Đối",
    "Ở",
    "Nằm",
    "Lúc",
    "Số",
    "Thời",
    "Cùng",
    "Gần",
    "Kết",
    "Như",
    "Lần",
    "Bên",
    "Là",
    "Toàn",
    "Nhằm",
    "Cuối",
    "Sự",
    "Hầu",
    "Giữa",
    "Dù",
    "Riêng",
    "Giá",
    "Còn",
    "Khách",
    "Tính",
    "Hệ",
    "Đã",
    "Cụ",
    "Thay",
    "Điểm",
    "Mới",
    "Nhận",
    "Chiếc",
    "Thực",
    "Cho",
    "Nhưng",
    "Trả",
    "Vừa",
    "So",
    "Bắt",
    "Triển",
    "Sớm",
    "Nói",
    "Rạng",
    "Đánh",
    "Chưa",
    "Kể",
    "Hồi",
    "Mức",
    "Đợt",
    "Lực",
    "Tiếp",
    "Thí",
    "Cứ",
    "Mấy",
    "Giai",
    "Họ",
    "Con",
    "Bạn",
)
# The openers' regexes match one space; they start with it (the look-behinds then take it in) so
# ``re`` skips ahead to a space: a leading look-behind gives it no skip (perf-clean9).
_OPENER = re.compile(
    r" (?<=[\w”\"’)] )(?<! và )(?=(?:" + "|".join((*_OPENERS, *_SENTENCE_STARTS)) + r")(?![\w]))"
)
# Where the lead starts in a run-on first line: the outlet code "(NLĐ)-" or a photo credit.
_LEAD_MARK = re.compile(r"\(\s*NLĐO?\s*(?:\)\s*[-–—]?|[-–—])")
# People openers of a caption printed on a long headline line ("... Cán bộ kiểm định đang lấy mẫu").
_PERSON_OPENER = re.compile(
    r" (?<=[a-zđà-ỹ0-9”\"’)] )(?=(?:Ông|Bà|Công nhân|Cán bộ|Nông dân|Ngư dân|Học sinh|Sinh viên|Hằng ngày"
    r"|Các em|Người dân)(?![\w]))"
)
# A capitalized word that opens a common noun ("Học viên", "Cái hố", not the name "Văn Thánh").
_NOUN_OPENING = re.compile(rf"[{_UP}][{_LOW}]*$")
_LONG_HEAD = 60  # headlines of that archive average ~50 characters; a caption makes the line longer
# Caption openers that end even a headline line of its own ("... 4 bị thương Hiện trường vụ cháy").
_CAPTION_TAIL = re.compile(
    r" (?<=[\w”\"’)] )(?=(?:Hiện trường|Lực lượng|Quang cảnh|Toàn cảnh|Trong ảnh)(?![\w]))"
)
_CREDIT_INLINE = re.compile(
    r"(?:(?<=[\w.)]) ?|(?<=[\w.]))(?:Ảnh|ẢNH)\s*:\s*"
    rf"(?P<who>(?:[{_UP}]\.\s?){{0,3}}"
    rf"(?:[{_UP}]{{2,}}(?:[ ./-][{_UP}]{{2,}})*(?![{_LOW}])|[{_UP}][{_LOW}]+|[{_UP}]))"
)


def _credit_inline(line: str, end: int) -> re.Match[str] | None:
    """``_CREDIT_INLINE.search(line, 0, end)``, tried only when an "Ả" (of "Ảnh"/"ẢNH", which every
    match holds) stands before ``end`` (the regex's leading look-behinds give ``re`` no skip)."""
    return _CREDIT_INLINE.search(line, 0, end) if line.find("Ả", 0, end) >= 0 else None


_LEAD_START = re.compile(
    r"^(?:Đây là|Sáng|Chiều|Tối|Trưa|Đêm|Ngày|Hôm|Theo|Tại|Trong|Từ|Sau|Trước|Vừa qua|Chỉ)(?![\w])"
)
# A time or date inside the would-be headline marks a lead ("7h sáng nay 10/4, cuộc đi bộ...").
_CLOCK = re.compile(r"\d(?:h|giờ)(?![\w])|\d/\d|(?:sáng|chiều|tối) nay")
# A lead opened by its time and day-month date after the headline: "... báo chí cách mạng 9h sáng nay,
# 21-4, tại Thái Nguyên", "... Tổng Bí thư Sáng nay, 24-4, tại ...", "... 13 giờ chiều 25-1, vị trí ...".
_DATED_LEAD = re.compile(
    r" (?<=[\w”\"’)] )(?=(?:\d{1,2}(?:h|giờ)(?:\d{2})?(?: \d{1,2} phút)?(?: (?:sáng|chiều|tối|trưa|đêm))?"
    r"|Sáng|Chiều|Tối|Trưa|Đêm|Rạng sáng)(?: nay| qua| hôm qua)?,? \(?\d{1,2}-\d{1,2}(?:-\d{4})?\)?, )"
)
# A headline opened by the day it announces and a colon ("Ngày 24-4: Công bố kết quả ...", "19-7: hội
# nghị ..."): no lead's opening, though it starts with "Ngày".
_DATED_HEAD = re.compile(r"^(?:(?:Ngày|Sáng|Chiều|Tối) )?\d{1,2}[-/]\d{1,2}(?:[-/]\d{4})?: ")
# An interview's first question after the headline, behind a detached full stop: "Hơn 50% trường THCN tổ
# chức xét tuyển? . Phóng viên: Điểm mới ...", "... sẽ được ban hành . Phóng viên: Ngày 31-12-2005, ...".
_INTERVIEW_TURN = re.compile(r" \. (?=(?:Phóng viên|PV)\s*:)")
# "Trong ảnh:" after a caption's sentence describes the photo, up to its credit or the lead's opener:
# "... như mê hồn trận! Trong ảnh: Khu nhà ở Làng Hoa, phường 11, quận Gò Vấp Những tên đường lạ lùng: ...".
_PHOTO_NOTE = re.compile(r"(?<=[.!?]) Trong ảnh: ")
_PHOTO_NOTE_MAX = 250  # a caption sentence and its note fit in the first ~250 characters of the line
_PHOTO_NOTE_SPAN = 200  # the note names what the photo shows in fewer characters than this
_LEAD_ECHO = 30  # this many characters of the lead found again before the outlet code: a copy of it
_RUN_ON_SCAN = 450  # the headline and a caption of a run-on line fit in the first ~400 characters
_HEAD_MIN, _HEAD_MAX = 12, 180  # shortest and longest headlines of that archive, with margin


def _photo_note(text: str) -> tuple[int, int] | None:
    """``(start, end)`` of a "Trong ảnh: ..." note in ``text``, or None.

    The note stands after one caption sentence; it ends after its credit ("- Ảnh: H.THÚY") or where a
    lead opener follows it ("... Q.1 - TPHCM Hơn 70% giáo viên ...").
    """
    note = _PHOTO_NOTE.search(text, 0, _PHOTO_NOTE_MAX)
    if note is None:
        return None
    limit = note.end() + _PHOTO_NOTE_SPAN
    credit = _credit_inline(text, limit)
    if credit is not None and credit.start() > note.end():
        return note.start(), credit.end()
    opener = _OPENER.search(text, note.end() + _HEAD_MIN, limit)
    return (note.start(), opener.start()) if opener is not None else None


def _noted_caption(rest: str) -> int | None:
    """Where a caption sentence with its photo note, opening ``rest``, ends; or None."""
    note = _photo_note(rest)
    if note is None or ". " in rest[: note[0] - 1]:
        return None
    return note[1]


def _opener_split(text: str) -> int | None:
    """Index where a lead or caption opener follows the headline inside ``text``, or None."""
    for match in _OPENER.finditer(text, 0, _HEAD_MAX + 1):
        if match.start() >= _HEAD_MIN and not _place_named_so(text, match.end()):
            return match.start()
    return None


_SENTENCE_OPENER = re.compile(r" (?<=[\w”\"’)] )(?<! và )(?=(?:" + "|".join(_SENTENCE_STARTS) + r")(?![\w]))")
_QUESTION_END = re.compile(r"[?!] (?=[A-ZÀ-ỸĐ0-9“\"])")
_LEAD_MIN = 40  # a lead runs on for a sentence; a shorter tail is a subtitle or part of the headline


def _lead_in_title(line: str) -> int | None:
    """Where a lead starts inside a line taken as the headline, or None.

    The Người Lao Động archive also prints "headline lead" lines that end without a full stop:
    "Bao nhiêu cháu cần 1 cấp dưỡng? Trường của chúng tôi có 250 cháu ...", "Cưới vợ ở Thượng
    Hải Thượng Hải là ...". A question or exclamation mark, or a word that starts sentences and
    never follows a lowercase word inside headlines (_SENTENCE_STARTS), ends the headline when a
    lead-long tail follows.
    """
    if len(line) <= _LONG_HEAD:
        return None
    stop = _QUESTION_END.search(line, _HEAD_MIN, _HEAD_MAX + 1)
    opener = None if stop else _SENTENCE_OPENER.search(line, _HEAD_MIN, _HEAD_MAX + 1)
    cut = stop.end() - 1 if stop else opener.start() if opener else None
    if cut is None or len(line) - cut < _LEAD_MIN or ". " in line[:cut]:
        return None
    return cut


def _capital_turn(text: str) -> int | None:
    """Where a capitalized common noun follows a lowercase word or a number, or None.

    "... học tập cộng đồng Học viên đủ các lứa tuổi": the caption starts at "Học viên"; names
    ("cầu Văn Thánh"), words after "và" and capitals after capitals ("Nhà máy Lọc dầu Dung Quất")
    are no turn.
    """
    words = [(m.start(), m.group(0)) for m in re.finditer(r"\S+", text)]
    for i in range(1, len(words) - 1):
        start, word = words[i]
        previous, after = words[i - 1][1], words[i + 1][1]
        if start < _HEAD_MIN or len(text) - start < 10 or previous == "và":
            continue
        lowercase_before = previous[0].islower() or previous[0].isdigit()
        if lowercase_before and _NOUN_OPENING.match(word) and after[0].islower():
            return start - 1
    return None


# Where a person stands in the photo: "(x)", "(giữa)", "(thứ hai, bên phải)", "(bìa trái)".
_PHOTO_POSITION = re.compile(
    r"\((?:x|X|giữa|đứng giữa|ngồi giữa|trái|phải|bìa (?:trái|phải)|bên (?:trái|phải)"
    r"|thứ [^()]{1,14}(?:từ|bên) (?:trái|phải)(?: sang)?)\)"
)


def _marked_caption(line: str) -> int | None:
    """Where a caption that marks a person's place in the photo starts, or None.

    "... đón Xuân vui vẻ, đầm ấm Phó Chủ tịch Thường trực Tổng LĐLĐ VN Đặng Ngọc Tùng (x) trao
    quà ...": the caption opens at the last office head (with its "Phó") before the marker that
    does not continue another title or a linking word.
    """
    marker = _PHOTO_POSITION.search(line, _HEAD_MIN)
    if marker is None:
        return None
    cut = None
    for match in _subject_heads().finditer(line, _HEAD_MIN, marker.start()):
        start = match.start()
        if line.endswith("Phó ", 0, start):
            start -= len("Phó ")
        before = line[:start].rstrip()
        previous = before.rsplit(" ", 1)[-1]
        if start < _HEAD_MIN or previous in _LINK_WORDS or _ends_with_head(before):
            continue
        if previous[0].isupper() and not previous.isupper():
            continue  # inside a capitalized name ("Tổng LĐLĐ"): after a lowercase word or an acronym only
        cut = start
    return cut


def _continues_name(line: str, start: int) -> bool:
    """True when the capitalized word at ``start`` follows a capitalized compound inside the line.

    "... tổ chức Đại hội Đoàn TNCS ...", "... và Thường vụ Quân ủy Trung ương": after "Đại hội",
    "Thường vụ" the capital goes on with the name of the meeting or body, it starts no caption.
    """
    words = line[:start].split()
    head = words[-2] if len(words) >= 3 else ""
    return head[:1].isupper() and head[1:].isalpha() and head[1:].islower() and words[-1].islower()


def _caption_in_title(line: str) -> int | None:
    """Where a photo caption printed on the headline's line starts, or None.

    "... 4 bị thương Hiện trường vụ cháy" (a caption opener), "Ngư dân Cần Giờ được mùa cá đối
    Ngư dân Cần Giờ đang thu hoạch" (three words of the headline said again), and in long lines
    "... cống hộp Cán bộ kiểm định đang lấy mẫu" (a person opener after a lowercase word).
    """
    cuts: list[int] = []
    tail = _CAPTION_TAIL.search(line, _HEAD_MIN)
    if tail:
        cuts.append(tail.end())
    words = [(m.start(), m.group(0)) for m in re.finditer(r"\S+", line)]
    for i in range(1, len(words) - 2):
        start, word = words[i]
        if start < _HEAD_MIN or not word[0].isupper():
            continue
        phrase = " ".join(w for _, w in words[i : i + 3])
        if phrase in line[:start] and len(line) - start >= _CAPTION_MIN and not _continues_name(line, start):
            cuts.append(start)
            break
    marked = _marked_caption(line)
    if marked is not None:
        cuts.append(marked)
    for person in _PERSON_OPENER.finditer(line, _HEAD_MIN) if len(line) > _LONG_HEAD else ():
        previous = line[: person.start()].rsplit(" ", 1)[-1]
        if previous[:1].isupper():
            continue  # a capitalized word before it makes one name: "Hội Nông dân", "Hội Sinh viên"
        if not _place_named_so(line, person.end()):
            cuts.append(person.end())
            break
    office = _office_caption(line) if len(line) > _LONG_HEAD else None
    if office is not None:
        cuts.append(office)
    # the earliest cue starts the caption: a name said twice inside the caption is no start
    return min(cuts) if cuts else None


# A lead's first clause is "<body or office> vừa / đã / cho biết ...": "Tàu du lịch cao tốc Cần Thơ -
# Phnom Penh Công ty Vận tải thủy Cần Thơ vừa đưa vào hoạt động ...".
_LEAD_VERB = re.compile(r" (?:vừa|đã|cho biết|cho hay|thông báo|công bố)(?![\w])")
_SUBJECT_SPAN = 90  # a subject runs from its head to the verb in fewer characters than this
_SUBJECT_HEAD_WORDS = 4  # headlines cut so have 6 or more words; shorter heads were a body's name
# Words after which a capitalized name continues the phrase instead of starting a sentence.
_LINK_WORDS = frozenset(
    [
        "của",
        "và",
        "với",
        "cho",
        "tại",
        "ở",
        "từ",
        "thuộc",
        "trong",
        "ngoài",
        "giữa",
        "về",
        "theo",
        "là",
        "như",
        "do",
        "bởi",
        "qua",
        "đến",
        "tới",
        "có",
        "trên",
        "dưới",
        "sau",
        "trước",
        "khi",
        "nhằm",
        "để",
        "được",
        "bị",
        "Phó",
        "Quyền",
        "nguyên",
        "cựu",
    ]
)
# A lead's time adverbial ("Những ngày qua,", "Mấy tháng qua,") never stands in a headline.
_LEAD_TIME = re.compile(r"(?<![\w])(?:ngày|tuần|tháng|năm|hôm) qua,")


@cache
def _subject_heads() -> re.Pattern[str]:
    """Body and office heads of the extraction gazetteers, as written (capitalized), longest first."""
    from transforms.extract.gazetteer import compile_cached, load_list

    heads = {h for name in ("body_heads.txt", "title_heads.txt") for h in load_list(name) if h[0].isupper()}
    return compile_cached(
        r"(?<= )(?:" + "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True)) + r")(?![\w])"
    )


@cache
def _head_at_end() -> re.Pattern[str]:
    from transforms.extract.gazetteer import compile_cached, load_list

    heads = {h for name in ("body_heads.txt", "title_heads.txt") for h in load_list(name)}
    alternation = "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True))
    return compile_cached(r"(?<![\w])(?:" + alternation + r")$", re.IGNORECASE)


@cache
def _office_person() -> re.Pattern[str]:
    """An office head, its body ("Bộ X", "tỉnh"), a name (a listed surname first), a lowercase word."""
    from transforms.extract.gazetteer import compile_cached, load_list

    heads = {h for h in load_list("title_heads.txt") if h[0].isupper()}
    surnames = {s for s in load_list("surnames.txt") if s[:1].isupper()}
    return compile_cached(
        r"(?<= )(?:Phó |Quyền )?(?:"
        + "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True))
        + r")(?: (?:Thường trực|[A-ZÀ-ỸĐ]\S*|tỉnh|thành phố|huyện|quận|xã|nước)){0,4}? (?:"
        + "|".join(re.escape(s) for s in sorted(surnames, key=len, reverse=True))
        + r")(?: [A-ZÀ-ỸĐ][a-zà-ỹđ]+){1,3} (?=[a-zà-ỹđ])"
    )


def _office_caption(line: str) -> int | None:
    """Where a caption or lead naming a person by office starts after a lowercase word, or None.

    "Hơn 2 triệu học sinh vào năm học mới Phó Thủ tướng Lê Văn An dự lễ khai giảng ...": the
    photo's subject, an office and a name followed by what he does, runs on after the headline.
    A linking word before the office ("do", "cho", "với") keeps it in the headline.
    """
    for match in _office_person().finditer(line, _HEAD_MIN, _HEAD_MAX + 1):
        previous = line[: match.start()].rstrip().rsplit(" ", 1)[-1]
        if not previous[:1].islower() or not previous[-1:].isalnum() or previous in _LINK_WORDS:
            continue  # after a name, a comma ("Bí thư Tỉnh ủy, Chủ tịch ...") or a linking word
        if _ends_with_head(line[: match.start()].rstrip()):
            continue  # the end of a longer office ("Phó Thủ tướng Thường trực")
        if len(line) - match.start() >= _LEAD_MIN and not _LEAD_VERB.search(line, 0, match.start()):
            return match.start()
    return None


def _ends_with_head(text: str) -> bool:
    """True when ``text`` ends with an office or body head in any case ("Phó giám đốc", "UBND")."""
    return _head_at_end().search(text) is not None


def _subject_split(line: str) -> int | None:
    """Where the lead's subject starts in a run-on line without outlet code, credit or opener.

    The first lead verb ("vừa", "đã", "cho biết"...) after the headline has its subject right
    before it: the last body or office head ("Công ty", "Bộ", "Bộ trưởng") standing within
    ``_SUBJECT_SPAN`` characters of it, not after a linking word ("của", "tại", "Phó") nor right
    after another head ("Chủ tịch UBND": the body belongs to the office). The headline before it
    holds no lead verb.
    """
    verb = _LEAD_VERB.search(line, _HEAD_MIN, _HEAD_MAX + _SUBJECT_SPAN)
    if verb is None:
        return None
    cut = None
    for match in _subject_heads().finditer(line, max(_HEAD_MIN, verb.start() - _SUBJECT_SPAN), verb.start()):
        start = match.start()
        before = line[:start].rstrip()
        previous = before.rsplit(" ", 1)[-1]
        if start > _HEAD_MAX or previous in _LINK_WORDS or before.endswith((",", ":", "-", "–")):
            continue
        if _ends_with_head(before) or before.count("(") > before.count(")"):
            continue  # the body of an office ("Phó giám đốc Sở"), a bracket left open ("(Bộ")
        if before.count("“") > before.count("”") or before.count('"') % 2:
            continue  # inside a quoted name ("“Tiểu Vạn Lý Trường Thành”")
        if " " not in match.group(0) and not (
            previous[0].islower() or previous[0].isdigit() or previous[-1] in ')”"'
        ):
            continue  # a one-word head after a capital continues a name ("Xi măng Hải Phòng")
        cut = start
    if cut is not None and (_LEAD_TIME.search(line, 0, cut) or len(line[:cut].split()) < _SUBJECT_HEAD_WORDS):
        return None  # a lead's time adverbial, or a body's own name ("Cục Chính trị Quân đoàn 4 vừa ...")
    return cut


_CAPTION_MIN = 20  # a caption names what the photo shows: a shorter tail is part of the headline
# Words before a place's name: an opener after them names the place ("tỉnh Bà Rịa").
_PLACE_UNITS = frozenset(
    {
        "tỉnh",
        "huyện",
        "xã",
        "quận",
        "phường",
        "thị",
        "trấn",
        "phố",
        "làng",
        "thôn",
        "ấp",
        "bản",
        "đường",
        "cầu",
        "chợ",
        "sông",
        "núi",
        "đảo",
        "hồ",
        "bến",
        "rạch",
        "kênh",
        "vàm",
        "mũi",
        "đèo",
        "TP",
        "Q.",
        "P.",
    }
)


def _place_named_so(line: str, start: int) -> bool:
    """True when the opener at ``start`` begins a place's name ("tỉnh Bà Rịa", "cầu Ông Lãnh")."""
    previous = line[:start].rstrip().rsplit(" ", 1)[-1]
    return previous in _PLACE_UNITS and line.startswith(("Bà", "Ông", "Hai"), start)


def _caption_opener(line: str) -> int | None:
    """Where a caption printed after a long headline line starts at a lead or caption opener.

    "Học ngoại ngữ ngoài giảng đường Một buổi sinh hoạt tại CLB ...": the openers of a run-on
    line (``_OPENERS``, ``_SENTENCE_STARTS``) after a lowercase word, with a caption-long tail.
    """
    for match in _OPENER.finditer(line, _HEAD_MIN, _HEAD_MAX + 1):
        previous = line[: match.start()].rsplit(" ", 1)[-1]
        if _place_named_so(line, match.end()) or _continues_name(line, match.end()):
            continue
        if previous[0].islower() and len(line) - match.end() >= _CAPTION_MIN:
            return match.start()
    return None


def _repeated_head(line: str) -> tuple[str, list[str], str] | None:
    """``(headline, [], rest)`` when the line starts with its headline printed twice.

    The headline ends at a space (at most ``_HEAD_MAX`` characters in); the line goes on with a space
    right after the headline's second copy. Cheap character tests come before the copy's compare.
    """
    end = min(len(line), _HEAD_MAX + 1)
    first = line[:1]
    space = line.find(" ", _HEAD_MIN, end)
    while space >= 0:
        after = 2 * space + 1  # where the space after the second copy stands
        if (
            line[after : after + 1] == " "
            and line[space + 1 : space + 2] == first
            and line.startswith(line[:space], space + 1)
        ):
            return line[:space], [], line[after + 1 :]
        space = line.find(" ", space + 1, end)
    return None


# A capitalized word pair the article also writes in lower case is a common noun phrase, not a
# name: capitalized after the headline's last word, it opens the caption or lead ("... lợi từ dạy
# thêm Dạy thêm và học thêm tràn lan ...", "... lương hưu Thảo luận dự án ..." with "thảo luận"
# in the body). On 6,334 VnExpress/Tuổi Trẻ headlines of a line of their own: 0 cut by the pair
# the headline itself wrote in lower case; the pair found in the body alone needs a lowercase word
# before it that is no preposition ("lên Chủ tịch nước", "dự Hội nghị") nor a meeting's name
# ("khai mạc Hội nghị"), no capitalized word in the three before that ("Báo cáo Chính trị"), a line
# longer than a headline (`_LONG_HEAD`) and, on a line of its own, no page dateline under it.
_TURN_WORD = re.compile(rf"[{_UP}][{_LOW}]*(?=\s)")
_TURN_HEAD_MIN = 20  # a shorter head is a body's name opening a lead ("Chương trình Văn bằng ...")
_TURN_MAX = 90  # the cuts of this form fall at 27-78 characters; later turns stand inside the lead
_TURN_BEFORE_NOT = frozenset(
    {"và", "của", "với", "cho", "tại", "ở", "về", "dự", "từ", "trong", "vào", "thăm", "tiếp", "gặp", "lên"}
    | {"thuộc"}
)
# A meeting's name after its verb ("khai mạc Hội nghị lần thứ 8", "nhiệm vụ Đại hội"): the body writes
# "hội nghị" in lower case too, the headline names that meeting.
_TURN_EVENT_WORDS = frozenset({"Hội", "Đại", "Kỳ", "Phiên", "Lễ"})
# A line that opens or goes on like a lead's sentence is no headline run into one: a lead verb, "Mấy
# ngày qua,", "Với ...", "Bên cạnh ..." (Thanh Niên's lead-first texts: "X vừa ký ban hành Quyết định").
_TURN_LEAD = re.compile(r" (?:vừa|đã|sẽ|đang) |(?:ngày|tuần|tháng|năm|hôm) qua,|^(?:Với|Bên cạnh|Mấy) ")


def _restated_turn(line: str, after: Sequence[str]) -> int | None:
    """Where a caption or lead opens with a word pair the text also writes in lower case, or None.

    Args:
        line: The first line (headline run into a caption or lead).
        after: The paragraphs below the line.
    """
    if _LEAD_START.match(line):
        return None
    for match in _TURN_WORD.finditer(line, _TURN_HEAD_MIN, _TURN_MAX):
        start = match.start()
        if line[start - 1] != " ":
            continue
        previous = line[:start].split()
        following = line[match.end() :].split(None, 2)
        if len(previous) < 2 or not following:
            continue
        word, before = match.group(0), previous[-1]
        pair = following[0]
        if pair in ("-", "–") and len(following) > 1:
            pair = " ".join(following[:2])  # "Cầu - đường"
        if not (pair[0].islower() or pair[0] in "-–") or not before[-1].isalnum() or before[0] in "-–":
            continue
        if previous[-2][0].isupper() and (before[0].islower() or before[0].isdigit()) and len(previous) > 2:
            # a name going on ("Báo cáo Chính trị"), or a number opening the lead ("Hà Nội 5 Trung tâm")
            continue
        if _TURN_LEAD.search(line, 0, start):
            return None
        phrase = f" {word.lower()} {pair.rstrip('.,;:')}"
        if phrase in f" {line[:start]}":
            return start - 1  # the headline's own words, capitalized again
        if (
            len(line) > _LONG_HEAD
            and (before[0].islower() or before[0].isdigit())
            and before not in _TURN_BEFORE_NOT
            and word not in _TURN_EVENT_WORDS
            and not any(w[0].isupper() for w in previous[-4:-1])  # "Văn bằng quản trị Kinh doanh"
            and any(phrase in f" {paragraph}" for paragraph in after)
        ):
            return start - 1
        if (
            before[0].isupper()
            and previous[-2][0].isupper()
            and word not in _TURN_EVENT_WORDS
            and any(phrase in f" {paragraph}" for paragraph in after)
        ):
            # after a name of two capitalized syllables, which a name's lowercase word never follows
            # ("... đặc sản ở Phú Quốc Trái sim rừng ...", "... lọc dầu Dung Quất Mạng lưới giao thông ...")
            return start - 1
    return None


def split_run_on(line: str, after: Sequence[str] = ()) -> tuple[str, list[str], str] | None:
    """Split a first line where the headline runs into a caption and the lead.

    One archive prints "headline [caption Ảnh: CREDIT] [(NLĐ)-] lead" on one line. The lead
    starts at the outlet code or after the photo credit; the caption starts where a capitalized
    opener ("Ông", "Quang cảnh", "Một") follows a lowercase word; without code or credit a
    question/exclamation mark or such an opener ends the headline.

    Args:
        line: The first paragraph of an article.
        after: The paragraphs below it (a caption or lead opening with a word pair that text writes in
            lower case starts there, `_restated_turn`).

    Returns:
        ``(headline, captions, rest)`` or None when the line is no run-on headline.
    """
    mark = _LEAD_MARK.search(line, 0, _RUN_ON_SCAN)
    # the outlet code starts the lead: what stands before it is the headline even when it opens
    # like a lead ("Ngày 4-3, khởi công dự án ... (NLĐ)- Theo Sở ...")
    if len(line) < 60 or (_LEAD_START.match(line) and not mark and not _DATED_HEAD.match(line)):
        return None
    twice = _repeated_head(line)
    if twice:
        return twice
    head, rest, caption_credit = "", "", ""
    credit = _credit_inline(line, mark.start() if mark else _RUN_ON_SCAN)
    if credit:
        head, caption_credit = line[: credit.start()].rstrip(), line[credit.start() : credit.end()].strip()
        rest = line[mark.start() :] if mark else line[credit.end() :].lstrip(" .")
    elif mark:
        head, rest = line[: mark.start()].rstrip(), line[mark.start() :]
        opening = line[mark.end() :].lstrip()[:_LEAD_ECHO]
        echo = head.find(opening, _HEAD_MIN) if len(opening) == _LEAD_ECHO else -1
        if echo > 0:
            head = head[:echo].rstrip()  # the lead's first sentence printed before the code too
    else:
        interview = _INTERVIEW_TURN.search(line, _HEAD_MIN, _HEAD_MAX + 1)
        if interview is not None and ". " not in line[: interview.start()]:
            head, rest = line[: interview.start()].rstrip(), line[interview.end() :]
            return (head, [], rest) if _HEAD_MIN <= len(head) <= _HEAD_MAX else None
        stop = re.search(r"[?!] (?=[A-ZÀ-ỸĐ0-9“\"])", line[: _HEAD_MAX + 1])
        cut = stop.end() - 1 if stop else _opener_split(line)
        dated = None if stop else _DATED_LEAD.search(line, _HEAD_MIN, _HEAD_MAX + 1)
        if dated is not None and (cut is None or dated.start() < cut):
            cut = dated.start()  # the lead's time and date come before any other opener
        if cut is None and not stop:
            cut = _subject_split(line)
        if cut is None and not stop:
            cut = _office_caption(line)
        if cut is None and not stop:
            cut = _restated_turn(line, after)
        note = _photo_note(line) if cut is None or ". " in line[:cut] else None
        if note is not None:
            # a caption sentence and its photo note before the lead: the caption starts where a
            # capitalized common noun follows the headline's last word ("... làm thước đo Mô hình ...")
            turn = _capital_turn(line[: note[0]])
            cut = turn if turn is not None and not line[:turn].endswith(":") else None
        if cut is None or ". " in line[:cut] or _CLOCK.search(line, 0, cut):
            return None
        head, rest = line[:cut].rstrip(), line[cut:].lstrip()
        noted = _noted_caption(rest)
        if noted is not None:
            captions_before, rest = [rest[:noted].strip(" -")], rest[noted:].lstrip(" -")
            if rest and _HEAD_MIN <= len(head) <= _HEAD_MAX and not head.endswith((",", ":")):
                return head, captions_before, rest
    captions: list[str] = []
    if caption_credit:
        stop = re.search(r"[?!] (?=[A-ZÀ-ỸĐ0-9“\"])", head)
        cut = stop.end() - 1 if stop else _opener_split(head)
        if cut is None:
            # a credit follows a caption: without an opener, it starts at the first capital after a
            # lowercase word ("... học tập cộng đồng Học viên đủ các lứa tuổi ... Ảnh: K.Chi")
            cut = _capital_turn(head)
        if cut is not None:
            captions.append(f"{head[cut:].strip()} {caption_credit}")
            head = head[:cut].rstrip()
    tail = None if captions else _caption_in_title(head)
    if tail is not None:
        captions.append(f"{head[tail:].strip()} {caption_credit}".strip())
        head = head[:tail].rstrip()
    if not (_HEAD_MIN <= len(head) <= _HEAD_MAX) or head.endswith((",", ":")) or not rest:
        return None
    return head, captions, rest


# Links printed at the end of a headline's line: another language's version ("... trình quốc thư [fr]",
# "[EN]") or the story's photo/video page ("... (Xem tin ảnh)", "[Xem video]"); not the headline's words.
_TITLE_LINK = re.compile(
    r"\s*(?:\[[A-Za-z]{2}\]|[(\[]xem\s+(?:tin\s+|thêm\s+)?(?:ảnh|video|clip|phóng sự ảnh)[)\]])\s*$",
    re.IGNORECASE,
)


_CRUMB_SPLIT = re.compile(r"\s*[>»›]\s*|\s+[/|]\s+")  # "IELTS/TOEFL" is no breadcrumb
_CRUMB = re.compile(r"^[A-ZÀ-ỸĐ][^\W\d_]*(?: [^\W\d_]+){0,3}$")


def _is_section_line(line: str) -> bool:
    """A section label ("Thời sự", "TIN MỚI") or a breadcrumb ("Trang chủ > Tin tức > Chính trị")."""
    if len(line) > 80:
        return False
    if fold(line).strip(" .:>»") in _SECTIONS:
        return True
    crumbs = [c for c in _CRUMB_SPLIT.split(line.strip(" >»›/|")) if c]
    return _CRUMB_SPLIT.search(line) is not None and len(crumbs) >= 2 and all(_CRUMB.match(c) for c in crumbs)


# The site's name after the headline, as in a page's <title>: "... - Báo Điện tử Chính phủ", "... |
# Cổng thông tin điện tử tỉnh X", "... - VOV.VN".
_TITLE_SITE = re.compile(
    r"\s+[-–|]\s+(?:(?:báo(?! chí)|tạp chí|cổng thông tin|trang thông tin|trang tin|đài phát thanh"
    r"|đài truyền hình)\s[^-–|]{2,60}"
    r"|[\w.-]{2,30}\.(?:vn|com|net|org))$",
    re.IGNORECASE,
)


def _dated_sentence_head(paragraphs: list[str]) -> bool:
    """A headline printed as one sentence with its full stop, with the page's date line below it.

    "Xây dựng tỉnh ... , góp phần ... của đất nước." then "Thứ 4, 14/10/2020 | 16:39:25": a lead
    never stands above the date line, so a one-sentence first line there is the headline, however long.
    """
    if len(paragraphs) < 3:
        return False
    first = paragraphs[0]
    if len(first) > _MAX_TITLE or not first.endswith(".") or ". " in first or first.endswith(".."):
        return False
    if _has_credit(first) or _never_headline(first) or parse_byline(first):
        return False
    dated = parse_byline(paragraphs[1])
    return dated is not None and dated[1] is not None


_KICKER_MAX = 150  # the kickers of the gold web pages run 37-100 characters; VNTC lines ending so are leads


def _is_kicker(line: str) -> bool:
    """A kicker printed above the headline and ending with its colon: "Diễn đàn cấp cao về Công nghiệp
    4.0:", "Đại hội ... các phường Phong Điền và Phú Bài, Bí thư Thành ủy Lê Trường Lưu:" (no sentence,
    no list heading such as "I. Du học Pháp:")."""
    return (
        line.endswith(":")
        and len(line) <= _KICKER_MAX
        and ". " not in line
        and not _LEAD_START.match(line)
        and _is_title(line[:-1].rstrip())
    )


# The outlet's code printed before the headline, as before a lead: "(TTV) Công tác đối ngoại ...".
_TITLE_CODE = re.compile(r"^\(\s*[A-ZĐ]{2,6}\s*\)\s*[-–—]?\s*(?=[A-ZÀ-ỸĐ0-9“\"])")


# An outlet's dateline code opening a lead printed as the first line, with no headline above it: a
# known code ("TTO -", "VOV.VN -"), a short code in brackets ("(HG) -", "(kontumtv.vn) –"), an all-caps
# code set off by a space ("TCCS -", "ĐNO -", "CTTĐT -") or a site's address; a dotted code other than a
# known one or an address is a place ("TP.HCM - Đồng Nai: ...").
_CODED_OPENING = re.compile(
    r"^(?:\(\s*[^\W\d_][\w.+ ]{1,18}?\s*\)|(?P<bare>[A-ZĐÂ][A-ZĐÂÍ.+]{1,11})"
    r"|(?i:[\w-]+(?:\.[\w-]+)*\.(?:vn|com|net|org)))(?P<dash>\s*[-–—]\s*)(?=[A-ZÀ-ỸĐ0-9“\"(])"
)
_CODED_LEAD_MIN = 100  # the dev leads opened so run 135-468 characters; VNTC "VN - ..." heads stay < 70
_SENTENCE_END = re.compile(r"[.!?…][”\"]? (?=[A-ZÀ-ỸĐ0-9“\"])")


def _coded_lead(line: str) -> bool:
    """A first line that is the lead, opened by its outlet's dateline code: no headline in the text.

    "TCCS - Trong 2 ngày 25 và 26-6-2020, tại ..., Đại hội ... đã diễn ra. Đại hội ...": the code and a
    full sentence of lead length; "TP.HCM - Đồng Nai: phối hợp kiểm tra ..." and "VN - Anh ký bản ghi
    nhớ ..." (short, no sentence) stay headlines.
    """
    match = _CODED_OPENING.match(line)
    if match is None:
        return False
    bare = match.group("bare")
    if bare is not None and bare.rstrip(".") not in _DATELINES:
        if "." in bare.rstrip("."):
            return False  # "TP.HCM -": a place
        if match.group("dash") == match.group("dash").strip():
            return False  # a hyphenated word ("GS-TS Nguyễn ...", "ASEM-5 sẽ ..."), no code
    rest = line[match.end() :]
    return len(rest) >= _CODED_LEAD_MIN and (rest.endswith(".") or _SENTENCE_END.search(rest) is not None)


def _take_header(paragraphs: list[str]) -> tuple[str | None, list[str], str | None, list[str]]:
    """Pop the headline and the byline/dateline from the top: ``(title, authors, published, captions)``."""
    title: str | None = None
    authors: list[str] = []
    published: str | None = None
    captions: list[str] = []
    while len(paragraphs) > 2 and _is_section_line(paragraphs[0]):
        paragraphs.pop(
            0
        )  # a section label or breadcrumb above the headline ("Thời sự", "Trang chủ > Tin tức")
    if paragraphs and parse_byline(paragraphs[0]) and len(paragraphs) > 1 and _is_title(paragraphs[1]):
        # a dateline above the headline
        paragraphs[0], paragraphs[1] = paragraphs[1], paragraphs[0]
    if len(paragraphs) > 2 and _is_kicker(paragraphs[0]) and _is_title(paragraphs[1]):
        paragraphs.pop(0)  # a kicker above the headline ("Diễn đàn cấp cao về Công nghiệp 4.0:")
    first = paragraphs[0] if paragraphs else ""
    if _coded_lead(first):
        first = ""  # the lead stands first, opened by its outlet's code: the whole line starts the body
    marked = _LEAD_MARK.search(first, 0, _RUN_ON_SCAN) or _credit_inline(first, _RUN_ON_SCAN)
    unmarked_run_on = not _is_title(first) and not _never_headline(first)
    after = paragraphs[1:]
    run_on = split_run_on(first, after) if first and (marked or unmarked_run_on) else None
    if run_on and not parse_byline(first):
        title, captions, paragraphs[0] = run_on
    elif first and (_is_title(first) or _dated_sentence_head(paragraphs)):
        title = paragraphs.pop(0)
        lead_at = _lead_in_title(title)
        if lead_at is None and len(title) > _LONG_HEAD and not title.endswith(tuple(_END_PUNCT)):
            lead_at = _restated_turn(title, after)
            if lead_at is not None and (
                len(title) - lead_at < _LEAD_MIN or (after and parse_byline(after[0]))
            ):
                lead_at = None  # a short tail is part of the headline; a page's dateline under it: its h1
        if lead_at is not None:
            paragraphs.insert(0, title[lead_at:].lstrip())
            title = title[:lead_at].rstrip()
        cut = None if title.endswith(tuple(_END_PUNCT)) else _caption_in_title(title)
        if cut is None and len(title) > _LONG_HEAD and not title.rstrip().endswith(tuple(_END_PUNCT)):
            cut = _caption_opener(title)
        if cut is not None:
            title, caption = title[:cut].rstrip(), title[cut:].strip()
            captions.append(caption)
    if title:
        _drop_header_repeats(paragraphs, title, authors)
    for i, paragraph in enumerate(paragraphs[:3]):
        full = _FULL_TITLE.match(paragraph)
        if full:
            # "(Tít đầy đủ: ...)": the archive's note of the full headline
            title = full.group(1).strip()
            paragraphs.pop(i)
            break
    if title:
        title = _TITLE_SITE.sub("", _TITLE_LINK.sub("", _TITLE_CODE.sub("", title))) or title
    # a byline with time may follow the headline (or stand first)
    byline = take_byline(paragraphs, authors)
    published = byline[0] if byline else None
    return title, authors, published, captions


_BYLINE_SPLIT = re.compile(r"\s+[-–—|/]\s*|\s*/\s+")
_BYLINE_NAME_MAX = 60  # a name-only byline line with its outlet's code ("Dương Ngọc - VGP") is short


def byline_name(line: str) -> str | None:
    """The author of a name-only byline line ("Bùi Phú Tân", "Dương Ngọc - VGP"), else None.

    The name may be followed by the outlet's code in capitals ("- VGP", "/ TTXVN").
    """
    if len(line) > _BYLINE_NAME_MAX:
        return None
    parts = _BYLINE_SPLIT.split(line.strip().rstrip(".").rstrip(" |-–—/"))  # "Phạm Đông |": no time after
    if parts[0].startswith("Theo "):
        parts[0] = parts[0][5:]  # "Theo Hồ Hương": the author's name
    if not is_name(parts[0], max_words=4) or not is_author_name(parts[0]) or not is_header_name(parts[0]):
        return None  # no name, or a tag, the site, a place ("Hà Nội") or an outlet ("Tuổi Trẻ")
    if any(not (p.isupper() and len(p) <= 12 and " " not in p) for p in parts[1:]):
        return None
    return parts[0]


def _drop_header_repeats(paragraphs: list[str], title: str, authors: list[str]) -> None:
    """Drop what stands between the headline and the text: the headline printed again, a section
    label ("Xã hội"), and take a name-only byline ("Bùi Phú Tân", "Dương Ngọc - VGP")."""
    key = fold(title).rstrip(" .")
    for _ in range(3):
        if len(paragraphs) < 2:
            return
        first = paragraphs[0]
        repeat = len(first) <= len(title) + 2 and fold(first).rstrip(" .") == key
        if repeat or (len(first) <= 30 and fold(first).strip(" .:") in _SECTIONS):
            paragraphs.pop(0)
        elif not authors and (name := byline_name(first)):
            authors.append(name)
            paragraphs.pop(0)
        else:
            return


# A dateline's outlet printed on its own line above the lead: "HQ Online -", "Báo X -".
_OUTLET_FRAGMENT = re.compile(r"^(\S.{1,40}?)\s*[-–—]$")


def take_byline(paragraphs: list[str], authors: list[str]) -> tuple[str | None, int] | None:
    """Pop the byline/time line standing in the first two paragraphs, if any.

    Args:
        paragraphs: The article's paragraphs (changed in place).
        authors: Receives the byline's author.

    Returns:
        ``(ISO time or None, index the line stood at)``, or None when there is no byline.
    """
    found = _take_time_line(paragraphs, authors)
    if not authors:
        _take_name_above_dateline(paragraphs, authors)
    return found


def _take_time_line(paragraphs: list[str], authors: list[str]) -> tuple[str | None, int] | None:
    for i in range(min(2, len(paragraphs))):
        fragment = _OUTLET_FRAGMENT.match(paragraphs[i])
        if fragment and len(paragraphs) > i + 1 and is_outlet(fragment.group(1)):
            paragraphs.pop(i)  # "HQ Online -" printed apart from its lead: the site, no author
        byline = parse_byline_authors(paragraphs[i])
        if byline:
            names, published = byline
            paragraphs.pop(i)
            named = None if names else _take_named_time(paragraphs, i)
            if named:  # "Thứ Ba, 23/09/2025" / "Nguyễn Hiền" / "23/09/2025, 10:18": the time with the clock
                names, published = [named[0]], named[1] if len(named[1]) > len(published or "") else published
            authors.extend(names)
            return published, i
        named = _take_named_time(paragraphs, i)
        if named:  # "Nguyễn Hiền" / "23/09/2025, 10:18"
            authors.append(named[0])
            return named[1], i
    return None


def _take_named_time(paragraphs: list[str], i: int) -> tuple[str, str] | None:
    """Pop a name-only line and the time-only line right below it: ``(author, ISO time)``."""
    if i + 1 >= len(paragraphs) or not (name := byline_name(paragraphs[i])):
        return None
    below = parse_byline(paragraphs[i + 1])
    if not below or below[0] is not None or below[1] is None:
        return None
    del paragraphs[i : i + 2]
    return name, below[1]


def _take_name_above_dateline(paragraphs: list[str], authors: list[str]) -> None:
    """Pop a name-only line standing right above a lead opened by an outlet's code ("THU HÀ" /
    "(ABC) - Ngày 1-7, ..."), in the first three paragraphs."""
    for i in range(min(3, len(paragraphs) - 1)):
        if len(paragraphs[i]) > _BYLINE_NAME_MAX:
            continue  # cheap test first: a name line is short
        below = paragraphs[i + 1]
        coded = below.startswith("(") and _DATELINE.match(below)  # "(KGO) -": a code in brackets
        if (coded or _dateline_publisher(below)) and (name := byline_name(paragraphs[i])):
            authors.append(name)
            paragraphs.pop(i)
            return


def take_signatures(
    paragraphs: list[str], strip: Callable[[str], str] | None = None
) -> tuple[list[str], str | None]:
    """Pop up to two closing signatures, never the last paragraph.

    Args:
        paragraphs: The article's paragraphs (changed in place).
        strip: Applied to a line before it is read ("(tổng hợp)" suffixes on web pages).

    Returns:
        ``(authors in text order, publisher or None)``.
    """
    tail_authors: list[str] = []
    publisher: str | None = None
    # its matches end with ")" or "ghi" (a cheap test first: the leading look-behind gives re no skip)
    trailing = (
        _TRAILING_INITIALS.search(paragraphs[-1])
        if paragraphs and paragraphs[-1].endswith((")", "ghi", ")\n", "ghi\n"))
        else None
    )
    if trailing:
        paragraphs[-1] = paragraphs[-1][: trailing.start()]
        paragraphs.append(trailing.group("sig"))
    elif paragraphs and (glued := split_glued_signature(paragraphs[-1])):
        found = signature_authors(glued[1])
        if found and found[0]:  # "... giao đất. K. Long": the writer, glued to the last sentence
            paragraphs[-1] = glued[0]
            paragraphs.append(glued[1])
    while len(paragraphs) > 1 and len(tail_authors) < 2:
        signature = signature_authors(strip(paragraphs[-1]) if strip else paragraphs[-1])
        if not signature:
            break
        names, pub = signature
        tail_authors[:0] = names
        if pub:
            publisher = pub
        paragraphs.pop()
    return tail_authors, publisher


# A page's photo laid out as a table prints its caption as a cell: "... tại buổi chào xã giao. |" (6 gold
# web texts of 6 outlets, all photo captions; no VNTC line ends so). A cell with a caption's cue
# ("phát biểu", a credit, a scene) is a caption even with its full stop; another cell is kept as text.
_BAR_CAPTION_MAX = 300


def _is_image_alt(line: str) -> bool:
    """``_IMAGE_ALT.search(line)``, tried only when the line ends as its matches do: a digit, maybe
    spaces and a full stop ("... ảnh 2."; its leading ``\\s`` gives ``re`` no skip)."""
    end = line.rstrip()
    if end.endswith("."):
        end = end[:-1].rstrip()
    return end[-1:].isdecimal() and _IMAGE_ALT.search(line) is not None


def _split_captions(paragraphs: list[str], captions: list[str]) -> list[str]:
    """Body paragraphs; captions, repeated lines and image alt lines go to ``captions``."""
    body_parts: list[str] = []
    by_length: dict[int, list[str]] = {}  # short body paragraphs: a repeat in the other tone-mark style
    previous = ""
    after_image = False
    for paragraph in paragraphs:
        if _is_image_alt(paragraph):
            after_image = True
            continue
        if paragraph == previous:
            # a repeated line is a caption printed under and beside its photo
            if body_parts and body_parts[-1] == paragraph:
                body_parts.pop()
                if paragraph in by_length.get(len(paragraph), ()):
                    by_length[len(paragraph)].remove(paragraph)
            if paragraph not in captions:
                captions.append(paragraph)
            continue
        previous = paragraph
        if len(paragraph) <= _MAX_TITLE and (
            paragraph in body_parts or _restyled_repeat(paragraph, by_length)
        ):
            continue  # a headline or intertitle printed again further down the page ("Thủy" / "Thuỷ")
        if paragraph.endswith(" |") and len(paragraph) <= _BAR_CAPTION_MAX:
            paragraph = paragraph[:-2].rstrip()  # a table cell's end
            if is_caption(paragraph) or _CAPTION_CUES.search(paragraph):
                captions.append(paragraph)  # the caption cell under a photo's cell ("![]() |")
                after_image = False
                continue
        if (after_image and len(paragraph) <= 200) or is_caption(paragraph):
            captions.append(paragraph)
            after_image = False
            continue
        after_image = False
        body_parts.append(paragraph)
        if _REPEAT_FOLD_MIN <= len(paragraph) <= _MAX_TITLE:
            by_length.setdefault(len(paragraph), []).append(paragraph)
    return body_parts


_REPEAT_FOLD_MIN = 40  # a shorter line is compared as written: "Ma" and "Mà" are two intertitles


def _restyled_repeat(paragraph: str, by_length: dict[int, list[str]]) -> bool:
    """True when a body paragraph of the same length is this one in the other tone-mark style.

    The two styles ("Thủy" / "Thuỷ") move a mark within the syllable, so the NFC lengths are equal:
    only paragraphs of the same length are folded and compared.
    """
    same = by_length.get(len(paragraph))
    if not same:
        return False
    key = fold(paragraph)
    return any(fold(other) == key for other in same)


# The lead printed twice: the page's summary, then the first paragraph saying it again, maybe with an
# abbreviation brought in ("Ủy ban Kiểm tra (UBKT) Tỉnh ủy ..."), or going on after it. A copy that says
# nothing more leaves (the first stays: names read best without the bracket); one that goes on stays.
_BRACKETED = re.compile(r"\s*\([^()]{1,30}\)")
_LEAD_REPEAT_MIN = 60  # a shorter first line said again is a headline or an intertitle, handled above


def _drop_repeated_lead(body_parts: list[str]) -> None:
    """Keep once a lead that the next paragraph says again (brackets and spacing aside)."""
    if len(body_parts) < 2 or len(body_parts[0]) < _LEAD_REPEAT_MIN:
        return
    if not body_parts[1].startswith(body_parts[0][:12]):
        return  # cheap test first: a repeat opens with the same words

    def key(text: str) -> str:
        return " ".join(fold(_BRACKETED.sub("", text)).split())

    first, second = key(body_parts[0]), key(body_parts[1])
    if second == first:
        body_parts.pop(1)
    elif second.startswith(first):
        body_parts.pop(0)


def _take_closing_date(paragraphs: list[str]) -> str | None:
    """Pop a page date line printed after the article ("Cập nhật ngày 17/10/2019") and read it."""
    if len(paragraphs) < 2:
        return None
    byline = parse_byline(paragraphs[-1])
    if byline is None or byline[0] is not None or byline[1] is None:
        return None
    paragraphs.pop()
    return byline[1]


def clean_text(raw: str) -> CleanedText:
    """Take a plain-text article apart into title, lead, body, captions, authors and time.

    Args:
        raw: Decoded article text.

    Returns:
        The cleaned article; ``title`` is None when the first line is no headline.
    """
    text = normalize_unicode(raw)
    paragraphs = _paragraphs(_strip_chrome([line.strip() for line in text.split("\n")], residue=True))
    title, authors, published, captions = _take_header(paragraphs)
    tail_authors, publisher = take_signatures(paragraphs)
    if published is None:
        published = _take_closing_date(paragraphs)
    authors.extend(a for a in tail_authors if a not in authors)
    body_parts = _split_captions(paragraphs, captions)
    _drop_repeated_lead(body_parts)
    if body_parts:
        body_parts[0], dateline_publisher = split_dateline(body_parts[0])
        publisher = dateline_publisher or publisher

    body, changes = canonical_tones("\n\n".join(body_parts))
    lead = body[: len(body_parts[0])] if len(body_parts) > 1 else None
    return CleanedText(
        title=canonical_tones(title)[0] if title is not None else None,
        title_inferred=None if title else _infer_title(lead or (body_parts[0] if body_parts else None)),
        lead=lead,
        body=body,
        captions=tuple(canonical_tones(c)[0] for c in captions),
        authors=tuple(canonical_tones(a)[0] for a in authors),
        publisher=publisher,
        published=published,
        spelling_original=changes,
    )
