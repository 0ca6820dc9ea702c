"""Canonical forms of titles, bodies, places and person names: small pure functions over data.

Data files (``data/``, one entry a line, ``#`` comments):

* ``abbreviations.tsv``: "UBND" -> "Ủy ban nhân dân", "TP HCM" -> "Thành phố Hồ Chí Minh", ...
* ``spellings.txt``: canonical case of offices and bodies ("Phó Thủ tướng", "Bộ Công an");
  the national bodies and places of the extraction gazetteers are added to it.
* ``roles.txt``: heads of titles ("Bí thư", "Chủ tịch"); ``role_bodies.tsv``: the kind of body a
  head leads ("Bộ trưởng Tài chính" -> "Bộ Tài chính"); ``implied_bodies.tsv``: the body of a
  national office written alone ("Thủ tướng" -> "Chính phủ").
* ``body_synonyms.tsv``: one body under two names ("Trung ương Đảng" -> "Ban Chấp hành
  Trung ương Đảng").
* ``places.tsv``: other names of places ("TP.HCM", "Sài Gòn" -> "Thành phố Hồ Chí Minh").

Every canonical form has a ``key``: folded (no marks, đ -> d, lower case), punctuation removed,
spaces collapsed. Case-only variants share a key and, through the spellings, a canonical form.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from transforms.clean.normalize import canonical_tones, fold

DATA_DIR = Path(__file__).resolve().parent / "data"
_PUNCT = re.compile(r"[\s\-–,.;:&()\"'“”/]+")
_SPACES = re.compile(r"\s+")
# The longest phrase of spellings.txt, in words: bounds the greedy matching.
_MAX_PHRASE = 12
_ADMIN_UNITS = ("thành phố", "tỉnh", "huyện", "quận", "xã", "phường", "thị xã", "thị trấn")
_FORMER = re.compile(r"^(nguyên|cựu|cố)\s+", re.IGNORECASE)
_QUALIFIER = re.compile(
    r"\s*,?\s*\(?((?:khóa|khoá|nhiệm kỳ|nhiệm kì)\s+[IVXLC0-9]+(?:\s*[-–]\s*[0-9]{2,4})?"
    r"(?:\s*,?\s*(?:nhiệm kỳ|nhiệm kì)\s+[0-9]{4}\s*[-–]\s*[0-9]{4})?)\)?\s*$",
    re.IGNORECASE,
)


def _normalize(text: str) -> str:
    return canonical_tones(unicodedata.normalize("NFC", text))[0]


def _lines(name: str) -> list[str]:
    out = []
    with (DATA_DIR / name).open(encoding="utf-8") as handle:
        for line in handle:
            line = line.split("#", 1)[0].rstrip("\n").strip()
            if line:
                out.append(_normalize(line))
    return out


def _pairs(name: str) -> list[tuple[str, str]]:
    out = []
    for line in _lines(name):
        left, tab, right = line.partition("\t")
        if not tab:
            raise ValueError(f"{name}: no tab in {line!r}")
        out.append((left.strip(), right.strip()))
    return out


def key(text: str) -> str:
    """The stable key of a canonical form: folded, punctuation removed, single spaces.

    Args:
        text: A canonical (or any) form.

    Returns:
        E.g. "Ủy ban nhân dân Thành phố Hồ Chí Minh" -> "uy ban nhan dan thanh pho ho chi minh".
    """
    return _PUNCT.sub(" ", fold(text)).strip()


@cache
def _abbreviation_regex() -> tuple[re.Pattern[str], dict[str, str]]:
    table = dict(_pairs("abbreviations.tsv"))
    parts = []
    for abbr in sorted(table, key=lambda a: (-len(a), a)):
        escaped = re.escape(abbr).replace(r"\ ", r"\s*" if "." in abbr else r"\s+")
        # a trailing "." abbreviation ("Q.") only before a name or a number
        tail = r"(?=\s*[\w])" if abbr.endswith(".") else r"(?![\w])"
        parts.append(escaped + tail)
    return re.compile(r"(?<![\w.])(?:" + "|".join(f"({p})" for p in parts) + ")"), table


def expand_abbreviations(text: str) -> str:
    """Expand the usual abbreviations of bodies, offices and places, as whole words.

    Args:
        text: A title, a body's name or a place, as written.

    Returns:
        The text with "UBND", "HĐND", "TW", "T.Ư", "TP HCM", "Q." ... written out.
    """
    regex, table = _abbreviation_regex()
    if not regex.search(text):
        return text
    ordered = sorted(table, key=lambda a: (-len(a), a))

    def expand(match: re.Match[str]) -> str:
        index = match.lastindex or 0
        expansion = table[ordered[index - 1]]
        return expansion + (" " if ordered[index - 1].endswith(".") else "")

    return _SPACES.sub(" ", regex.sub(expand, text)).strip()


@cache
def _spellings() -> dict[tuple[str, ...], str]:
    """Lower-case word tuple -> canonical spelling, from spellings.txt and the extraction gazetteers."""
    from transforms.extract.gazetteer import organization_names, place_names

    entries = [*organization_names(), *place_names(), *_lines("spellings.txt"), *_lines("roles.txt")]
    entries += [f"Phó {r}" for r in _lines("roles.txt")]
    entries += list(_ADMIN_UNITS)
    table: dict[tuple[str, ...], str] = {}
    for entry in entries:
        words = tuple(_case_key(entry).split())
        if words:
            table[words] = entry  # later files win: spellings.txt over the gazetteers
    return table


def _case_key(text: str) -> str:
    """Lower case, punctuation removed, marks kept ("Trường" and "Trưởng" stay apart)."""
    return _PUNCT.sub(" ", text.lower()).strip()


def _cap(word: str) -> str:
    return word[:1].upper() + word[1:]


def apply_case(text: str) -> str:
    """Vietnamese case rules for an office or a body: known phrases in their canonical case.

    Phrases of ``spellings.txt`` (and the national bodies and places) are matched on lower-case
    words (marks kept), longest first; administrative units ("tỉnh", "thành phố") are lower case before a
    name and capitalized otherwise ("Ủy ban nhân dân tỉnh Long An", "Ủy ban nhân dân Quận 1");
    other words keep their case, the first word is capitalized.

    Args:
        text: Text with abbreviations expanded.

    Returns:
        The text in canonical case.
    """
    words = text.split()
    folded = [_case_key(w) for w in words]
    table = _spellings()
    out: list[str] = []
    i = 0
    while i < len(words):
        for size in range(min(_MAX_PHRASE, len(words) - i), 0, -1):
            phrase = tuple(f for f in folded[i : i + size] if f)
            canonical = table.get(phrase) if phrase else None
            if canonical is None:
                continue
            nxt = words[i + size] if i + size < len(words) else ""
            lower = canonical.lower()
            if lower in _ADMIN_UNITS:
                canonical = lower if nxt[:1].isupper() else _cap(lower)
            out.append(canonical + _trailing_punct(words[i + size - 1]))
            i += size
            break
        else:
            out.append(words[i])
            i += 1
    if out:
        out[0] = _cap(out[0])
    return " ".join(out)


def _trailing_punct(word: str) -> str:
    stripped = word.rstrip(",;:")
    return word[len(stripped) :]


def canonical_body(text: str) -> str:
    """The canonical name of a body: abbreviations expanded, canonical case, single spaces.

    Args:
        text: The body's name as written ("UBND TP.HCM", "Bộ Công An", "Bộ GD-ĐT").

    Returns:
        "Ủy ban nhân dân Thành phố Hồ Chí Minh", "Bộ Công an", "Bộ Giáo dục và Đào tạo".
    """
    text = _SPACES.sub(" ", _normalize(text)).strip(" ,;:-")
    canonical = with_unit(apply_case(expand_abbreviations(text)))
    return _body_synonyms().get(key(canonical), canonical)


# Local bodies named after their province: "UBND Long An" is "Ủy ban nhân dân tỉnh Long An".
_LOCAL_HEADS = (
    "uy ban nhan dan ",
    "hoi dong nhan dan ",
    "so ",
    "cong an ",
    "uy ban mat tran to quoc ",
    "toa an nhan dan ",
    "vien kiem sat nhan dan ",
    "lien doan lao dong ",
    "doan dai bieu quoc hoi ",
    "bo chi huy quan su ",
)
_UNIT_WORDS = frozenset({"tinh", "pho", "huyen", "quan", "xa", "phuong", "tran", "uy"})


@cache
def _provinces() -> dict[str, str]:
    return {key(a): b for a, b in _pairs("provinces.tsv") if key(a) != "thanh pho ho chi minh"}


def with_unit(body: str) -> str:
    """Insert the unit before a province ending a local body's name ("Sở Y tế Hà Nội" ->
    "Sở Y tế thành phố Hà Nội"), so that both spellings are one body.

    Args:
        body: A body's name in canonical case.

    Returns:
        The name, with "tỉnh" / "thành phố" before its province when it lacked it.
    """
    folded = key(body)
    if not folded.startswith(_LOCAL_HEADS):
        return body
    words = body.split(" ")
    for size in (4, 3, 2, 1):
        if len(words) <= size + 1:
            continue
        unit = _provinces().get(key(" ".join(words[-size:])))
        if unit is None:
            continue
        if key(words[-size - 1]) in _UNIT_WORDS:
            return body
        return " ".join([*words[:-size], unit, *words[-size:]])
    return body


@cache
def _body_synonyms() -> dict[str, str]:
    return {key(a): b for a, b in _pairs("body_synonyms.tsv")}


@cache
def _place_table() -> dict[str, str]:
    from transforms.extract.gazetteer import place_names

    table = {key(p): p for p in place_names()}
    table.update({key(a): b for a, b in _pairs("places.tsv")})
    return table


def canonical_place(text: str) -> str:
    """The canonical name of a place ("TP.HCM", "Sài Gòn" -> "Thành phố Hồ Chí Minh").

    Args:
        text: The place as written.

    Returns:
        Its canonical name; an unknown place in canonical case.
    """
    text = _SPACES.sub(" ", _normalize(text)).strip(" ,;:-")
    found = _place_table().get(key(text))
    if found is not None:
        return found
    expanded = expand_abbreviations(text)
    return _place_table().get(key(expanded)) or apply_case(expanded)


def canonical_person(name: str) -> str:
    """A person's name with each syllable capitalized ("NGUYỄN văn a" -> "Nguyễn Văn A").

    Args:
        name: The name as written (tone marks already repaired by cleaning).

    Returns:
        The canonical name.
    """
    words = _SPACES.sub(" ", _normalize(name)).strip(" ,;:-").split(" ")
    return " ".join("-".join(_cap(part.lower()) for part in w.split("-")) for w in words if w)


@dataclass(frozen=True)
class TitleParts:
    """A title split into its parts (see :func:`split_title`).

    Attributes:
        role: The office ("Phó Chủ tịch", "Bộ trưởng", "Ủy viên").
        organization: The canonical body, or None ("Phó Chủ tịch" alone).
        qualifier: "khóa XV", "nhiệm kỳ 2020-2025", or None.
        former: "nguyên", "cựu" or "cố", or None.
        canonical: ``role organization qualifier`` (former left out: one office).
        key: The office's key: ``role organization`` folded (the qualifier left out).
    """

    role: str
    organization: str | None
    qualifier: str | None
    former: str | None
    canonical: str
    key: str


@cache
def _role_regex() -> re.Pattern[str]:
    heads = sorted(_lines("roles.txt"), key=lambda h: (-len(h), h))
    alternation = "|".join(re.escape(h).replace(r"\ ", r"\s+") for h in heads)
    return re.compile(
        rf"^(?P<acting>quyền\s+)?(?P<deputy>phó\s+)?(?P<head>{alternation})(?![\w])"
        r"(?P<standing>\s+thường\s+trực(?![\w]))?",
        re.IGNORECASE,
    )


@cache
def _role_heads() -> dict[str, str]:
    return {key(h): h for h in _lines("roles.txt")}


@cache
def _role_bodies() -> dict[str, str]:
    return {key(a): b for a, b in _pairs("role_bodies.tsv")}


@cache
def _implied_bodies() -> dict[str, str]:
    return {key(a): b for a, b in _pairs("implied_bodies.tsv")}


def split_title(title: str) -> TitleParts:
    """Split a title into role, organization, qualifier and former; canonicalize each.

    Args:
        title: A position title as written ("nguyên Phó chủ tịch UBND TP HCM",
            "Đại biểu Quốc hội khóa XV", "Bộ trưởng Tài chính").

    Returns:
        Its :class:`TitleParts` (an unparsable title becomes a role of its own, in canonical case).
    """
    text = _SPACES.sub(" ", _normalize(title)).strip(" ,;:-")
    former = None
    match = _FORMER.match(text)
    if match:
        former = match.group(1).lower()
        text = text[match.end() :]
    qualifier = None
    qual = _QUALIFIER.search(text)
    if qual and qual.start() > 0:
        words = _SPACES.sub(" ", qual.group(1)).split(" ")
        qualifier = " ".join(w if w.isupper() or w[:1].isdigit() else w.lower() for w in words)
        qualifier = re.sub(r"\s*[-–]\s*", "-", qualifier.replace("khoá", "khóa").replace("kì", "kỳ"))
        text = text[: qual.start()]
    text = expand_abbreviations(text)
    role_match = _role_regex().match(text)
    if role_match is None:
        role, rest = apply_case(text), ""
    else:
        head = _role_heads()[key(role_match.group("head"))]
        role = head
        if role_match.group("deputy"):
            role = "Phó " + role
        if role_match.group("acting"):
            role = "Quyền " + role
        if role_match.group("standing") and head not in ("Thường trực", "Thường vụ"):
            role += " Thường trực"
        rest = text[role_match.end() :].strip(" ,")
    organization: str | None = None
    if rest:
        kind = _role_bodies().get(key(role_match.group("head"))) if role_match else None
        if kind and not key(rest).startswith(key(kind) + " ") and key(rest) != key(kind):
            rest = f"{kind} {rest}"
        organization = with_unit(apply_case(rest))
        organization = _body_synonyms().get(key(organization), organization)
    else:
        organization = _implied_bodies().get(key(role))
    canonical = " ".join(p for p in (role, organization, qualifier) if p)
    office = " ".join(p for p in (role, organization) if p)
    return TitleParts(role, organization, qualifier, former, canonical, key(office))


def warm() -> None:
    """Read every data file and compile every regex now (they are cached for the process)."""
    _abbreviation_regex()
    _spellings()
    _role_regex()
    _role_heads()
    _role_bodies()
    _implied_bodies()
    _body_synonyms()
    _provinces()
    _place_table()
