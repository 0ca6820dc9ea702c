"""Gazetteers (data files) and the Vietnamese letter classes shared by the extractors.

The lists live in ``transforms/extract/data/*.txt``, one entry a line, ``#`` starting a
comment. Every entry is normalized the way cleaned bodies are (NFC, old-style tone
marks), so "Uỷ" in a list still matches "Ủy" in a body. Lists are loaded once and
turned into one alternation regex each (longest entry first), never scanned entry by
entry.
"""

from __future__ import annotations

import hashlib
import importlib
import logging
import marshal
import os
import re
import sys
import tempfile
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import cache
from itertools import pairwise
from pathlib import Path
from typing import Any

from transforms.clean.normalize import canonical_tones, fold
from transforms.extract.starts import word_started

logger = logging.getLogger(__name__)

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


def char_class(chars: str) -> str:
    """A regex character class of ``chars``, runs of three or more consecutive code points written
    as ranges ("[a-zà-ãè-ê...]"): the same characters, a shorter source to parse and compile (the
    letter classes are in most big regexes, perf-warm9).

    Args:
        chars: The characters (any order; no "]", "\\", "^" or "-" needs escaping: they are escaped).

    Returns:
        The class source, e.g. ``"[a-cx]"``.
    """
    points = sorted({ord(ch) for ch in chars})
    parts: list[str] = []
    start = 0
    while start < len(points):
        end = start
        while end + 1 < len(points) and points[end + 1] == points[end] + 1:
            end += 1
        first, last = re.escape(chr(points[start])), re.escape(chr(points[end]))
        if end - start >= 2:
            parts.append(f"{first}-{last}")
        else:
            parts.extend(re.escape(chr(point)) for point in points[start : end + 1])
        start = end + 1
    return "[" + "".join(parts) + "]"


LOWER_CHARS, UPPER_CHARS = _letters()
LOWER = char_class(LOWER_CHARS)
UPPER = char_class(UPPER_CHARS)
#: A capitalized syllable ("Nguyễn", "Ủy"); not the first letters of an acronym.
CAP_SYL = rf"{UPPER}{LOWER}*(?![\w'])"
#: An acronym such as "UBND", "HĐND", "TW", "T.Ư", "TP.HCM", "GD-ĐT", "TT&TT" (not a photo credit's "ẢNH").
ACRONYM = rf"(?!ẢNH(?![\w']))(?:{UPPER}{{2,}}|{UPPER}\.{UPPER})(?:[.&-]{UPPER}+)*(?![\w'])"


_WHITE_RUN = re.compile(r"\s+")


def one_space(text: str) -> str:
    r"""``re.sub(r"\s+", " ", text)`` with the pattern compiled once (``re.sub`` looks it up in
    ``re``'s cache at every call: ~30 calls an article from the extractors, perf-speed3).

    Args:
        text: Any text.

    Returns:
        The text with every run of white space written as one space.
    """
    return _WHITE_RUN.sub(" ", text)


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
    return word_started(regex.finditer(text), text, extra)


def word_initial(source: str, first: str) -> str:
    r"""``(?<![\w])`` + ``source``, with the look-behind written after ``source``'s first item ``first``.

    Same matches, but the pattern starts with ``first`` (a class or a letter), so ``re`` skips to
    the positions of its letters; a leading look-behind makes it try every position (x2-3 on VNTC
    bodies, perf-people).

    Args:
        source: Regex source starting with ``first``, with no quantifier on it.
        first: A character class (``UPPER``) or one literal letter.

    Returns:
        The regex source.

    Raises:
        ValueError: ``source`` does not start with ``first`` alone.
    """
    rest = source[len(first) :]
    if not source.startswith(first) or rest[:1] in ("{", "*", "+", "?"):
        raise ValueError(f"{source[:40]!r} does not start with {first[:40]!r} alone")
    return rf"{first}(?<![\w]{first}){rest}"


def word_alternation(words: Iterable[str]) -> str:
    r"""``(?<![\w])(?:w1|w2|...)`` for literal words, the look-behind written after each word.

    Same matches, but every branch starts with a literal, so ``re`` skips to the words' first
    letters (see :func:`word_initial`).

    Args:
        words: Literal words, in the order to try them.

    Returns:
        A non-capturing group source.
    """
    escaped = [re.escape(w) for w in words]
    return "(?:" + "|".join(rf"{w}(?<![\w]{w})" for w in escaped) + ")"


