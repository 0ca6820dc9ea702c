"""Quoted slogans and themes: “Dân vận khéo”, "Năm tăng cường công tác kiểm tra, giám sát".

Only short capitalized quotations of two words or more count (a slogan, a theme, a
campaign name); long quoted passages are speech, and lowercase one- or two-word
quotes are scare quotes. Typographic and straight quotes are both used, sometimes mixed
(“...").
"""

from __future__ import annotations

import re

_QUOTE = re.compile(r"[“\"]([^“”\"\n]{2,120})[”\"]")
MAX_WORDS = 12  # slogans and themes in the seeds have 2-10 words; longer quotes are speech


def extract_quotes(text: str) -> tuple[str, ...]:
    """Short quoted slogans and themes, in order, without duplicates.

    Args:
        text: Cleaned body.

    Returns:
        The quoted texts without their quote marks or trailing punctuation.
    """
    seen: dict[str, None] = {}
    for match in _QUOTE.finditer(text):
        inner = match.group(1).strip().rstrip(".,;:!?…").strip()
        words = inner.split()
        # scare quotes ("vù vù", "chết") are lowercase; slogans and themes are capitalized
        if len(words) < 2 or len(words) > MAX_WORDS or not inner[0].isupper():
            continue
        seen.setdefault(inner, None)
    return tuple(seen)
