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
from collections.abc import Callable, Iterable, Iterator, Sequence


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


class KeyedStarts(LiteralStarts):
    """:class:`LiteralStarts`'s offsets, found with ``str.find`` of the characters after each form's first.

    The forms here open with common letters ("t", "s", "c", "n", "h" in either case), where ``re``'s scan of
    their alternation stops at most positions; ``str.find`` of the rarer keys ("áng", "hứ ") then one match
    of the forms at each hit gives the same offsets in half the time or less (perf-dates).

    Args:
        forms: The literal strings (case-sensitive, two characters or more).
        key_chars: How many characters after the first make a form's key (all of them by default).
    """

    def __init__(self, forms: Iterable[str], key_chars: int = 0) -> None:
        super().__init__(forms)
        self._keys = tuple(dict.fromkeys(f[1 : 1 + key_chars] if key_chars else f[1:] for f in self.forms))
        self._any = re.compile("|".join(re.escape(form) for form in self.forms))

    def __call__(self, text: str) -> tuple[int, ...]:
        """The offsets, in increasing order, as :class:`LiteralStarts` gives them.

        Args:
            text: Any text.

        Returns:
            Every offset at which one of the forms starts.
        """
        starts = {
            at - 1
            for key in self._keys
            for at in literal_offsets(text, key, 1)
            if self._any.match(text, at - 1)
        }
        return tuple(sorted(starts))


class RareKeyedStarts(LiteralStarts):
    """:class:`LiteralStarts`'s offsets, found from each form's key: its text from its first rare character.

    For many forms that open with common letters (the 61 of ``events._KEYWORD``), where ``re``'s scan of
    their alternation stops at most positions and :class:`KeyedStarts` runs one ``str.find`` loop per key:
    a form's key starts at its first character that is no ASCII
    letter, digit or space ("áng" of "sáng", "ên họp" of "phiên họp"; the text after the first character
    when it has none): one :class:`LiteralStarts` scan of the keys (``re`` skips to their rare first
    characters) and one ``startswith`` of the form at each key found give the same offsets, in half the
    time of :class:`KeyedStarts` there (46 -> 26 us a VNTC body; with a few keys, that one is faster).

    Args:
        forms: The literal strings (case-sensitive, non-empty).
        key_chars: At most this many characters make a key (all of them by default).
    """

    def __init__(self, forms: Iterable[str], key_chars: int = 0) -> None:
        super().__init__(forms)
        by_key: dict[str, list[tuple[int, str]]] = {}
        for form in self.forms:
            at = rare_offset(form)
            key = form[at : at + key_chars] if key_chars else form[at:]
            by_key.setdefault(key, []).append((at, form))
        # key's first character -> (key, ((offset of the key in the form, form), ...)), ...
        by_first: dict[str, list[tuple[str, tuple[tuple[int, str], ...]]]] = {}
        for key, pairs in by_key.items():
            by_first.setdefault(key[0], []).append((key, tuple(pairs)))
        self._by_first = {first: tuple(keyed) for first, keyed in by_first.items()}
        self._keys = LiteralStarts(by_key)

    def __call__(self, text: str) -> tuple[int, ...]:
        """The offsets, in increasing order, as :class:`LiteralStarts` gives them.

        Args:
            text: Any text.

        Returns:
            Every offset at which one of the forms starts.
        """
        starts: set[int] = set()
        for at in self._keys(text):
            for key, pairs in self._by_first[text[at]]:
                if text.startswith(key, at):
                    for offset, form in pairs:
                        if at >= offset and text.startswith(form, at - offset):
                            starts.add(at - offset)
        return tuple(sorted(starts))


#: Characters common in Vietnamese text, which a :class:`RareKeyedStarts` key does not start with.
_COMMON = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ")


def rare_offset(form: str) -> int:
    """Where a :class:`RareKeyedStarts` key of ``form`` starts: its first character after the first that
    is no ASCII letter, digit or space, else 1 (the text after the first character; 0 for one character).

    Args:
        form: A non-empty literal.

    Returns:
        The offset.
    """
    return next((i for i in range(1, len(form)) if form[i] not in _COMMON), 1 if len(form) > 1 else 0)


def bounded_at(
    regex: re.Pattern[str], starts: Callable[[str], Sequence[int]], text: str, extra: str = ""
) -> Iterator[re.Match[str]]:
    """``gazetteer.bounded(regex, text, extra)`` for a regex whose every match starts at one of the offsets
    ``starts(text)`` gives (a :class:`LiteralStarts` of the literals it opens with): tried only there
    (:func:`matches_at`), the same matches without ``re``'s scan of every position.

    Args:
        regex: Compiled pattern that never matches the empty string.
        starts: Text -> offsets in increasing order, a superset of the matches' starts.
        text: The text.
        extra: Other characters that may not precede a match.

    Yields:
        The matches that start a word (no letter, digit, "_" or ``extra`` character before them).
    """
    return word_started(matches_at(regex, text, starts(text)), text, extra)


def word_started(matches: Iterable[re.Match[str]], text: str, extra: str = "") -> Iterator[re.Match[str]]:
    """The ``matches`` of ``text`` that start a word: no letter, digit, "_" or ``extra`` before them.

    Args:
        matches: Matches in ``text``.
        text: The text they were found in.
        extra: Other characters that may not precede a match.

    Yields:
        Those matches, in their order.
    """
    # the test of gazetteer.word_start inlined: one call less per match (this loop runs ~30 times per article)
    for match in matches:
        pos = match.start()
        if pos == 0:
            yield match
            continue
        before = text[pos - 1]
        if not (before.isalnum() or before == "_" or (extra and before in extra)):
            yield match


def literal_offsets(text: str, key: str, start: int = 0) -> list[int]:
    """Every offset of ``text`` from ``start`` on where ``key`` occurs, overlapping ones included
    (``str.find`` in a loop: faster than a regex for one literal).

    Args:
        text: The text.
        key: A non-empty literal.
        start: The first offset to look at.

    Returns:
        The offsets, in increasing order.
    """
    offsets: list[int] = []
    at = text.find(key, start)
    while at >= 0:
        offsets.append(at)
        at = text.find(key, at + 1)
    return offsets


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
