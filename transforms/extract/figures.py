"""Stated quantities: "62 đề án", "hơn 95%", "38/64 đảng bộ", "1,5 tỷ đồng".

A figure is a number followed by "%" or by a unit / counted noun from
``data/units.txt``. Vietnamese writes "1.234" for a thousand and "95,5" for decimals.
"""

from __future__ import annotations

import re
from functools import cache

from transforms.extract.gazetteer import alternation, bounded, compile_cached, units
from transforms.records import Figure

_QUALIFIER = re.compile(r"(?<![\w])(?:hơn|trên|gần|khoảng|gần như|xấp xỉ|tới|đến|đạt)\s+$")


@cache
def figure_regex() -> re.Pattern[str]:
    """Compiled figure regex."""
    unit = alternation(units())
    return compile_cached(
        r"(?P<num>[\d]\d{0,2}(?:\.\d{3})+(?:,\d+)?|[\d]\d*(?:,\d+)?)"
        rf"(?:\s*(?P<pct>%|phần trăm)|/(?P<den>\d+)\s+(?P<funit>{unit})(?![\w])|\s+(?P<unit>{unit})(?![\w]))"
    )


def parse_number(text: str) -> float:
    """Value of a Vietnamese-formatted number ("1.234" -> 1234, "95,5" -> 95.5).

    Args:
        text: Digits with "." thousands separators and "," decimal mark.

    Returns:
        The value.
    """
    return float(text.replace(".", "").replace(",", "."))


def extract_figures(text: str) -> tuple[Figure, ...]:
    """Quantities stated in a text.

    Args:
        text: Cleaned body.

    Returns:
        Figures in text order.
    """
    out = []
    for match in bounded(figure_regex(), text, "/.,-"):
        unit = "%" if match.group("pct") else (match.group("funit") or match.group("unit") or "")
        value = parse_number(match.group("num"))
        qualifier = _QUALIFIER.search(text, max(0, match.start() - 12), match.start())
        start = qualifier.start() if qualifier else match.start()
        out.append(
            Figure(value=value, unit=unit, text=text[start : match.end()], start=start, end=match.end())
        )
    return tuple(out)