def both_cases(*words: str) -> str:
    """Alternation of literal words with the first letter in either case (literal first chars
    keep ``re``'s fast prefix search, which a ``[Hh]`` class defeats).

    Args:
        words: Words as usually written.

    Returns:
        A non-capturing group source (trie-shaped, see :func:`alternation`).
    """
    forms: list[str] = []
    for word in words:
        for form in (word[0].upper() + word[1:], word[0].lower() + word[1:]):
            if form not in forms:
                forms.append(form)
    # (the same order as the flat form's stable sort: longest first, then as listed)
    keyed: list[_Keyed] = [(tuple((ch, _LITERAL) for ch in f), (-len(f), i)) for i, f in enumerate(forms)]
    return _trie_source(keyed)


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

    The source is trie-shaped ("Bộ (?:Chính trị|Y tế)"): ``re`` tries the alternatives of a
    flat alternation one by one at every candidate position, a trie reads each letter once.
    It matches exactly what the flat alternation (:func:`flat_alternation`) matches, with the
    same priority, in a case-sensitive or a ``(?i:...)`` context (see :func:`_trie_source`).

    Args:
        entries: Literal strings.
        flexible_space: Let a space in an entry match any run of spaces.

    Returns:
        A non-capturing group source, e.g. ``(?:Bộ Chính trị|Quốc hội)``.
    """
    return _alternation(tuple(sorted(set(entries), key=lambda e: (-len(e), e))), flexible_space)


@cache
def _alternation(unique: tuple[str, ...], flexible_space: bool) -> str:
    """:func:`alternation` of distinct entries in priority order; cached: the same lists (places,
    bodies, titles) go into several regexes, and a trie costs ~5 ms to build (first pass, perf-s12)."""
    if flexible_space and not all(_spaced_words(e) for e in unique):
        return flat_alternation(unique, flexible_space=flexible_space)
    space = _SPACE if flexible_space else _LITERAL
    keyed: list[_Keyed] = [
        (tuple((ch, space if ch == " " else _LITERAL) for ch in e), (-len(e), e)) for e in unique
    ]
    return _trie_source(keyed)


def flat_alternation(entries: Iterable[str], *, flexible_space: bool = True) -> str:
    """:func:`alternation` as one flat alternative per entry (its definition; the trie is faster)."""
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
        A non-capturing group source (trie-shaped, the same matches as :func:`flat_alternation_any_case`).
    """
    return _alternation_any_case(tuple(sorted(set(entries), key=lambda e: (-len(e), e))))


@cache
def _alternation_any_case(unique: tuple[str, ...]) -> str:
    """:func:`alternation_any_case` of distinct entries (cached: see :func:`_alternation`)."""
    if not all(_spaced_words(e) for e in unique):
        return flat_alternation_any_case(unique)
    keyed: list[_Keyed] = []
    for entry in unique:
        # one-word entries ("Bộ", "ASEAN") stay literal: only the inner words of names vary in case
        kind = _ANY_CASE if " " in entry else _LITERAL
        rest = tuple((ch, _SPACE if ch == " " else kind) for ch in entry[1:])
        keyed.append((((entry[0], _LITERAL), *rest), (-len(entry), entry)))
    return _trie_source(keyed)


def flat_alternation_any_case(entries: Iterable[str]) -> str:
    """:func:`alternation_any_case` as one flat alternative per entry (its definition)."""
    parts = []
    for entry in sorted(set(entries), key=lambda e: (-len(e), e)):
        rest = re.escape(entry[1:]).replace(r"\ ", r"\s+")
        parts.append(re.escape(entry[0]) + (f"(?i:{rest})" if " " in entry else rest))
    return "(?:" + "|".join(parts) + ")" if parts else "(?!)"


# How a trie token matches: the character itself, the character in any case, or (a space) a run of spaces.
_LITERAL, _ANY_CASE, _SPACE = range(3)
_Token = tuple[str, int]
_Keyed = tuple[tuple[_Token, ...], tuple[int, str | int]]


def _spaced_words(entry: str) -> bool:
    """Whether ``entry`` is words of non-space characters joined by single spaces (then a flexible
    space must read a whole run of spaces, which keeps the trie exact)."""
    return all(word and not _ANY_SPACE.search(word) for word in entry.split(" "))


_ANY_SPACE = re.compile(r"\s")


