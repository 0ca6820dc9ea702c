"""Unicode and spelling normalization for Vietnamese text.

The order follows ``notes/vietnamese-text.md``: NFC first, then HTML entities until
stable, then white space, then one tone-mark style. The canonical style here is
the *older* placement (``hòa``, ``khỏe``, ``thủy``, ``Ủy``): it is the majority
style in every corpus measured (72-91%) and the one the gold file spells.
"""

from __future__ import annotations

import html
import re
import unicodedata

_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_SPACES = re.compile("[\u00a0\u2000-\u200a\u202f\u205f\u3000\t\f\v]")
_TRAILING_SPACE = re.compile(r"[ ]+\n")
_MANY_SPACES = re.compile(r" {2,}")

# Toned vowels: (base, tone index) for the five Vietnamese tones on each base vowel.
_TONES = "\u0300\u0301\u0309\u0303\u0323"  # huyền, sắc, hỏi, ngã, nặng
_TONED: dict[str, tuple[str, int]] = {}
_WITH_TONE: dict[tuple[str, int], str] = {}
for _base in "aeiouyăâêôơưAEIOUYĂÂÊÔƠƯ":
    for _i, _mark in enumerate(_TONES):
        _ch = unicodedata.normalize("NFC", _base + _mark)
        _TONED[_ch] = (_base, _i)
        _WITH_TONE[(_base, _i)] = _ch

_TONED_A_E = "".join(ch for ch, (b, _) in _TONED.items() if b in "aeAE")
_TONED_Y = "".join(ch for ch, (b, _) in _TONED.items() if b in "yY")
# Newer style: tone on the second vowel of an open oa/oe/uy syllable ("hoà", "Uỷ").
# "qu" + y is a consonant + vowel ("quý"), so a preceding q is excluded.
_NEW_STYLE = re.compile(
    rf"(?<![qQ\w])(?P<pre>[^\W\d_]*?)(?<![qQ])(?P<v1>[oO])(?P<v2>[{_TONED_A_E}])(?!\w)"
    rf"|(?<![\w])(?P<pre2>[^\W\d_]*?)(?<![qQ])(?P<u1>[uU])(?P<u2>[{_TONED_Y}])(?!\w)"
)
_FOLD_TABLE = str.maketrans({"đ": "d", "Đ": "D"})


def unescape_entities(text: str) -> str:
    """Unescape HTML entities until nothing changes (feeds double-escape).

    Args:
        text: Text possibly holding ``&amp;amp;``-style entities.

    Returns:
        The text with all entity layers resolved.
    """
    for _ in range(5):  # real feeds stop at two layers; five bounds a pathological input
        if "&" not in text:
            return text
        new = html.unescape(text)
        if new == text:
            return text
        text = new
    return text


def normalize_unicode(text: str) -> str:
    """NFC, entities, zero-width characters, odd spaces and line ends.

    Args:
        text: Decoded text.

    Returns:
        NFC text with ``\\n`` line ends, plain spaces, no zero-width characters and
        no trailing spaces on lines.
    """
    text = unicodedata.normalize("NFC", text)
    text = unescape_entities(text)
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _ZERO_WIDTH.sub("", text)
    text = _SPACES.sub(" ", text)
    text = _MANY_SPACES.sub(" ", text)
    return _TRAILING_SPACE.sub("\n", text)


def _old_style(first: str, second: str) -> str:
    base, tone = _TONED[second]
    return _WITH_TONE[(first, tone)] + base


def canonical_tones(text: str) -> tuple[str, tuple[tuple[int, str], ...]]:
    """Move tone marks of open oa/oe/uy syllables to the first vowel (old style).

    The change keeps every string length (two NFC characters stay two), so offsets
    into the result are offsets into the input too.

    Args:
        text: NFC text.

    Returns:
        The text in canonical style and ``(offset, original word)`` for every change.
    """
    changes: list[tuple[int, str]] = []

    def fix(match: re.Match[str]) -> str:
        if match.group("v1"):
            pre, first, second = match.group("pre"), match.group("v1"), match.group("v2")
        else:
            pre, first, second = match.group("pre2"), match.group("u1"), match.group("u2")
        changes.append((match.start(), match.group(0)))
        return pre + _old_style(first, second)

    if not _NEW_STYLE.search(text):
        return text, ()
    result = _NEW_STYLE.sub(fix, text)
    return result, tuple(changes)


def restore_spelling(text: str, changes: tuple[tuple[int, str], ...] | list[list[object]]) -> str:
    """Undo :func:`canonical_tones` using the changes it reported.

    Args:
        text: Canonical text.
        changes: The ``(offset, original word)`` pairs.

    Returns:
        The original spelling.
    """
    parts = list(text)
    for offset, word in changes:
        start = int(str(offset))
        original = str(word)
        parts[start : start + len(original)] = list(original)
    return "".join(parts)


def fold(text: str) -> str:
    """Accent- and case-insensitive key: diacritics removed, đ -> d, casefolded.

    Args:
        text: Any text.

    Returns:
        The folded text (same folding as the scorer and the search fields).
    """
    if text.isascii():  # no marks, no đ: the per-character walk below is 30-100x slower (scale)
        return text.lower()
    decomposed = unicodedata.normalize("NFD", text.translate(_FOLD_TABLE))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.casefold()
