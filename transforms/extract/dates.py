"""Event dates: "Ngày 9/1", "sáng 29-12", "Chiều 20/7", "Hôm qua (8/9)", "ngày 9 tháng 1".

News leads give the day and month of the reported event and leave the year out. The
year comes from the publication time when known (the year that puts the event closest
to publication), else from the years the article itself names, else there is no date:
a date the text does not support is never produced.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from transforms.extract.gazetteer import alternation, both_cases, bounded, word_start
from transforms.extract.starts import KeyedStarts, literal_offsets, matches_at

# A weekday: "Thứ Hai (25/3)", "sáng thứ Năm, 28/3", "Chủ nhật (24/3)".
_WEEKDAYS = {"hai": 0, "ba": 1, "tư": 2, "năm": 3, "sáu": 4, "bảy": 5, "chủ nhật": 6}
_WEEKDAY_WORDS = (*(f"thứ {d}" for d in ("hai", "ba", "tư", "năm", "sáu", "bảy")), "chủ nhật")
# written "thứ Hai" or "thứ hai"; literal alternatives keep re's fast prefix search
_WEEKDAY_FORMS = (*_WEEKDAY_WORDS, *(w[:4] + w[4].upper() + w[5:] for w in _WEEKDAY_WORDS))
_CUE_WORDS = ("sáng", "chiều", "tối", "trưa", "đêm", "ngày", "hôm", "phiên")
_CUE = both_cases(*_CUE_WORDS) + r"(?:\s+(?:nay|qua|mai|hôm qua|hôm nay))?"
_NUMERIC = re.compile(
    rf"{_CUE}\s*[,(]?\s*(\d{{1,2}})\s*([/.-])\s*(\d{{1,2}})"
    r"(?:\s*\2\s*((?:19|20)\d{2}))?(?![\d/])"
)
_WORDED = re.compile(
    rf"{_CUE}\s+(\d{{1,2}})\s+tháng\s+(\d{{1,2}})(?:\s*(?:năm|,)\s*((?:19|20)\d{{2}}))?(?![\d])"
)
# "Thứ Hai (25/3)", "sáng thứ Năm, ngày 28/3" (the time word before it is not needed), or a weekday
# alone ("sáng thứ Năm", "Thứ Hai vừa qua,"): the last such day by publication.
_WEEKDAY = re.compile(
    both_cases(*_WEEKDAY_FORMS)
    + r"(?![\w])(?:\s*[,(]?\s*(?:ngày\s*)?(?P<d>\d{1,2})\s*(?P<sep>[/.-])\s*(?P<m>\d{1,2})"
    r"(?:\s*(?P=sep)\s*(?P<y>(?:19|20)\d{2}))?(?![\d/]))?"
)
# every _WEEKDAY match starts with one of the forms of its alternation (tried there only, perf-misc)
_WEEKDAY_STARTS = KeyedStarts(
    (f for w in _WEEKDAY_FORMS for f in (w[0].upper() + w[1:], w[0].lower() + w[1:])), key_chars=3
)
_WEEKDAY_AS_STARTED = _WEEKDAY.pattern.startswith(both_cases(*_WEEKDAY_FORMS))
# Two days of one month: "chiều 16 và sáng 17.10", "ngày 16 và 17/10": the first day counts.
_SPAN = re.compile(
    rf"{_CUE}\s*\(?\s*(\d{{1,2}})\s*(?:và|đến|-|–|,)\s*(?:{_CUE}\s+)?\d{{1,2}}\s*([/.-])\s*(\d{{1,2}})"
    r"(?:\s*\2\s*((?:19|20)\d{2}))?(?![\d/])"
)
# A meeting's days across months: "Từ ngày 24/6 đến 6/7/2021": the first day, the year from the last.
_CROSS_SPAN = re.compile(
    r"[Tt]ừ\s+ngày\s+(\d{1,2})\s*([/.-])\s*(\d{1,2})\s+(?:đến|tới)\s+(?:ngày\s+)?\d{1,2}\s*\2\s*\d{1,2}"
    r"(?:\s*\2\s*((?:19|20)\d{2}))?(?![\d/])"
)
# every _CROSS_SPAN match opens with "Từ"/"từ", spaces and "ngày": tried only there, found from its "ừ"
# (re skips to that letter; "[Tt]" stops its scan at every "t")
_CROSS_SPAN_CUE = re.compile(r"ừ(?=\s+ngày)")
_CROSS_SPAN_AS_CUED = _CROSS_SPAN.pattern.startswith(r"[Tt]ừ\s+ngày")
# A meeting's days told by "từ" alone, no time word: "... Var Kim Hong từ 20 đến 22-12-2005 tại Phnom Penh",
# "Đại hội diễn ra từ 11-13/10": the first day, when its sentence names a meeting (issue 9, events2).
_FROM_SPAN = re.compile(
    r"[Tt]ừ\s+(\d{1,2})\s*(?:đến|tới|-|–)\s*(\d{1,2})\s*([/.-])\s*(\d{1,2})"
    r"(?:\s*\3\s*((?:19|20)\d{2}))?(?![\d/])(?!\s*(?:%|lần|người|tỷ|triệu|nghìn|ngàn|giờ)(?![\w]))"
)
_WILL_WORD = re.compile(r"(?<![\w])sẽ(?![\w])")
_FROM_SPAN_CUE = re.compile(r"ừ(?=\s+\d)")  # every _FROM_SPAN match opens with "Từ"/"từ" and a digit
# a meeting noun ("họp" covers "kỳ họp", "phiên họp", "cuộc họp")
_FROM_SPAN_MEETING = re.compile(r"(?i:hội nghị|đại hội|hội thảo|tọa đàm|(?<![\w])họp(?![\w]))")
# ... when the sentence tells a meeting held in those days (else a period: "Từ ngày 24/4 đến 1/5, đoàn sẽ")
_HELD = re.compile(r"kỳ họp|[Hh]ội nghị|[Đđ]ại hội|phiên họp|hội thảo|diễn ra|tổ chức")
HELD_CHARS = 200  # the meeting is named in the same sentence as its days
# "Hôm nay", "sáng nay", "chiều qua" without a number: the day of publication (or the one before).
_RELATIVE = re.compile(
    both_cases("hôm", "sáng", "chiều", "tối", "trưa", "đêm") + r"\s+(nay|qua)(?![\w])(?!\s*[,(]?\s*\d)"
)
_WEEKDAY_CUE = re.compile(r"(?:^|\W)(?:sáng|chiều|tối|trưa|đêm|hôm|vào)\s+$", re.IGNORECASE)
_WEEKDAY_OPENS = re.compile(r"\s*(?:,|vừa qua|tuần qua|tuần trước)")
# "đêm qua (8/7)", "hôm nay (9/7)": the day the article is written, when no publication time is known.
_ANCHOR = re.compile(
    both_cases("hôm", "sáng", "chiều", "tối", "trưa", "đêm")
    + r"\s+(nay|qua)\s*[,(]\s*(?:ngày\s*)?(\d{1,2})\s*[/.-]\s*(\d{1,2})"
    + r"(?:\s*[/.-]\s*((?:19|20)\d{2}))?(?![\d/])"
)
# The time words that open _NUMERIC, _WORDED, _SPAN, _RELATIVE and _ANCHOR, found once per text: those
# regexes are then tried only where one starts (:func:`_cued_matches`), not scanned from every time word.
_CUE_STARTS = KeyedStarts(f for w in _CUE_WORDS for f in (w[0].upper() + w[1:], w[0].lower() + w[1:]))
# the openings of the regexes tried that way: alternations of some of those forms
_CUED_HEADS = (both_cases(*_CUE_WORDS), both_cases("hôm", "sáng", "chiều", "tối", "trưa", "đêm"))
# Dates that bound a period ("đến ngày 30/6", "trước ngày 15/8") are no event dates.
_BOUND_WORDS = (
    "đến",
    "trước",
    "từ",
    "sau",
    "hết",
    "tới",
    "chậm nhất",
    "kể từ",
    "hạn",
    "sinh",
    "vào Đảng",
    "nhập ngũ",
)
_BOUND = re.compile(alternation(_BOUND_WORDS) + r"\s*(?:ngày\s*)?$", re.IGNORECASE)
# The date of a cited document ("Thông báo số 12-TB/TU ngày 12/4/2021", "công văn số 1403 ngày 27/4").
_PAPERS = both_cases("công văn", "quyết định", "thông báo", "chỉ thị", "nghị quyết", "kế hoạch", "tờ trình")
_CODE = r"\d[\w/.-]*"
_DOCUMENT_DATE = re.compile(
    # a spaced dash inside the code: "Công văn số 969/TTg – KGVX ngày 17/7/2021"
    rf"(?:{_CODE}[-/][A-ZĐ][\w/.&-]*(?:\s?[-–]\s?[A-ZĐ][\w/.&-]*)*|số\s+{_CODE}|{_PAPERS}\s+{_CODE})(?:\s+(?:của|do)\s+[^,;.\n]{{0,60}})?\s+$"
)
_YEAR = re.compile(r"((?:19|20)\d{2})(?![\d])")
_RANGE = re.compile(r"(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}")
# Years of a life or of a body, not of the news: "sinh năm 1983", "SN 1959", "thành lập từ năm
# 1938", "Luật Đất đai 2003".
_LIFE = alternation(("sinh", "SN", "thành lập", "lập từ", "ra đời", "xây dựng từ"))
_LAWS = alternation(("Luật", "Bộ luật", "Pháp lệnh"))
_PAST_MARK = re.compile(
    rf"(?:(?<![\w]){_LIFE}\s*(?:từ\s*)?(?:năm\s*)?|{_LAWS}(?: [^\s,.;]+){{1,4}} (?:năm )?)$"
)
_TARGETS = ("đến", "tới", "tầm nhìn", "giai đoạn", "nhiệm kỳ", "khóa", "trước", "kế hoạch", "kế hoạch năm")
_PLAN_YEAR = re.compile(r"kế hoạch (?:năm )?((?:19|20)\d{2})(?![\d]|\s*[-–]\s*\d)")
_FUTURE = re.compile(alternation(_TARGETS) + r"\s*(?:năm\s*)?$")
# Stronger year evidence than a bare "năm 2024": a full date, a month-year, the start of a term,
# the end of a dated span ("(26/3/1975-26/3/2005)", an anniversary).
_FULL_DATE_YEAR = re.compile(r"(?<![\d/.-])\d{1,2}\s*([/.-])\s*\d{1,2}\s*\1\s*((?:19|20)\d{2})(?![\d])")
_MONTH_YEAR = re.compile(r"tháng\s+\d{1,2}\s*(?:[/.-]|\s+năm\s+)\s*((?:19|20)\d{2})(?![\d])")
_TERM_START = re.compile(r"nhiệm kỳ\s+((?:19|20)\d{2})\s*[-–]\s*(?:19|20)\d{2}")
_DATED_SPAN = re.compile(r"(?:19|20)\d{2}\s*[-–]\s*\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*((?:19|20)\d{2})")
# "đến 12/2005", "quý I/2024" without "tháng": as good as a year named once, even as a bound
# "10.2005" (a month written with a dot, as Thanh Niên does) counts the same
_BARE_MONTH_YEAR = re.compile(
    r"(?<![\d/.-])(?:0?[1-9]|1[0-2]|I{1,3}|IV)\s*[/.]\s*((?:19|20)\d{2})(?![\d/]|\.\d)"
)
# "10 tháng đầu năm 2005", "11 tháng năm 2024": a period to date is told within its year
_PERIOD_TO_DATE = re.compile(r"(?<![\d])\d{1,2} tháng (?:đầu |cuối )?năm\s+((?:19|20)\d{2})(?![\d])")
# a birth date: "sinh ngày 3/10/1936", "sinh vào 30/4/1975", "sinh tháng 5/1945" (a full date or month-year)
_BORN_BEFORE = re.compile(
    r"(?<![\w])(?:sinh|SN)(?: (?:ngày|vào|vào ngày|tháng|từ|từ ngày|lúc \S+ ngày))?\s*$"
)
# the day and month written before a full date's year ("31/12/1959", "ngày 7 - 10/5/2006"): a founding year's
# cue stands before them
_FOUNDED_DATE_BEFORE = re.compile(r"(?:\d{1,2}\s*(?:[-–]\s*\d{1,2}\s*)?[/.-]\s*)?\d{1,2}\s*[/.-]\s*$")
FOUNDED_DATE_CHARS = 12  # "7 - 10/5/" before "2006"
BORN_CHARS = 24  # "sinh lúc 2h30 ngày " and the spaces before the date
# a capitalized word right before the bracket that holds a year: a person with the year of birth, or a
# place with the year of a past edition held there
_NAMED_BEFORE = re.compile(r"(?<![\w])[A-ZĐÀ-Ỹ][^\s()]*\s?\($")
NAMED_CHARS = 30  # the capitalized word (a syllable, or a glued code) and the bracket
# a digit and a space right before a year: a phone number's groups ("04.726 1938"); dates and counts
# are written with a separator or a word before the year ("4.2006", "năm 2006")
_PHONE_BEFORE = re.compile(r"\d $")
# "từ năm 1994 đến nay", "từ 1966 tới nay": the first year of a period lasting to the news, not its year
# (not "từ đầu năm 2006 đến nay": since the start of the news year itself)
_SINCE_BEFORE = re.compile(r"(?<![\w])[Tt]ừ\s+(?:năm\s+)?$")
SINCE_CHARS = 12  # "Kể từ năm " before the year
_UNTIL_NOW = re.compile(r"\s*(?:đến|tới)\s+(?:nay|bây giờ)(?![\w])")
# a plan or a forecast in the sentence before "vào năm 2010": the year is a target, not the news year
_PLAN_WORDS = re.compile(
    r"(?<![\w])(?:sẽ|dự kiến|phấn đấu|mục tiêu|kế hoạch|dự báo|có thể|nhằm|cần|phải|chậm nhất)(?![\w])"
)
PLAN_CHARS = 150  # the plan word is told in the same sentence, within a clause or two of the year
STRONG_WEIGHT = 4  # a full date or a month-year outweighs a year named once in passing (x2)
SPAN_WEIGHT = 12  # "(26/3/1975-26/3/2005)": an anniversary's span ends in the year it is held (x6)
TERM_WEIGHT = 1  # a term's first year is the year only when nothing better is named (x0.5)
# (regex, year group, weight in half-counts)
_EVIDENCE = (
    (_FULL_DATE_YEAR, 2, STRONG_WEIGHT),
    (_MONTH_YEAR, 1, STRONG_WEIGHT),
    (_TERM_START, 1, TERM_WEIGHT),
    (_DATED_SPAN, 1, SPAN_WEIGHT),
    (_BARE_MONTH_YEAR, 1, 2),
    (_PERIOD_TO_DATE, 1, STRONG_WEIGHT),
)
LATEST_YEAR = 2039  # news years beyond this are numbers or targets, not the year an article is about
_ANNIVERSARY = re.compile(r"[Kk]ỷ niệm (\d{1,3}) năm(?![\w])")
# every _ANNIVERSARY match holds "ỷ niệm": a text without it (most) is not scanned
_ANNIVERSARY_GATE = "ỷ niệm" if _ANNIVERSARY.pattern.startswith("[Kk]ỷ niệm") else ""
ANNIVERSARY_CHARS = 600  # the founding date is told in the same or the next paragraph
NEWS_DAYS = 90  # a news lead reports days within weeks of publication; a full date further off is background
# "Đến ngày 20-8-2020, ..." / "Tính đến ngày 30/6/2024, ..." opening a sentence: the day a status is told
_AS_OF = re.compile(
    r"(?:^|[.\n]\s*)(?:Tính\s+)?[Đđ]ến\s+(?:hết\s+)?ngày\s+(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*((?:19|20)\d{2})\s*,"
)
# every _AS_OF match holds this: a literal-led scan (re skips to "Đ"/"đ") before the one that opens with
# an alternation tried at every position
_AS_OF_CUE = re.compile(
    r"[Đđ]ến\s+(?:hết\s+)?ngày" if r"[Đđ]ến\s+(?:hết\s+)?ngày\s" in _AS_OF.pattern else ""
)
REVIEW_MONTH = 11  # a November/December day of a text naming Y and Y+1 is in Y: a review of Y planning Y+1
# "tổng kết công tác năm 2018", "Tổng kết hoạt động Hội năm 2022": the year under review (no number, law or
# clause between: "tổng kết 10 năm thi hành Luật ... năm 2013" reviews a law, not a year)
_REVIEW = re.compile(
    r"(?<![\w])[Tt]ổng kết(?: (?!Luật|luật|Bộ luật|Pháp lệnh|Nghị quyết|Chỉ thị|Kết luận|Đề án)[^\W\d]+){0,8}"
    r" năm ((?:19|20)\d{2})(?![\d]|\s*[-–]\s*\d)"
)
# every _REVIEW match holds "ổng kết": its leading look-behind makes re try every position, so a lead
# without the words (most) is not scanned
_REVIEW_GATE = "ổng kết" if _REVIEW.pattern.startswith(r"(?<![\w])[Tt]ổng kết") else ""
REVIEW_EARLY_MONTH = 4  # a review of Y is held from November of Y to the first months of Y+1
# "Nghị quyết số 57-NQ/TW, ngày 22/12/2024": a cited document's full date (the code is checked before it)
_FULL_DAY = re.compile(r"ngày\s*(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*((?:19|20)\d{2})(?![\d])")
FLOOR_DAYS = 183  # a meeting that implements a document is held within months of it
LEAD_CHARS = 1500  # the main event is told in the lead; real leads end well before 1,500 characters


@dataclass(frozen=True)
class DayMention:
    """A day-month mention in a text; ``relative`` is set for "hôm nay" (0) / "hôm qua" (-1)."""

    day: int
    month: int
    year: int | None
    start: int
    end: int
    relative: int | None = None
    weekday: int | None = None  # "sáng thứ Năm": Monday 0 ... Sunday 6, day and month 0


def _excluded(text: str, start: int, span: bool = False) -> bool:
    """True for a period bound or the date of a cited document.

    A span with both ends ("Từ ngày 24 đến 26/3") is the meeting's own days, not a bound.
    """
    bound = _BOUND.search(text, max(0, start - 14), start)
    if bound and not (span and bound.group(0).lower().startswith("từ")):
        return True
    if text[start : start + 4].lower() != "ngày":
        return False
    if _DOCUMENT_DATE.search(text, max(0, start - 90), start):
        return True
    # after a comma only a full date is the document's: "Thực hiện Kế hoạch số 15-KH/TU, ngày 12/3, ..."
    return bool(_FULL_DAY.match(text, start)) and _cites_document(text, start)


def _cites_document(text: str, start: int) -> bool:
    """True when a document's code ends right before ``start``, a comma allowed ("số 57-NQ/TW, ngày")."""
    if _DOCUMENT_DATE.search(text, max(0, start - 90), start):
        return True
    comma = text.rfind(",", max(0, start - 3), start)
    return comma > 0 and bool(_DOCUMENT_DATE.search(text[max(0, comma - 90) : comma] + " "))


