"""Unicode and spelling normalization for Vietnamese text.

The order (``docs/record.md``, "Text normalization"): NFC first, then HTML entities until
stable, then white space, then one tone-mark style. The canonical style here is
the *older* placement (``hòa``, ``khỏe``, ``thủy``, ``Ủy``): it is the majority
style in every corpus measured (72-91%) and the one the gold file spells.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable, Iterator

_ZERO_WIDTH_CHARS = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_SPACE_CHARS = "\u00a0\u2000-\u200a\u202f\u205f\u3000\t\f\v"
_ZERO_WIDTH = re.compile(f"[{_ZERO_WIDTH_CHARS}]")
_SPACES = re.compile(f"[{_SPACE_CHARS}]")
# One scan for both classes: most texts hold neither, and then both substitutions are skipped.
_ODD_CHARS = re.compile(f"[{_ZERO_WIDTH_CHARS}{_SPACE_CHARS}]")
# Two spaces or more, written with a literal opening so ``re`` skips ahead (`` {2,}`` tries every position).
_MANY_SPACES = re.compile(r"  +")

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
# The two vowels every _NEW_STYLE match ends with, as one class first (``re`` skips ahead to o/u; the
# look-behind of _NEW_STYLE scans every position): a cheap test before it (perf7).
_NEW_STYLE_CUE = re.compile(rf"[oOuU](?:(?<=[oO])[{_TONED_A_E}]|(?<=[uU])[{_TONED_Y}])(?!\w)")
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


# A capital eth, which looks like "Đ" and stands for it in some old Vietnamese texts.
_ETH = "\u00d0"


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
    if _ETH in text:
        # the Icelandic eth "Ð" (U+00D0) typed for "Đ" (U+0110): "Ðảng", "Ðào" (4 VNTC texts, 30 letters)
        text = text.replace(_ETH, "Đ")
    if _ODD_CHARS.search(text):
        text = _ZERO_WIDTH.sub("", text)
        text = _SPACES.sub(" ", text)
    if "  " in text:  # every match of _MANY_SPACES holds two spaces
        text = _MANY_SPACES.sub(" ", text)
    if " \n" not in text:
        return text
    # What ``re.sub(r"[ ]+\n", "\n", text)`` did: the space runs that end lines go. Stripped line by
    # line (the text after the last line end keeps its spaces): one C call per line, no regex scan.
    lines = text.split("\n")
    last = lines.pop()
    return "\n".join([*(line.rstrip(" ") for line in lines), last])


def _old_style(first: str, second: str) -> str:
    base, tone = _TONED[second]
    return _WITH_TONE[(first, tone)] + base


def _sub_at_cues(fix: Callable[[re.Match[str]], str], text: str) -> str:
    """``_NEW_STYLE.sub(fix, text)``, the regex tried only at the start of each word a cue ends.

    Every ``_NEW_STYLE`` match is one whole word (it starts after no word character and ends before
    none) whose last two letters are a :data:`_NEW_STYLE_CUE` match, so trying it at those words'
    starts finds the same matches as scanning every position (which its leading look-behind makes
    ``re`` do: ~1 ms for a text with a cue; perf-misc).
    """
    parts: list[str] = []
    last = 0
    for cue in _NEW_STYLE_CUE.finditer(text):
        start = cue.start()
        while start > last and (text[start - 1].isalnum() or text[start - 1] == "_"):  # re's \w
            start -= 1
        match = _NEW_STYLE.match(text, start)
        if match is not None:
            parts += (text[last : match.start()], fix(match))
            last = match.end()
    if not parts:
        return text
    parts.append(text[last:])
    return "".join(parts)


# Tokens (``str.split()`` pieces) already read by canonical_tones, and those of them it changes.
_tokens_seen: set[str] = set()
_tokens_changed: set[str] = set()
_TOKENS_LIMIT = 300_000  # distinct tokens remembered (~25 MB); VNTC's 7,567 texts hold ~100,000


def canonical_tones(text: str) -> tuple[str, tuple[tuple[int, str], ...]]:
    """Move tone marks of open oa/oe/uy syllables to the first vowel (old style), and
    misplaced marks to their vowel (:func:`repair_tone_marks`: "Giaó" -> "Giáo").

    The change keeps every string length (two NFC characters stay two), so offsets
    into the result are offsets into the input too.

    Args:
        text: NFC text.

    Returns:
        The text in canonical style and ``(offset, original word)`` for every change.
    """
    # Every change is local to one white-space-separated token: a _NEW_STYLE match and a repaired
    # word are runs of letters, and a white space is no letter, no "\w" and no vowel for the
    # look-arounds. So a text changes exactly when one of its tokens changes read alone, and most
    # texts (~92% on VNTC) hold no such token: two set look-ups per token instead of the scan
    # (~90 -> ~45 us per text, perfclean; tests/unit/test_clean_speed.py compares both).
    tokens = text.split()
    if not _tokens_seen.issuperset(tokens):
        _learn_tokens(tokens)
    if _tokens_changed.isdisjoint(tokens):
        return text, ()
    return _scan_tokens(text, _tokens_changed.intersection(tokens))


def _scan_tokens(text: str, changed: set[str]) -> tuple[str, tuple[tuple[int, str], ...]]:
    """:func:`_scan_tones` of ``text`` as the scans of its tokens ``changed`` alone, put in place.

    Changes are local to a token (see :func:`canonical_tones`), so the text's are those of each
    occurrence of a changed token, in text order (their offsets shifted): the scan of a whole text
    repairs every toned vowel next to a vowel, ~1 ms for a text, a quarter of VNTC's (perf-s12).

    Args:
        text: NFC text.
        changed: The tokens of ``text`` (``str.split()`` pieces) that :func:`_scan_tones` changes.

    Returns:
        What ``_scan_tones(text)`` returns.
    """
    found: list[tuple[int, str]] = []  # (offset, token) of each whole-token occurrence
    for token in changed:
        at = text.find(token)
        while at >= 0:
            end = at + len(token)
            if (at == 0 or text[at - 1].isspace()) and (end == len(text) or text[end].isspace()):
                found.append((at, token))
            at = text.find(token, at + 1)
    found.sort()
    parts: list[str] = []
    changes: list[tuple[int, str]] = []
    last = 0
    for at, token in found:
        fixed, token_changes = _scan_tones(token)
        parts += (text[last:at], fixed)
        last = at + len(token)
        changes.extend((at + offset, word) for offset, word in token_changes)
    parts.append(text[last:])
    return "".join(parts), tuple(changes)


def _learn_tokens(tokens: list[str]) -> None:
    """Read the tokens not seen yet alone, remembering those :func:`_scan_tones` changes."""
    new = set(tokens).difference(_tokens_seen)
    if len(_tokens_seen) + len(new) > _TOKENS_LIMIT:  # forget all (both sets stay consistent)
        _tokens_seen.clear()
        _tokens_changed.clear()
    _tokens_changed.update(_changed_tokens(new))
    _tokens_seen.update(new)


def _changed_tokens(tokens: set[str]) -> list[str]:
    r"""The tokens that :func:`_scan_tones` changes, read alone: ``[t for t in tokens if _scan_tones(t)[1]]``.

    A token changes only at a :data:`_NEW_STYLE_CUE` match (those few tokens are scanned alone) or at
    a :data:`_SUSPECT` word that :func:`place_tone_mark` changes. Both regexes run once over the
    tokens joined by line ends (a line end is no letter, no ``\w`` and no vowel, so no match, word or
    look-around crosses it): two C scans instead of two scans and ~15 Python calls per token, most
    tokens holding neither (perf-s12).
    """
    joined = "\n".join(tokens)
    changed: set[str] = set()
    for cue in _NEW_STYLE_CUE.finditer(joined):
        token = _token_at(joined, cue.start())
        if token not in changed and _scan_tones(token)[1]:
            changed.add(token)
    # no cue in the token: _scan_tones leaves it to repair_tone_marks, which changes a suspect word
    for start, _end, word, fixed in _suspect_words(joined):
        if fixed != word:
            changed.add(_token_at(joined, start))
    return list(changed)


def _token_at(joined: str, pos: int) -> str:
    """The line of ``joined`` that holds ``pos`` (one token of :func:`_changed_tokens`)."""
    end = joined.find("\n", pos)
    return joined[joined.rfind("\n", 0, pos) + 1 : end if end >= 0 else len(joined)]


def _scan_tones(text: str) -> tuple[str, tuple[tuple[int, str], ...]]:
    """:func:`canonical_tones` by scanning the whole text (its definition, and its path for texts
    holding a token it changes)."""
    changes: list[tuple[int, str]] = []

    def fix(match: re.Match[str]) -> str:
        if match.group("v1"):
            pre, first, second = match.group("pre"), match.group("v1"), match.group("v2")
        else:
            pre, first, second = match.group("pre2"), match.group("u1"), match.group("u2")
        changes.append((match.start(), match.group(0)))
        return pre + _old_style(first, second)

    result = _sub_at_cues(fix, text)
    repaired, repairs = repair_tone_marks(result)
    if not repairs:
        return result, tuple(changes)
    # a repaired word's original is read from the input (same offsets: lengths never change)
    spans = [(start, start + len(word)) for start, word in repairs]
    kept = [c for c in changes if not any(a <= c[0] < b for a, b in spans)]
    merged = kept + [(start, text[start : start + len(word)]) for start, word in repairs]
    return repaired, tuple(sorted(merged))


# --- misplaced tone marks ("Giaó", "Gíáo" -> "Giáo") ------------------------------------------

_VOWELS = "aăâeêioôơuưy"
_ONSETS = (
    "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr",
    "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x",
)  # fmt: skip
_CODAS = frozenset({"", "c", "ch", "m", "n", "ng", "nh", "p", "t"})
# Nuclei ending in a glide (i/y/o/u) take no final consonant ("Xêút" is no syllable).
_OPEN_ONLY = frozenset(
    (
        "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iu", "oi", "ôi", "ơi", "ui", "ưi",
        "ưu", "ua", "ưa", "uơ", "oai", "oay", "oeo", "uây", "uôi", "ươi", "ươu", "uya", "uyu",
        "iêu", "yêu",
    )
)  # fmt: skip
_NUCLEI = frozenset(
    (
        *_VOWELS,
        "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iê", "iu", "oa", "oă", "oe", "oi",
        "oo", "ôi", "ơi", "ua", "uâ", "uê", "ui", "uô", "uơ", "ưa", "ưi", "ươ", "ưu", "uy", "yê",
        "iêu", "yêu", "oai", "oay", "oeo", "uây", "uôi", "ươi", "ươu", "uya", "uyê", "uyu",
    )
)  # fmt: skip


def _tone_position(onset: str, nucleus: str, coda: str) -> int:
    """Index in ``nucleus`` of the vowel that carries the tone (old style for open oa/oe/uy)."""
    for i, ch in enumerate(nucleus):
        if ch in "ăâêôơ":
            return i
    if "ư" in nucleus:
        return nucleus.index("ư")
    if coda:
        return len(nucleus) - 1
    if len(nucleus) == 3:
        return 1
    return 0


def place_tone_mark(word: str) -> str:
    """A word with its tone mark on the vowel the spelling rules put it on.

    Rules (the canonical style of ``docs/record.md``, step 4): the vowel with ă/â/ê/ô/ơ/ư carries the tone (ơ
    in ươ); else, before a final consonant, the last vowel of the nucleus; else the first
    of open oa/oe/uy (older style, the project's canonical one) and of open diphthongs,
    and the middle of a triphthong; "qu" and "gi" are consonants. Two marks of the same
    tone collapse into one ("Gíáo" -> "Giáo"). Words that are no Vietnamese syllable
    (foreign names, acronyms) and words with two different tones are returned unchanged.

    Args:
        word: One word (letters only), NFC.

    Returns:
        The word, same length, tone mark moved when it was misplaced.
    """
    bases: list[str] = []
    tones: set[int] = set()
    marked: list[int] = []
    for i, ch in enumerate(word):
        info = _TONED.get(ch)
        if info is None:
            bases.append(ch)
        else:
            bases.append(info[0])
            tones.add(info[1])
            marked.append(i)
    if len(tones) != 1:
        return word
    plain = "".join(bases).lower()
    onset = next((o for o in _ONSETS if plain.startswith(o)), "")
    if onset == "gi" and (len(plain) == 2 or plain[2] not in _VOWELS):
        onset = "g"  # "gì", "gìn": the i is the vowel
    rest = plain[len(onset) :]
    n = 0
    while n < len(rest) and rest[n] in _VOWELS:
        n += 1
    nucleus, coda = rest[:n], rest[n:]
    if nucleus not in _NUCLEI or coda not in _CODAS or (coda and nucleus in _OPEN_ONLY):
        return word
    target = len(onset) + _tone_position(onset, nucleus, coda)
    if marked == [target]:
        return word
    tone = tones.pop()
    out = []
    for i, base in enumerate(bases):
        out.append(_WITH_TONE[(base, tone)] if i == target else base)
    return "".join(out)


_ALL_VOWELS = "".join(sorted({*_VOWELS, *_VOWELS.upper(), *_TONED}))
_TONED_CHARS = "".join(sorted(_TONED))
# A toned vowel next to another vowel: the only place a tone mark can be misplaced (a lone
# vowel carries its tone wherever it is written).
# Matched at the toned vowel itself, with the other vowel before or after it: one class first lets
# ``re`` skip ahead to a toned vowel, and a word holds a match exactly when it holds a toned vowel next
# to a vowel (``[V][T]|[T][V]`` scanned ~20% slower; the words repaired are the same).
_SUSPECT = re.compile(rf"[{_TONED_CHARS}](?:(?<=[{_ALL_VOWELS}][{_TONED_CHARS}])|(?=[{_ALL_VOWELS}]))")
_placed: dict[str, str] = {}
_PLACED_LIMIT = 100_000  # distinct words remembered (a few MB); Vietnamese has ~7,000 syllables


def repair_tone_marks(text: str) -> tuple[str, tuple[tuple[int, str], ...]]:
    """Move misplaced tone marks to their vowel ("Bộ Giaó dục" -> "Bộ Giáo dục").

    Lengths never change, so offsets into the result are offsets into the input.

    Args:
        text: NFC text, tone marks already in the canonical (old) style.

    Returns:
        The repaired text and ``(offset, original word)`` for every repaired word.
    """
    changes: list[tuple[int, str]] = []
    parts: list[str] = []
    last = 0
    for start, end, word, fixed in _suspect_words(text):
        if fixed != word:
            parts += (text[last:start], fixed)
            last = end
            changes.append((start, word))
    if not changes:
        return text, ()
    parts.append(text[last:])
    return "".join(parts), tuple(changes)


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
    if text.isascii():  # no marks, no đ: casefold is lower, and lower is cheapest (scale)
        return text.lower()
    # Folding is per character (NFD decomposes each character on its own, the combining marks it
    # reorders are all dropped, casefold has no context), so one table of folded characters does it.
    return text.translate(_FOLDED)


class _FoldedChars(dict[int, str]):
    """Code point -> its :func:`fold`, computed on first use (``str.translate`` table)."""

    def __missing__(self, code: int) -> str:
        decomposed = unicodedata.normalize("NFD", chr(code).translate(_FOLD_TABLE))
        folded = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
        self[code] = folded
        return folded


_FOLDED = _FoldedChars()


def _suspect_words(text: str) -> Iterator[tuple[int, int, str, str]]:
    """Each whole word around a :data:`_SUSPECT` match, once: ``(start, end, word, fixed)``.

    ``fixed`` is the word with its tone mark placed by :func:`place_tone_mark` (remembered in ``_placed``).
    """
    done = -1
    for match in _SUSPECT.finditer(text):
        if match.start() < done:
            continue
        start, end = match.start(), match.end()
        while start > 0 and text[start - 1].isalpha():
            start -= 1
        while end < len(text) and text[end].isalpha():
            end += 1
        done = end
        word = text[start:end]
        fixed = _placed.get(word)
        if fixed is None:
            fixed = place_tone_mark(word)
            if len(_placed) < _PLACED_LIMIT:
                _placed[word] = fixed
        yield start, end, word, fixed