def _tokens_source(tokens: Iterable[_Token]) -> str:
    r"""The source of a run of tokens, one ``(?i:...)`` around each run of any-case letters and
    spaces ("(?i:ục\s+thuế)", not "(?i:ụ)(?i:c)\s+(?i:t)..."): the same matches, but a third of
    the source, which ``re`` parses and compiles about twice as fast (the first pass, perf-warm9)."""
    out: list[str] = []
    run: list[str] = []  # the current run of any-case letters and spaces
    folded = False  # whether the run holds an any-case letter
    for char, kind in tokens:
        if kind == _LITERAL:
            if run:
                out.append(f"(?i:{''.join(run)})" if folded else "".join(run))
                run, folded = [], False
            out.append(re.escape(char))
        elif kind == _SPACE:
            run.append(r"\s+")
        else:
            run.append(re.escape(char))
            folded = True
    if run:
        out.append(f"(?i:{''.join(run)})" if folded else "".join(run))
    return "".join(out)


@cache
def _may_read_same(a: str, b: str) -> bool:
    """Whether one character of a text can match both ``a`` and ``b`` (in some case context)."""
    return a == b or re.fullmatch(f"(?i:{re.escape(a)})", b) is not None


def _trie_source(keyed: list[_Keyed]) -> str:
    r"""A trie-shaped alternation of token strings, matching what their flat alternation in
    priority order (``keyed``'s sort key: longest first) matches, with the same priority.

    Why it is exact: at one position the entries that match form a chain of prefixes of each
    other (a ``\s+`` between words reads a whole run of spaces, the next character being no
    space), and a trie tries that chain deepest first, i.e. longest first, like the flat
    alternation. Sibling branches that can read the same character (a letter in any case next
    to the same letter, or a ``(?i:...)`` context around the whole) are kept only when they
    are equal or when every entry of one is longer than every entry of the other (then put
    first); otherwise the entries longer than all of the other branches go first, as a trie,
    then the rest (a flat alternation when nothing splits off).
    """
    if not keyed:
        return "(?!)"
    return "(?:" + _node_source([(tokens, key) for tokens, key in keyed]) + ")"


def _node_source(items: list[_Keyed], prefix: tuple[_Token, ...] = ()) -> str:
    """The source of ``prefix`` then the entries ``items`` (their tokens after a shared prefix), in
    priority order."""
    # the tokens all entries share come first, as one run (a chain of one-child nodes)
    shared = _shared_length(items)
    if shared:
        prefix += items[0][0][:shared]
        items = [(tokens[shared:], key) for tokens, key in items]
    if prefix:
        return _tokens_source(prefix) + _node_source(items)
    ends = any(not tokens for tokens, _ in items)
    children: dict[_Token, list[_Keyed]] = {}
    for tokens, key in items:
        if tokens:
            children.setdefault(tokens[0], []).append((tokens[1:], key))
    groups: list[list[_Token]] = []  # branches that may read the same character
    for token in children:
        group = next((g for g in groups if _tokens_overlap(g[0], token)), None)
        if group is None:
            groups.append([token])
        else:
            group.append(token)
    alternatives = [source for group in groups for source in _group_sources(group, children)]
    if not alternatives:
        return ""  # the end of an entry
    if len(alternatives) == 1 and not ends:
        return alternatives[0]
    return "(?:" + "|".join(alternatives) + ")" + ("?" if ends else "")


def _group_sources(group: list[_Token], children: dict[_Token, list[_Keyed]]) -> list[str]:
    """The alternatives of branches that may read the same character, in an exact order."""
    # branches with the same entries after them read the same: any order among them
    classes: dict[frozenset[tuple[_Token, ...]], list[_Token]] = {}
    for token in group:
        classes.setdefault(frozenset(rest for rest, _ in children[token]), []).append(token)
    ranked = sorted(classes.values(), key=lambda c: -_lengths(children, c)[0])
    if all(
        _lengths(children, longer)[0] > _lengths(children, shorter)[1] for longer, shorter in pairwise(ranked)
    ):
        return [_node_source(children[token], (token,)) for tokens in ranked for token in tokens]
    # else: the entries longer than any of the other branches first (one branch), then the rest
    entries = [((token, *rest), key) for token in group for rest, key in children[token]]
    largest = max(classes.values(), key=lambda c: sum(len(children[t]) for t in c))
    others = max(
        len(rest) for c in classes.values() if c is not largest for t in c for rest, _ in children[t]
    )
    longer = [item for item in entries if len(item[0]) > others + 1]
    shorter = [item for item in entries if len(item[0]) <= others + 1]
    if not longer:
        flat = (_tokens_source(tokens) for tokens, _ in sorted(entries, key=lambda i: i[1]))
        return ["(?:" + "|".join(flat) + ")"]
    return [_node_source(longer), _node_source(shorter)]