def _held_after(text: str, end: int) -> bool:
    """True when the sentence going on from ``end`` names a meeting held ("..., 14 xã đã tổ chức kỳ họp")."""
    stop = text.find(".", end, end + HELD_CHARS)
    return bool(_HELD.search(text, end, stop if stop > 0 else end + HELD_CHARS))


@lru_cache(maxsize=8)  # the days and the anchor day of one body
def _cue_starts(text: str) -> tuple[int, ...]:
    """Every offset where one of the time words of :data:`_CUE_WORDS` starts (either case)."""
    return _CUE_STARTS(text)


def _cued_matches(regex: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``regex.finditer(text)`` for a regex opening with one of :data:`_CUED_HEADS`, tried only at
    :func:`_cue_starts` (every match starts at one, so the matches are the same)."""
    if not regex.pattern.startswith(_CUED_HEADS):
        return regex.finditer(text)  # the regex was changed: scan it as it is
    return matches_at(regex, text, _cue_starts(text))


def _cued(regex: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``bounded(regex, text)`` for the regexes of :func:`_cued_matches`."""
    return (m for m in _cued_matches(regex, text) if word_start(text, m.start()))


def _cross_spans(text: str) -> Iterator[re.Match[str]]:
    """``bounded(_CROSS_SPAN, text)``, the regex tried only right before each :data:`_CROSS_SPAN_CUE`."""
    if not _CROSS_SPAN_AS_CUED:
        return bounded(_CROSS_SPAN, text)  # the regex was changed: scan it as it is
    starts = (cue.start() - 1 for cue in _CROSS_SPAN_CUE.finditer(text, 1))
    return (m for m in matches_at(_CROSS_SPAN, text, starts) if word_start(text, m.start()))


def _from_spans(text: str, taken: list[tuple[int, int]]) -> Iterator[DayMention]:
    """The first days of :data:`_FROM_SPAN` spans whose sentence names a meeting (outside ``taken``)."""
    starts = (cue.start() - 1 for cue in _FROM_SPAN_CUE.finditer(text, 1))
    for match in matches_at(_FROM_SPAN, text, starts):
        first, last = int(match.group(1)), int(match.group(2))
        if not word_start(text, match.start()) or not first < last or _excluded(text, match.start(), True):
            continue
        if any(a <= match.start() < b for a, b in taken):
            continue
        left = max(text.rfind(". ", 0, match.start()), text.rfind("\n", 0, match.start())) + 1
        ends = [i for i in (text.find(". ", match.end()), text.find("\n", match.end())) if i != -1]
        if not _FROM_SPAN_MEETING.search(text, left, min(ends) if ends else len(text)):
            continue
        clause = max(left, *(text.rfind(mark, left, match.start()) for mark in ",;:"))
        if _WILL_WORD.search(text, clause, match.start()):
            continue  # "... lần II sẽ diễn ra trong 3 ngày từ 17-19/4/2020": a plan's days
        year = int(match.group(5)) if match.group(5) else None
        yield DayMention(first, int(match.group(4)), year, match.start(), match.end())


def find_days(text: str) -> list[DayMention]:
    """Day-month mentions with a time cue, periods' bounds and cited documents' dates excluded.

    Args:
        text: Cleaned text.

    Returns:
        Mentions in text order; "hôm nay"/"sáng qua" without a number come with day and month 0.
    """
    return list(_days(text))


def _days_before(text: str, end: int) -> list[DayMention]:
    """The mentions of ``text`` that end by ``end`` (the lead), from the one cached search of the text."""
    return [m for m in _days(text) if m.end <= end]


@lru_cache(maxsize=8)  # the main date, the article year and the events read one body's days
def _days(text: str) -> tuple[DayMention, ...]:
    """:func:`find_days`, cached and immutable."""
    found: list[DayMention] = []
    taken: list[tuple[int, int]] = []
    for regex, day_group, month_group, year_group in (
        (_CROSS_SPAN, 1, 3, 4),
        (_SPAN, 1, 3, 4),
        (_NUMERIC, 1, 3, 4),
        (_WORDED, 1, 2, 3),
    ):
        for match in _cross_spans(text) if regex is _CROSS_SPAN else _cued(regex, text):
            if any(a <= match.start() < b for a, b in taken) or _excluded(
                text, match.start(), regex is _SPAN or regex is _CROSS_SPAN
            ):
                continue
            if regex is _CROSS_SPAN and not _held_after(text, match.end()):
                continue
            taken.append((match.start(), match.end()))
            year = int(match.group(year_group)) if match.group(year_group) else None
            day, month = int(match.group(day_group)), int(match.group(month_group))
            found.append(DayMention(day, month, year, match.start(), match.end()))
    for match in _cued(_RELATIVE, text):
        found.append(DayMention(0, 0, None, match.start(), match.end(), 0 if match.group(1) == "nay" else -1))
    weekdays = (
        matches_at(_WEEKDAY, text, _WEEKDAY_STARTS(text)) if _WEEKDAY_AS_STARTED else _WEEKDAY.finditer(text)
    )
    for match in (m for m in weekdays if word_start(text, m.start())):
        if any(a <= match.start() < b for a, b in taken) or _excluded(text, match.start()):
            continue
        if match.group("d"):
            year = int(match.group("y")) if match.group("y") else None
            found.append(
                DayMention(int(match.group("d")), int(match.group("m")), year, match.start(), match.end())
            )
            continue
        # "sáng thứ Năm" (after a time word), or "Thứ Hai vừa qua," opening a sentence; not "lần thứ hai"
        cued = _WEEKDAY_CUE.search(text, max(0, match.start() - 8), match.start())
        opens = match.group(0)[0].isupper() and _WEEKDAY_OPENS.match(text, match.end())
        if cued or opens:
            weekday = match.group(0).lower().removeprefix("thứ ")
            found.append(DayMention(0, 0, None, match.start(), match.end(), weekday=_WEEKDAYS[weekday]))
    found.extend(_from_spans(text, taken))
    found.sort(key=lambda m: m.start)
    return tuple(
        m
        for m in found
        if m.relative is not None or m.weekday is not None or (1 <= m.day <= 31 and 1 <= m.month <= 12)
    )


@lru_cache(maxsize=32)  # the main date and the events ask for the same article's day
def anchor_day(text: str, year: int | None, year_end: int | None = None) -> str | None:
    """The day an article is written, from "đêm qua (8/7)" (the 9th) or "hôm nay (9/7)", for texts
    without a publication time; the year from the mention or ``year``.

    Args:
        text: Cleaned body.
        year: The article's year (:func:`article_year`) or None.
        year_end: The year for a November or December day (:func:`article_years`) or None.

    Returns:
        ``YYYY-MM-DD`` or None.
    """
    match = next(_cued_matches(_ANCHOR, text), None)
    if match is None or (match.group(4) is None and year is None):
        return None
    if year_end is not None and int(match.group(3)) >= REVIEW_MONTH:
        year = year_end
    try:
        day = date(int(match.group(4) or year or 0), int(match.group(3)), int(match.group(2)))
    except ValueError:
        return None
    return (day + timedelta(days=0 if match.group(1) == "nay" else 1)).isoformat()


@lru_cache(maxsize=32)  # events and the main date ask for the same article's year
def text_year(text: str) -> int | None:
    """The year an article is about, from the years it names.

    Full dates ("13/3/2024") and month-years ("tháng 02/2024") count double; a term range
    counts its first year ("nhiệm kỳ 2025-2030"), a dated span its last; other ranges and
    targets ("đến năm 2030", "kế hoạch năm 2024") are ignored. Of the most frequent year and
    the year after it, the later one present wins: year-end reviews held in January name
    the past year often and the new one less.

    Args:
        text: Title and body.

    Returns:
        A year, or None when the text names none.
    """
    return _year_choice(text)[0]


def _digit_first(regex: re.Pattern[str]) -> re.Pattern[str]:
    r"""``regex`` written to start with ``\d`` when it starts with ``(?<![C])\d{1,2}`` (else itself).

    ``(?<![C])\d{1,2}`` and ``\d(?<![C]\d)\d?`` match the same spans, but a leading look-behind makes
    ``re`` try every position of the text, and a leading ``\d`` lets it skip ahead to digits (perf7).
    """
    head = re.match(r"\(\?<!\[([^\]]+)\]\)\\d\{1,2\}", regex.pattern)
    if head is None:
        return regex  # the pattern was changed: use it as it is
    return re.compile(rf"\d(?<![{head.group(1)}]\d)\d?" + regex.pattern[head.end() :], regex.flags)


_FAST_EVIDENCE = tuple((_digit_first(regex), group, weight) for regex, group, weight in _EVIDENCE)
_FAST_FULL_DATE_YEAR = _digit_first(_FULL_DATE_YEAR)
# Every _PERIOD_TO_DATE match is one or two digits then " tháng ": tried only there (:func:`_periods_to_date`)
_FAST_PERIOD_TO_DATE = next(
    (f for (r, _, _), (f, _, _) in zip(_EVIDENCE, _FAST_EVIDENCE, strict=True) if r is _PERIOD_TO_DATE), None
)
_PERIOD_TO_DATE_AS_CUED = _PERIOD_TO_DATE.pattern.startswith(r"(?<![\d])\d{1,2} tháng ")
# Every _BARE_MONTH_YEAR match holds "/2005" or ".2005" (most texts hold a few): the regex is tried only
# right before them (:func:`_bare_month_years`), while the regex is the one this was written for.
_BARE_MONTH_YEAR_CUE = re.compile(r"[/.]\s*(?:19|20)\d{2}")
_BARE_MONTH_YEAR_AS_CUED = r"(?<![\d/.-])(?:0?[1-9]|1[0-2]|I{1,3}|IV)\s*[/.]\s*((?:19|20)\d{2})(?![\d/]|\.\d)"


def _bare_month_years(text: str) -> Iterator[re.Match[str]]:
    """``_BARE_MONTH_YEAR.finditer(text)``, the regex tried only where a match can start.

    A match is a month of 1-3 characters, spaces, then a :data:`_BARE_MONTH_YEAR_CUE` match ("/2005"),
    so it starts 1-3 characters before the spaces before a cue; trying those few positions in order
    finds the same matches as the scan of every position its leading look-behind costs (perf-misc).
    """
    starts: set[int] = set()
    for cue in _BARE_MONTH_YEAR_CUE.finditer(text):
        end = cue.start()
        while end > 0 and text[end - 1].isspace():  # the regex's \s*
            end -= 1
        starts.update(range(max(0, end - 3), end))
    return matches_at(_BARE_MONTH_YEAR, text, sorted(starts))


def _periods_to_date(regex: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``regex.finditer(text)`` for :data:`_FAST_PERIOD_TO_DATE`, tried only one and two characters before
    each " tháng " (where its one or two digits start); the same matches (perf-dates)."""
    starts: set[int] = set()
    for at in literal_offsets(text, " tháng ", 1):
        starts.update(range(max(0, at - 2), at))
    return matches_at(regex, text, sorted(starts))


# The year scans of _counted_year_choice tried only near the offsets of "19" and "20" (str.find, a few per
# text) instead of re's scan from every digit: the regexes that open with a year there (_RANGE, _DATED_SPAN,
# _YEAR), a full date in the run of digits, spaces and separators before one (perf-dates).
_OPENS_WITH_YEAR = (r"(?:19|20)\d{2}", r"((?:19|20)\d{2})")
_FULL_DATE_AS_CUED = r"(?<![\d/.-])\d{1,2}\s*([/.-])\s*\d{1,2}\s*\1\s*((?:19|20)\d{2})(?![\d])"


def _year_starts(text: str) -> list[int]:
    """Every offset where "19" or "20" starts, in order (a superset of where a year starts)."""
    return sorted((*literal_offsets(text, "19"), *literal_offsets(text, "20")))


def _full_date_starts(text: str, years: list[int]) -> list[int]:
    """Where a :data:`_FULL_DATE_YEAR` match can start: every offset of the run of digits, spaces and
    separators ("/.-") that ends right before a year (the match is such a run, then its year)."""
    starts: set[int] = set()
    for year in years:
        at = year - 1
        while (
            at >= 0 and at not in starts and (text[at] in "/.-" or text[at].isdecimal() or text[at].isspace())
        ):
            starts.add(at)
            at -= 1
    return sorted(starts)


def _at_years(regex: re.Pattern[str], text: str, years: list[int]) -> Iterator[re.Match[str]]:
    """``regex.finditer(text)`` for the evidence regexes, tried only where they can start near ``years``."""
    if regex.pattern.startswith(_OPENS_WITH_YEAR):
        return matches_at(regex, text, years)
    if regex.pattern == _FAST_FULL_DATE_YEAR.pattern and _FULL_DATE_YEAR.pattern == _FULL_DATE_AS_CUED:
        return matches_at(regex, text, _full_date_starts(text, years))
    return regex.finditer(text)


def _sub_at_years(regex: re.Pattern[str], text: str, years: list[int]) -> str:
    """``regex.sub(" ", text)``, the matches found by :func:`_at_years`."""
    pieces: list[str] = []
    last = 0
    for match in _at_years(regex, text, years):
        pieces += (text[last : match.start()], " ")
        last = match.end()
    return "".join((*pieces, text[last:])) if pieces else text


def _bounded_years(text: str) -> Iterator[re.Match[str]]:
    """``bounded(_YEAR, text, "/.,-")``, the regex tried only at :func:`_year_starts`."""
    if not _YEAR.pattern.startswith(_OPENS_WITH_YEAR):
        return bounded(_YEAR, text, "/.,-")
    return (m for m in matches_at(_YEAR, text, _year_starts(text)) if word_start(text, m.start(), "/.,-"))


@lru_cache(maxsize=32)
def _year_choice(text: str) -> tuple[int | None, int | None]:
    """:func:`text_year`, and the earlier of two consecutive years it chose between (or None).

    "tổng kết năm 2023, triển khai nhiệm vụ năm 2024" names the year under review and the plan
    year; the meeting is held late in the first or early in the second, so a day's month decides.
    """
    if _YEAR.search(text) is None:
        return None, None  # every year counted is a 19xx/20xx that _YEAR finds (half of VNTC has none)
    return _counted_year_choice(text)


def _planned(text: str, start: int) -> bool:
    """True when the sentence before ``start`` plans or foresees ("sẽ", "dự kiến", "phấn đấu", "mục tiêu")."""
    opening = max(
        text.rfind(".", max(0, start - PLAN_CHARS), start),
        text.rfind("\n", max(0, start - PLAN_CHARS), start),
    )
    return bool(_PLAN_WORDS.search(text, max(0, start - PLAN_CHARS, opening + 1), start))


def _counted_year_choice(text: str) -> tuple[int | None, int | None]:
    """:func:`_year_choice` of a text naming a year: the years counted by their evidence."""
    counts: Counter[int] = Counter()
    cued = _BARE_MONTH_YEAR.pattern == _BARE_MONTH_YEAR_AS_CUED
    years = _year_starts(text)
    for regex, group, weight in _FAST_EVIDENCE:
        matches = (
            _bare_month_years(text) if cued and regex is _BARE_MONTH_YEAR else _at_years(regex, text, years)
        )
        if regex is _FAST_PERIOD_TO_DATE and _PERIOD_TO_DATE_AS_CUED:
            matches = _periods_to_date(regex, text)
        for match in matches:
            born = _BORN_BEFORE.search(text, max(0, match.start() - BORN_CHARS), match.start())
            if weight == STRONG_WEIGHT and born:
                continue  # "sinh ngày 3/10/1936", "sinh vào 30/4/1975": a life's date, not the news year
            counts[int(match.group(group))] += weight
    floor: int | None = None
    masked = _sub_at_years(_RANGE, text, years)
    masked = _sub_at_years(_FAST_FULL_DATE_YEAR, masked, _year_starts(masked))
    masked = _MONTH_YEAR.sub(" ", masked)
    for match in _bounded_years(masked):
        if _FUTURE.search(masked, max(0, match.start() - 20), match.start()) or _PAST_MARK.search(
            masked, max(0, match.start() - 40), match.start()
        ):
            continue
        since = _SINCE_BEFORE.search(masked, max(0, match.start() - SINCE_CHARS), match.start())
        if since and _UNTIL_NOW.match(masked, match.end()):
            # "Từ năm 1994 đến nay, ...": a period's first year; the news is told in it or later
            floor = max(floor or 0, int(match.group(1)))
            continue
        if masked.endswith("vào năm ", 0, match.start()) and _planned(masked, match.start()):
            continue  # "dự kiến hoàn thành vào năm 2010", "phấn đấu ... vào năm 2015": a target year
        if _PHONE_BEFORE.match(masked, max(0, match.start() - 2), match.start()):
            continue  # "ĐT: 04.726 1938", "Tel: (08): 8265 1948": the last digit group of a phone number
        named = _NAMED_BEFORE.search(masked, max(0, match.start() - NAMED_CHARS), match.start())
        if masked.endswith("(", 0, match.start()) and named:
            # "Hoàng Thị Phúc (1945)", "Trần Văn A (1980, trú tại ...)": a person's birth year; "tại Hà Nội
            # (2001), Kiên Giang (2003)": the year of a past edition held there
            continue
        counts[int(match.group(1))] += 2
    if not counts:
        # "Sáng 9/1, ... triển khai kế hoạch năm 2024" naming no other year: the plan is this year's
        counts.update(int(match.group(1)) for match in _PLAN_YEAR.finditer(text))
    for year in [y for y in counts if y > LATEST_YEAR or (floor is not None and y < floor)]:
        del counts[
            year
        ]  # a number that only looks like a year ("0912 2051"), or a year before "từ năm X đến nay"
    if not counts:
        return None, None
    top = max(counts.values())
    mode = max(year for year, count in counts.items() if count == top)
    if counts.get(mode + 1):
        return mode + 1, mode
    return mode, (mode - 1 if counts.get(mode - 1) == top else None)


def anniversary_year(text: str) -> int | None:
    """The year an anniversary is held: "kỷ niệm 55 năm ngày thành lập ..." with "Ngày 21-4-1955" -> 2005.

    The founding year is the first year written after the anniversary (else the last one before it)
    that, with the years counted, does not pass :data:`LATEST_YEAR`.

    Args:
        text: Title and body.

    Returns:
        A year or None.
    """
    if _ANNIVERSARY_GATE not in text:
        return None
    for match in _ANNIVERSARY.finditer(text):
        count = int(match.group(1))
        after = list(_YEAR.finditer(text, match.end(), match.end() + ANNIVERSARY_CHARS))
        before = list(_YEAR.finditer(text, max(0, match.start() - ANNIVERSARY_CHARS), match.start()))
        for year in after[:1] + before[-1:]:
            if int(year.group(1)) + count <= LATEST_YEAR and not _told_otherwise(text, year):
                return int(year.group(1)) + count
    return None


def _told_otherwise(text: str, year: re.Match[str]) -> bool:
    """True when ``year`` is told as a target, a plan or a birth, so it founds no anniversary.

    "kỷ niệm 30 năm ngày thành lập ... dự kiến sẽ hoàn thành trong năm 2007", "hợp tác giai đoạn 2006-2007",
    "sinh từ ngày 31/12/1959": the words the year count refuses as news years refuse a founding year too.
    """
    start = year.start()
    date_start = _FOUNDED_DATE_BEFORE.search(text, max(0, start - FOUNDED_DATE_CHARS), start)
    head = date_start.start() if date_start else start
    return bool(
        _FUTURE.search(text, max(0, head - 20), head)
        or _BORN_BEFORE.search(text, max(0, head - BORN_CHARS), head)
        or _planned(text, head)
    )


def article_year(body: str, title: str | None = None) -> int | None:
    """The year for yearless dates: a cued full date's year in the lead paragraph, else :func:`text_year`.

    Args:
        body: Cleaned body.
        title: Headline or None.

    Returns:
        A year or None.
    """
    return article_years(body, title)[0]


@lru_cache(maxsize=32)  # the main date and the events ask for the same article's year
def article_years(body: str, title: str | None = None) -> tuple[int | None, int | None]:
    """:func:`article_year`, and the year for a November or December day when the text's years are a
    year under review and the next one ("tổng kết năm 2019, triển khai nhiệm vụ năm 2020" on 9/12).

    Args:
        body: Cleaned body.
        title: Headline or None.

    Returns:
        ``(year or None, year-end year or None)``.
    """
    held = anniversary_year((title or "") + "\n" + body)
    if held is not None:
        return held, None
    lead_end = body.find("\n\n")
    lead_end = lead_end if 0 < lead_end < LEAD_CHARS else LEAD_CHARS
    for mention in _days_before(body, lead_end):
        if mention.year is not None:
            return mention.year, None
    year, year_end = _year_choice((title or "") + "\n" + body)
    first = next((m for m in _days_before(body, LEAD_CHARS) if m.day and m.year is None), None)
    if first is None:
        return year, year_end
    if (first.day, first.month) == (29, 2) and year is not None and year % 4:
        # "Sáng ngày 29/02, ... nhiệm kỳ 2021 – 2026": the leap year of the term
        terms = list(_TERM_START.finditer(body))
        leap = [y for y in range(year, year + 6) if y % 4 == 0 and any(_in_term(t, y) for t in terms)]
        if leap:
            return leap[0], None
    head = (title or "") + "\n" + body[:lead_end]
    review = _REVIEW.search(head) if _REVIEW_GATE in head else None
    if review is not None and first.month <= REVIEW_EARLY_MONTH:
        # "Sáng 11/1, ... tổng kết công tác năm 2018 và triển khai kế hoạch năm 2019": held in 2019
        return int(review.group(1)) + 1, int(review.group(1))
    floor = _document_floor(body)
    if year is not None and floor is not None and first.month < REVIEW_MONTH:
        try:
            held_on, next_year = date(year, first.month, first.day), date(year + 1, first.month, first.day)
        except ValueError:
            return year, year_end
        if held_on < floor and (next_year - floor).days <= FLOOR_DAYS:
            # "Sáng 13/1, ... quán triệt Nghị quyết số 57-NQ/TW, ngày 22/12/2024": held after the document
            return year + 1, year
    return year, year_end


def _in_term(term: re.Match[str], year: int) -> bool:
    """True when ``year`` falls within the term "nhiệm kỳ 2021 – 2026" that ``term`` matched."""
    first, last = (int(y) for y in re.findall(r"(?:19|20)\d{2}", term.group(0)))
    return first <= year <= last


def _document_floor(body: str) -> date | None:
    """The latest full date of a document the lead cites ("Chỉ thị số 05-CT/TW, ngày 15/5/2016"), or None.

    A meeting that studies or carries out a document is held after it, so a yearless day of the lead
    that would fall before it is in the next year.
    """
    latest: date | None = None
    # documents cited further on are background ("kèm theo quyết định số 99 ngày 19/5/1976")
    for match in _FULL_DAY.finditer(body, 0, LEAD_CHARS):
        if not _cites_document(body, match.start()):
            continue
        try:
            issued = date(int(match.group(4)), int(match.group(3)), int(match.group(1)))
        except ValueError:
            continue
        latest = issued if latest is None or issued > latest else latest
    return latest


def _published_date(published: str | None) -> date | None:
    if not published:
        return None
    match = re.match(r"(\d{4})-(\d{2})-(\d{2})", published)
    if not match:
        return None
    try:
        return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


def resolve(
    mention: DayMention, published: str | None, fallback_year: int | None, year_end: int | None = None
) -> str | None:
    """ISO date of a day-month mention.

    Args:
        mention: The mention.
        published: Publication time (ISO 8601) or None.
        fallback_year: Year from the article's text, used without a publication time.
        year_end: Year from the text for a November or December day (:func:`article_years`), or None.

    Returns:
        ``YYYY-MM-DD``, or None when no year can be supported.
    """
    pub = _published_date(published)
    if mention.relative is not None:
        return (pub + timedelta(days=mention.relative)).isoformat() if pub is not None else None
    if mention.weekday is not None:
        back = (pub.weekday() - mention.weekday) % 7 if pub is not None else 0
        return (pub - timedelta(days=back)).isoformat() if pub is not None else None
    if mention.year is not None:
        years = [mention.year]
    elif pub is not None:
        years = [pub.year - 1, pub.year, pub.year + 1]
    elif fallback_year is not None:
        late = year_end is not None and mention.month >= REVIEW_MONTH
        years = [year_end if late and year_end is not None else fallback_year]
    else:
        return None
    best: date | None = None
    for year in years:
        try:
            candidate = date(year, mention.month, mention.day)
        except ValueError:
            continue
        if best is None or (pub is not None and abs((candidate - pub).days) < abs((best - pub).days)):
            best = candidate
    return best.isoformat() if best else None


# A page's own date line left above the text: "• Cập nhật: Thứ hai, 3/6/2019 | 12:00:06 AM",
# "Ngày đăng: 12/3/2024", "28/10/2020 | 11:32": a full date with a label or a clock time, on a short line
_PAGE_LABEL_WORDS = ("Cập nhật", "Ngày đăng", "Đăng ngày", "Đăng lúc", "Ngày cập nhật", "Thời gian đăng")
_PAGE_LABELS = alternation(_PAGE_LABEL_WORDS)
_PAGE_DATE = re.compile(
    rf"(?m)^[^\w\n]{{0,3}}(?P<label>{_PAGE_LABELS}\s*:?\s*)?"
    r"(?:(?:[Tt]hứ \w+|[Cc]hủ nhật)\s*,?\s*)?(?:ngày\s*)?"
    r"(?<![\d/.-])(?P<d>\d{1,2})\s*(?P<sep>[/.-])\s*(?P<m>\d{1,2})\s*(?P=sep)\s*(?P<y>(?:19|20)\d{2})"
    r"(?P<rest>[^\n]{0,30})$"
)
_CLOCK = re.compile(r"\d{1,2}\s*[:hg]\s*\d{2}")
PAGE_DATE_CHARS = 300  # a page's date line stands above the lead, within its first lines


def page_date(body: str) -> tuple[date, int] | None:
    """The date of a page's own date line above the text ("Cập nhật: Thứ hai, 3/6/2019 | 12:00:06 AM"), and
    where that line ends; None when the body opens without one.

    The line is short and holds a full date with a label ("Cập nhật", "Ngày đăng") or a clock time, so a lead
    ("Ngày 3/6/2019, Hội đồng ...") is never one.

    Args:
        body: Cleaned body.

    Returns:
        ``(date, end offset of the line)`` or None.
    """
    for match in _PAGE_DATE.finditer(body, 0, PAGE_DATE_CHARS):
        line = match.group(0)
        if len(line) > 80 or not (match.group("label") or _CLOCK.search(match.group("rest"))):
            continue
        try:
            return date(int(match.group("y")), int(match.group("m")), int(match.group("d"))), match.end()
        except ValueError:
            return None
    return None


def main_event_date(
    body: str, published: str | None, title: str | None = None, captions: Sequence[str] = ()
) -> tuple[str | None, DayMention | None]:
    """Date of the main reported event: the first cued day-month in the lead.

    Args:
        body: Cleaned body.
        published: Publication time or None.
        title: Headline (used for the years an article names).
        captions: Photo captions: a page that dates nothing, with no publication time, may date its
            event in a caption (a lead ending in "(ảnh)." is one: "Ngày 1/3/2025, ... (ảnh).").

    Returns:
        ``(YYYY-MM-DD or None, the mention used or None)``; the mention is None for a date that is
        not the body's.
    """
    fallback, year_end = article_years(body, title)
    # a page without a publication time may keep its date line in the body: the day "hôm nay" is told
    dated = page_date(body)
    line_end = dated[1] if dated is not None else 0
    published = dated[0].isoformat() if dated is not None and published is None else published
    reference = published or anchor_day(body, fallback, year_end)
    pub = _published_date(published)
    recalled: DayMention | None = None
    for mention in _days_before(body, LEAD_CHARS):
        if mention.start < line_end:
            continue  # the page's own date, not the event's
        if _RECALLED.match(body, _line_or_sentence_start(body, mention.start)):
            # "Trước đó, ngày 23-2 Bộ Chính trị ...", then "Sáng 24-2-2005, lễ kỷ niệm ...": an earlier step
            # recalled; a later day of the lead is the news (else the recalled day is kept, as before)
            recalled = recalled or mention
            continue
        value = resolve(mention, reference, fallback, year_end)
        if value and pub is not None and mention.year is not None and not _near(value, pub):
            continue  # "Ngày 20/2/2023, FLC bị hủy niêm yết" in a 2026 article: background, not the news
        if value:
            return first_day(body, value), mention
    value = resolve(recalled, reference, fallback, year_end) if recalled is not None else None
    if recalled is not None and value and (pub is None or recalled.year is None or _near(value, pub)):
        return first_day(body, value), recalled
    as_of = _AS_OF.search(body, 0, LEAD_CHARS) if _AS_OF_CUE.search(body, 0, LEAD_CHARS) else None
    if as_of is not None and pub is None:
        # "Đến ngày 20-8-2020, 21/21 đảng bộ đã hoàn thành đại hội": a status report dated by its day
        try:
            return date(int(as_of.group(4)), int(as_of.group(3)), int(as_of.group(1))).isoformat(), None
        except ValueError:
            pass
    if pub is None:
        # a credited photo ("... ngày 6-5-2005 - Ảnh: A") may be an old one; a lead set as a caption is not
        for caption in (c for c in captions if not _PHOTO_CREDIT.search(c)):
            for mention in find_days(caption):
                if mention.day and (value := resolve(mention, reference, fallback, year_end)):
                    return value, None
    # a page that dates nothing in its lead reports the day it is published
    return (pub.isoformat() if pub is not None else None), None


# A sentence that recalls an earlier step: "Trước đó, ...", "Trước đây", "Hồi ...", "Cách đây ..." (not
# "Trước đó, sáng cùng ngày": earlier the same day)
_RECALLED = re.compile(
    r"\s*(?:Trước đó(?!,?\s*(?:(?:sáng|chiều|tối|trưa)\s+)?cùng ngày)|Trước đây|Hồi|Cách đây)(?![\w])"
)


def _line_or_sentence_start(text: str, start: int) -> int:
    """Where the sentence (or line) holding ``start`` begins."""
    return max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1


_PHOTO_CREDIT = re.compile(r"(?<![\w])(?:Ảnh|ẢNH|Nguồn|Photo)\s*:")
# "Đại hội diễn ra trong 2 ngày 26 - 27/9", "Kỳ họp kéo dài 3 ngày, từ 10 đến 12/7": a meeting's days
_LASTING = re.compile(
    r"(?:diễn ra|kéo dài|làm việc|tiến hành)\s+(?:trong\s+)?(?:\d|hai|ba|bốn|năm)\s+ngày\s*[,(]?\s*(?:từ\s+)?"
    r"(?:ngày\s+)?(\d{1,2})\s*(?:-|–|đến|và)\s*(?:ngày\s+)?(\d{1,2})\s*[/.-]\s*(\d{1,2})(?![\d])"
)


@lru_cache(maxsize=8)
def _lasting(body: str) -> tuple[tuple[int, int, int], ...]:
    """``(first day, last day, month)`` of each span a meeting is told to last."""
    return tuple((int(m.group(1)), int(m.group(2)), int(m.group(3))) for m in _LASTING.finditer(body))


def first_day(body: str, value: str | None) -> str | None:
    """The first day of the meeting a date falls in: "Sáng nay 27/9, ... khai mạc" with "Đại hội diễn ra
    trong 2 ngày 26 - 27/9" is the 26th; other dates, and a closing told in the lead ("bế mạc"), are
    returned as they are.

    Args:
        body: Cleaned body.
        value: ``YYYY-MM-DD`` or None.

    Returns:
        ``YYYY-MM-DD`` or None.
    """
    lead_end = body.find("\n\n")
    if value is None or "ngày" not in body or "bế mạc" in body[: lead_end if lead_end > 0 else LEAD_CHARS]:
        return value  # a closing is dated by its own day
    day = date.fromisoformat(value)
    for first, last, month in _lasting(body):
        if month == day.month and first < day.day <= last:
            return date(day.year, month, first).isoformat()
    return value


def _near(value: str, pub: date) -> bool:
    """True for a day within :data:`NEWS_DAYS` before, or a little after, the publication day."""
    delta = (date.fromisoformat(value) - pub).days
    return -NEWS_DAYS <= delta <= NEWS_DAYS // 3
