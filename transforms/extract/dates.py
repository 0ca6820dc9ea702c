"""Event dates: "Ngày 9/1", "sáng 29-12", "Chiều 20/7", "Hôm qua (8/9)", "ngày 9 tháng 1".

News leads give the day and month of the reported event and leave the year out. The
year comes from the publication time when known (the year that puts the event closest
to publication), else from the years the article itself names, else there is no date:
a date the text does not support is never produced.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from transforms.extract.gazetteer import both_cases, bounded

_CUE = (
    both_cases("sáng", "chiều", "tối", "trưa", "đêm", "ngày", "hôm")
    + r"(?:\s+(?:nay|qua|mai|hôm qua|hôm nay))?"
)
_NUMERIC = re.compile(
    rf"{_CUE}\s*[,(]?\s*(\d{{1,2}})\s*([/.-])\s*(\d{{1,2}})"
    r"(?:\s*\2\s*((?:19|20)\d{2}))?(?![\d/])"
)
_WORDED = re.compile(
    rf"{_CUE}\s+(\d{{1,2}})\s+tháng\s+(\d{{1,2}})(?:\s*(?:năm|,)\s*((?:19|20)\d{{2}}))?(?![\d])"
)
# Dates that bound a period ("đến ngày 30/6", "trước ngày 15/8") are no event dates.
_BOUND = re.compile(r"(?:đến|trước|từ|sau|hết|tới|chậm nhất|kể từ|hạn)\s*(?:ngày\s*)?$")
_YEAR = re.compile(r"((?:19|20)\d{2})(?![\d])")
_RANGE = re.compile(r"(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}")
_FUTURE = re.compile(r"(?:đến|tới|tầm nhìn|giai đoạn|nhiệm kỳ|khóa|trước)\s*(?:năm\s*)?$")
LEAD_CHARS = 1500  # the main event is told in the lead; real leads end well before 1,500 characters


@dataclass(frozen=True)
class DayMention:
    """A day-month mention in a text."""

    day: int
    month: int
    year: int | None
    start: int
    end: int


def find_days(text: str) -> list[DayMention]:
    """Day-month mentions with a time cue, periods' bounds excluded.

    Args:
        text: Cleaned text.

    Returns:
        Mentions in text order.
    """
    found: list[DayMention] = []
    for match in bounded(_NUMERIC, text):
        if _BOUND.search(text, max(0, match.start() - 14), match.start()):
            continue
        year = int(match.group(4)) if match.group(4) else None
        found.append(DayMention(int(match.group(1)), int(match.group(3)), year, match.start(), match.end()))
    for match in bounded(_WORDED, text):
        if _BOUND.search(text, max(0, match.start() - 14), match.start()):
            continue
        year = int(match.group(3)) if match.group(3) else None
        found.append(DayMention(int(match.group(1)), int(match.group(2)), year, match.start(), match.end()))
    found.sort(key=lambda m: m.start)
    return [m for m in found if 1 <= m.day <= 31 and 1 <= m.month <= 12]


@lru_cache(maxsize=32)  # events and the main date ask for the same article's year
def text_year(text: str) -> int | None:
    """The year an article is about, from the years it names.

    Ranges ("nhiệm kỳ 2020-2025") and targets ("đến năm 2030") are ignored. Of the most
    frequent year and the year after it, the later one present wins: year-end reviews
    held in January name the past year often and the new one less.

    Args:
        text: Title and body.

    Returns:
        A year, or None when the text names none.
    """
    masked = _RANGE.sub(" ", text)
    counts: Counter[int] = Counter()
    for match in bounded(_YEAR, masked, "/.,-"):
        if _FUTURE.search(masked, max(0, match.start() - 20), match.start()):
            continue
        counts[int(match.group(1))] += 1
    if not counts:
        return None
    mode = counts.most_common(1)[0][0]
    return mode + 1 if counts.get(mode + 1) else mode


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


def resolve(mention: DayMention, published: str | None, fallback_year: int | None) -> str | None:
    """ISO date of a day-month mention.

    Args:
        mention: The mention.
        published: Publication time (ISO 8601) or None.
        fallback_year: Year from the article's text, used without a publication time.

    Returns:
        ``YYYY-MM-DD``, or None when no year can be supported.
    """
    pub = _published_date(published)
    if mention.year is not None:
        years = [mention.year]
    elif pub is not None:
        years = [pub.year - 1, pub.year, pub.year + 1]
    elif fallback_year is not None:
        years = [fallback_year]
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


def main_event_date(
    body: str, published: str | None, title: str | None = None
) -> tuple[str | None, DayMention | None]:
    """Date of the main reported event: the first cued day-month in the lead.

    Args:
        body: Cleaned body.
        published: Publication time or None.
        title: Headline (used for the years an article names).

    Returns:
        ``(YYYY-MM-DD or None, the mention used or None)``.
    """
    fallback = text_year((title or "") + "\n" + body)
    for mention in find_days(body[:LEAD_CHARS]):
        value = resolve(mention, published, fallback)
        if value:
            return value, mention
    return None, None