def _shared_length(items: list[_Keyed]) -> int:
    """How many first tokens all of ``items`` share (0 when one of them has none left)."""
    first = items[0][0]
    if len(items) == 1:
        return len(first)
    shortest = min(len(tokens) for tokens, _ in items)
    for index in range(shortest):
        token = first[index]
        if any(tokens[index] != token for tokens, _ in items):
            return index
    return shortest


def _tokens_overlap(a: _Token, b: _Token) -> bool:
    if a[1] == _SPACE or b[1] == _SPACE:
        return a[1] == b[1]
    return _may_read_same(a[0], b[0])


def _lengths(children: dict[_Token, list[_Keyed]], tokens: list[_Token]) -> tuple[int, int]:
    """(shortest, longest) remaining length of the entries after ``tokens``."""
    sizes = [len(rest) for token in tokens for rest, _ in children[token]]
    return min(sizes), max(sizes)


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


# --- compiled programs kept on disk (the first pass, perf-s12) ---------------------------------

#: The folder of :func:`compile_cached`'s programs; "" (or "off") keeps none.
REGEX_CACHE_ENV = "BANTIN_REGEX_CACHE"
_sre: Any = importlib.import_module("_sre")  # re's engine: builds a pattern from a compiled program
try:  # re's own parser and code generator (private; named so from Python 3.11)
    _parser: Any = importlib.import_module("re._parser")
    _compiler: Any = importlib.import_module("re._compiler")
except ImportError:  # Python 3.10 (sre_parse, sre_compile): compile_cached is re.compile there
    _parser = _compiler = None


def regex_cache_dir() -> Path | None:
    """The folder of :func:`compile_cached`'s programs: ``$BANTIN_REGEX_CACHE``, else
    ``$XDG_CACHE_HOME/bantin/regex`` (``~/.cache/bantin/regex``); None when switched off."""
    configured = os.environ.get(REGEX_CACHE_ENV)
    if configured is not None:
        return None if configured in ("", "off") else Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "bantin" / "regex"


def compile_cached(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)``, the program kept in :func:`regex_cache_dir`, for later processes.

    ``re`` parses and compiles a pattern in Python: the ten largest of the extractors (a gazetteer or
    a title table in each, 8,000-56,000 characters) cost ~0.5 s of a process's first texts, their
    programs ~0.01 s to load. The program is what ``re.compile`` builds, read back by the engine
    (which checks it) for the same source, flags, Python and engine version (the file's name is
    their hash), so the pattern matches exactly the same; without a usable folder, or on any error
    reading or writing it, this is ``re.compile``.

    Args:
        source: Regex source.
        flags: ``re`` flags.

    Returns:
        The compiled pattern.
    """
    folder = regex_cache_dir()
    if folder is None or _compiler is None:
        return re.compile(source, flags)
    flags = int(flags)
    key = f"{sys.version}\0{_sre.MAGIC}\0{_sre.CODESIZE}\0{flags}\0{source}"
    path = folder / (hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest() + ".marshal")
    try:
        stored = marshal.loads(path.read_bytes())
        if stored[0] == source:
            pattern: re.Pattern[str] = _sre.compile(*stored)
            return pattern
    except FileNotFoundError:
        pass
    except Exception:  # an unreadable or stale file: compiled again and replaced
        logger.debug("regex cache file %s unreadable", path, exc_info=True)
    try:
        program = _program(source, flags)
        pattern = _sre.compile(*program)
    except Exception:  # another parser or engine interface (a Python this was not written for)
        logger.debug("regex program of another interface; using re.compile", exc_info=True)
        return re.compile(source, flags)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, suffix=".tmp", delete=False) as handle:
            handle.write(marshal.dumps(program))
        os.replace(handle.name, path)  # atomic: processes compiling the same pattern never read half a file
    except OSError:
        logger.debug("regex cache folder %s not writable", folder, exc_info=True)
    return pattern


_Program = tuple[str, int, list[int], int, dict[str, int], tuple[str | None, ...]]


def _program(source: str, flags: int) -> _Program:
    """The arguments ``re._compiler.compile`` gives the engine for ``source`` (Python 3.11-3.13)."""
    tree = _parser.parse(source, flags)
    code = [int(op) for op in _compiler._code(tree, flags)]
    groupindex = dict(tree.state.groupdict)
    indexgroup: list[str | None] = [None] * tree.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (source, flags | tree.state.flags, code, tree.state.groups - 1, groupindex, tuple(indexgroup))
