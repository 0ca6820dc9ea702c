"""Gazetteers (data files) and the Vietnamese letter classes shared by the extractors.

The lists live in ``transforms/extract/data/*.txt``, one entry a line, ``#`` starting a
comment. Every entry is normalized the way cleaned bodies are (NFC, old-style tone
marks), so "Uỷ" in a list still matches "Ủy" in a body. Lists are loaded once and
turned into one alternation regex each (longest entry first), never scanned entry by
entry.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import cache
from pathlib import Path

from transforms.clean.normalize import canonical_tones, fold

DATA_DIR = Path(__file__).resolve().parent / "data"


def _letters() -> tuple[str, str]:
    """All Vietnamese lowercase and uppercase letters (with every tone mark), NFC."""
    tones = ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")
    lower: set[str] = set("bcdđfghjklmnpqrstvwxz")
    for vowel in "aăâeêioôơuưy":
        for tone in tones:
            lower.add(unicodedata.normalize("NFC", vowel + tone))
    upper = {ch.upper() for ch in lower}
    return "".join(sorted(lower)), "".join(sorted(upper))


LOWER_CHARS, UPPER_CHARS = _letters()
LOWER = f"[{LOWER_CHARS}]"
UPPER = f"[{UPPER_CHARS}]"
#: A capitalized syllable ("Nguyễn", "Ủy"); not the first letters of an acronym.
CAP_SYL = rf"{UPPER}{LOWER}*(?![\w'])"
#: An acronym such as "UBND", "HĐND", "TW", "T.Ư", "TP.HCM", "GD-ĐT", "TT&TT" (not a photo credit's "ẢNH").
ACRONYM = rf"(?!ẢNH(?![\w']))(?:{UPPER}{{2,}}|{UPPER}\.{UPPER})(?:[.&-]{UPPER}+)*(?![\w'])"


def word_start(text: str, pos: int, extra: str = "") -> bool:
    r"""True when ``pos`` starts a word: no letter, digit, "_" or ``extra`` character before it.

    The regexes here start with a literal instead of a ``(?<![\w])`` look-behind, so that
    ``re`` can skip ahead to candidate positions (measured 5-25 times faster on VNTC
    bodies); the boundary is checked with this function afterwards.

    Args:
        text: The text.
        pos: A match start.
        extra: Other characters that may not precede the match.
    """
    if pos == 0:
        return True
    before = text[pos - 1]
    return not (before.isalnum() or before == "_" or before in extra)


def bounded(regex: re.Pattern[str], text: str, extra: str = "") -> Iterator[re.Match[str]]:
    """``regex.finditer(text)`` keeping only matches that start a word (see :func:`word_start`).

    Args:
        regex: Compiled pattern.
        text: The text.
        extra: Other characters that may not precede a match.

    Yields:
        The matches.
    """
    # word_start inlined: one call less per match (this loop runs ~30 times per article, perf7)
    for match in regex.finditer(text):
        pos = match.start()
        if pos == 0:
            yield match
            continue
        before = text[pos - 1]
        if not (before.isalnum() or before == "_" or (extra and before in extra)):
            yield match


def both_cases(*words: str) -> str:
    """Alternation of literal words with the first letter in either case (literal first chars
    keep ``re``'s fast prefix search, which a ``[Hh]`` class defeats).

    Args:
        words: Words as usually written.

    Returns:
        A non-capturing group source.
    """
    forms: list[str] = []
    for word in words:
        for form in (word[0].upper() + word[1:], word[0].lower() + word[1:]):
            if form not in forms:
                forms.append(form)
    forms.sort(key=len, reverse=True)
    return "(?:" + "|".join(re.escape(f).replace(r"\ ", " ") for f in forms) + ")"


def normalize_entry(text: str) -> str:
    """Normalize a gazetteer entry like a cleaned body: NFC and old-style tone marks.

    Args:
        text: One entry as written in a data file.

    Returns:
        The normalized entry.
    """
    return canonical_tones(unicodedata.normalize("NFC", text.strip()))[0]


@cache
def load_list(name: str) -> tuple[str, ...]:
    """Entries of ``data/<name>``, normalized, duplicates and comments dropped.

    Args:
        name: File name inside the data directory, e.g. ``"surnames.txt"``.

    Returns:
        The entries in file order.
    """
    seen: dict[str, None] = {}
    with (DATA_DIR / name).open(encoding="utf-8") as handle:
        for line in handle:
            line = line.split("#", 1)[0].strip()
            if line:
                seen.setdefault(normalize_entry(line), None)
    return tuple(seen)


def alternation(entries: Iterable[str], *, flexible_space: bool = True) -> str:
    """One regex alternation of literal entries, longest first.

    Args:
        entries: Literal strings.
        flexible_space: Let a space in an entry match any run of spaces.

    Returns:
        A non-capturing group source, e.g. ``(?:Bộ Chính trị|Quốc hội)``.
    """
    parts = []
    for entry in sorted(set(entries), key=lambda e: (-len(e), e)):
        escaped = re.escape(entry)
        if flexible_space:
            escaped = escaped.replace(r"\ ", r"\s+")
        parts.append(escaped)
    return "(?:" + "|".join(parts) + ")" if parts else "(?!)"


def alternation_any_case(entries: Iterable[str]) -> str:
    """Like :func:`alternation`, but only the first letter of a many-word entry must be written as listed.

    The press writes the inner words of a listed name in either case ("Mặt trận tổ quốc Việt
    Nam", "Bộ Nông nghiệp và phát triển nông thôn", "Ban chấp hành"); the first letter stays
    literal, which keeps ``re``'s prefix search and tells "Ban" from the verb-like "ban".

    Args:
        entries: Literal strings.

    Returns:
        A non-capturing group source.
    """
    parts = []
    for entry in sorted(set(entries), key=lambda e: (-len(e), e)):
        rest = re.escape(entry[1:]).replace(r"\ ", r"\s+")
        # one-word entries ("Bộ", "ASEAN") stay literal: only the inner words of names vary in case
        parts.append(re.escape(entry[0]) + (f"(?i:{rest})" if " " in entry else rest))
    return "(?:" + "|".join(parts) + ")" if parts else "(?!)"


@cache
def surnames() -> frozenset[str]:
    """Vietnamese family names (single syllables; multi-syllable ones by their first)."""
    return frozenset(entry.split()[0] for entry in load_list("surnames.txt"))


def _data_list(file_name: str, doc: str) -> Callable[[], tuple[str, ...]]:
    """A loader of one data file's entries (``load_list`` caches them), documented by ``doc``."""

    def entries() -> tuple[str, ...]:
        return load_list(file_name)

    entries.__doc__ = doc
    entries.__name__ = entries.__qualname__ = file_name.removesuffix(".txt")
    return entries


place_names = _data_list("places.txt", "Provinces, cities, regions, frequent foreign countries and capitals.")
organization_names = _data_list("organizations.txt", "Full names of national bodies.")
countries = _data_list("countries.txt", 'Foreign countries that continue a body\'s name ("Bộ Tài chính Mỹ").')
title_heads = _data_list("title_heads.txt", 'Heads of position titles ("Bí thư", "Chủ tịch", ...).')
body_heads = _data_list("body_heads.txt", 'Words that open the name of a body ("Bộ", "Sở", "UBND", ...).')
units = _data_list("units.txt", "Units and counted nouns of figures.")
name_syllables = _data_list(
    "name_syllables.txt", 'Lowercase syllables after a capitalized one in a name ("Kinh tế").'
)


@cache
def folded_places() -> frozenset[str]:
    """Place names and foreign countries folded (accent- and case-insensitive), for membership tests."""
    return frozenset(fold(p) for p in (*place_names(), *countries()))


def cue_regex(cues: str, tail: str = "", *, words: bool = False, alone: bool = True) -> re.Pattern[str]:
    r"""A cue-word regex: one of ``cues`` as a word of its own (no word character right before it),
    then ``tail`` (``r"\s+$"`` for a cue that ends right before the position searched up to).

    Args:
        cues: Alternatives separated by "|": regex fragments tried in order, or, with ``words``, a
            table of literal words (compiled by ``alternation``: longest first, inner words in any case).
        tail: Regex source after the cue.
        words: Read ``cues`` as literal words.
        alone: Require no word character before the cue (False: the cue may end a word).

    Returns:
        The compiled regex.
    """
    group = alternation(cues.split("|")) if words else f"(?:{cues})"
    return re.compile((r"(?<![\w])" if alone else "") + group + tail)


def compiled_table(table: Mapping[str, str]) -> dict[str, re.Pattern[str]]:
    """Compile a table of named regex sources (a run of small patterns kept as data).

    Args:
        table: Name -> regex source.

    Returns:
        Name -> compiled regex, in the table's order.
    """
    return {name: re.compile(source) for name, source in table.items()}
