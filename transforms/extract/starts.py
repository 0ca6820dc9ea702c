"""A regex tried only where its match can start: the offsets of the literal words it opens with.

``re`` scans a pattern from every position its first character allows; a pattern that opens with a
look-behind, a look-ahead or a group of alternatives gets no such skip and is entered at every
position. When every match of a regex starts with one of a few literal words, finding those words
once (one fast literal scan, shared by several regexes) and trying the regex there gives the same
matches for a fraction of the time (perf-misc). :func:`finditer_at` does the same with a regex of
the starts searched as it goes (one regex, starts that need not be literal words).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator


class LiteralStarts:
    """Every offset of a text where one of some literal forms starts, overlapping ones included.

    Args:
        forms: The literal strings (case-sensitive).
    """

    def __init__(self, forms: Iterable[str]) -> None:
        self.forms = tuple(dict.fromkeys(forms))
        ordered = sorted(self.forms, key=len, reverse=True)
        self._finder = re.compile("|".join(re.escape(form) for form in ordered))
        # where inside a found form another may start ("phiêngày"): the finder's matches never overlap
        self._inner = {
            form: tuple(
                k
                for k in range(1, len(form))
                if any(other.startswith(form[k:]) or form[k:].startswith(other) for other in self.forms)
            )
            for form in self.forms
        }

    def __call__(self, text: str) -> tuple[int, ...]:
        """The offsets, in increasing order.

        Args:
            text: Any text.

        Returns:
            Every offset at which one of the forms starts.
        """
        starts: list[int] = []
        for match in self._finder.finditer(text):
            at = match.start()
            starts.append(at)
            starts.extend(at + k for k in self._inner[match.group(0)] if self._finder.match(text, at + k))
        return tuple(starts)


def matches_at(regex: re.Pattern[str], text: str, starts: Iterable[int]) -> Iterator[re.Match[str]]:
    """``regex.finditer(text)`` when every match (of at least one character) starts at one of ``starts``.

    The regex is tried at each offset in turn, past the end of the last match, as ``finditer``
    scans: the matches are the same when ``starts`` holds every offset where a match can start.

    Args:
        regex: A compiled pattern that never matches the empty string.
        text: The text.
        starts: Offsets in increasing order, a superset of the matches' starts.

    Yields:
        The matches, in order.
    """
    last = 0
    for start in starts:
        if start >= last and (match := regex.match(text, start)) is not None:
            last = match.end()
            yield match


def finditer_at(regex: re.Pattern[str], starts: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``regex.finditer(text)`` for a regex that never matches empty and whose every match starts
    with a match of ``starts``: ``starts`` (literals, which ``re`` skips to) finds where to try
    ``regex``, which is faster when ``regex`` opens with named groups (no fast skip in ``re``).

    Args:
        regex: Compiled pattern.
        starts: Compiled pattern that matches where every match of ``regex`` starts.
        text: The text.

    Yields:
        The matches, as ``regex.finditer`` yields them.
    """
    pos = 0
    while (start := starts.search(text, pos)) is not None:
        match = regex.match(text, start.start())
        if match is None:
            pos = start.start() + 1
        else:
            yield match
            pos = max(match.end(), start.start() + 1)
