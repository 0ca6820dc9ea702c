"""Beam-free text helpers of the web pages: accent-free snippets and entity highlighting.

The article body is rendered with its characters untouched (``white-space: pre-wrap``), so
every highlight covers exactly ``body[start:end]`` of the record and a reader (or a test) can
check the evidence against the offsets.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import islice
from typing import Any

from markupsafe import Markup, escape

from transforms.clean.normalize import fold

# the entity kinds drawn in the body, in the order of the entity list (CSS classes e-<kind>)
KINDS = ("person", "title", "organization", "document", "event", "figure")
# how far before a person's name a title chain is looked for ("Ủy viên Bộ Chính trị, Thường trực
# Ban Bí thư Võ Văn Thưởng": chains of 3-4 titles run to ~200 characters)
TITLE_WINDOW_BEFORE = 320
TITLE_WINDOW_AFTER = 200
WORD = re.compile(r"\w+")
MAX_MATCHES = 200  # a snippet looks at the first matches only (long bodies, common words)


# folding of every character met so far (ord -> folded text), shared by all requests; the
# characters whose folding changes the length ("ß" -> "ss") are kept apart
_FOLDED: dict[int, str] = {}
_RESIZED: set[str] = set()


def _learn(chars: set[str]) -> None:
    for ch in chars:
        folded = fold(ch)
        _FOLDED[ord(ch)] = folded
        if len(folded) != 1:
            _RESIZED.add(ch)


def fold_aligned(text: str) -> tuple[str, list[int] | None]:
    """The folded text and, when folding changed lengths, the original offset of each folded char.

    Vietnamese text in NFC folds one character to one character, so the map is usually None
    (offsets are shared) and folding is one ``str.translate`` pass.
    """
    chars = set(text)
    unknown = {c for c in chars if ord(c) not in _FOLDED}
    if unknown:
        _learn(unknown)
    if not chars & _RESIZED:
        return text.translate(_FOLDED), None
    out: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        folded = _FOLDED[ord(ch)]
        out.append(folded)
        index.extend([i] * len(folded))
    return "".join(out), index


def query_terms(query: str) -> list[str]:
    """The folded words of a search box, longest first, without duplicates (at most 12)."""
    seen: dict[str, None] = {}
    for word in WORD.findall(fold(query)):
        seen.setdefault(word, None)
    return sorted(seen, key=len, reverse=True)[:12]


def snippet(body: str, query: str, width: int = 260) -> list[tuple[str, bool]]:
    """A passage of ``body`` around the first query match, as ``(text, is_match)`` pieces.

    Matching is accent- and case-insensitive (the same folding as the index), so "dang uy"
    and "Đảng ủy" mark the same words. Without a query (or a match) it is the opening.

    Args:
        body: The article text.
        query: What was typed in the search box.
        width: Approximate length of the passage.
    """
    terms = query_terms(query)
    if not body:
        return []
    if not terms:
        return [(_clip(body, 0, width), False)]
    folded, index = fold_aligned(body)
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(t) for t in terms) + r")\b")
    found = list(islice(pattern.finditer(folded), MAX_MATCHES))
    if not found:
        return [(_clip(body, 0, width), False)]
    matches = [(_orig(index, m.start()), _orig(index, m.end() - 1) + 1) for m in found]
    # the passage with the most distinct query words (then the earliest): "ban chap hanh" shows
    # "Ban Chấp hành", not the first lone "ban"
    best, best_score = 0, -1
    reach = width * 2 // 3
    for i, (start_i, _) in enumerate(matches):
        words = {found[j].group(0) for j in range(i, len(matches)) if matches[j][1] <= start_i + reach}
        if len(words) > best_score:
            best, best_score = i, len(words)
    first = matches[best][0]
    start = max(0, first - width // 3)
    if start:
        space = body.find(" ", start)
        start = space + 1 if 0 <= space < first else start
    end = min(len(body), start + width)
    if end < len(body):
        space = body.rfind(" ", matches[best][1], end)
        end = space if space > 0 else end
    pieces: list[tuple[str, bool]] = []
    pos = start
    for m_start, m_end in matches:
        if m_start < pos or m_end > end:
            continue
        if m_start > pos:
            pieces.append((body[pos:m_start], False))
        pieces.append((body[m_start:m_end], True))
        pos = m_end
    if pos < end:
        pieces.append((body[pos:end], False))
    if start:
        pieces.insert(0, ("… ", False))
    if end < len(body):
        pieces.append((" …", False))
    return [(" ".join(t.split("\n")), hit) for t, hit in pieces]


def _orig(index: list[int] | None, i: int) -> int:
    return i if index is None else index[i]


def _clip(text: str, start: int, width: int) -> str:
    end = min(len(text), start + width)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start else end
        return " ".join(text[start:end].split("\n")) + " …"
    return " ".join(text[start:end].split("\n"))


@dataclass(frozen=True)
class Span:
    """One highlighted entity in the body.

    Attributes:
        start: Offset of its first character in ``body``.
        end: Offset after its last character.
        kind: One of :data:`KINDS`.
        entity: Index of the entity in the page's entity list (the anchor ``#e-N``).
        label: What the entity is (its name or canonical form), for the tooltip.
        found: True when the offsets were found by looking for the text (titles carry none).
    """

    start: int
    end: int
    kind: str
    entity: int
    label: str
    found: bool = False


@dataclass(frozen=True)
class Entity:
    """One row of the entity list beside the body.

    Attributes:
        index: Its number (anchor ``e-N`` of its first highlight).
        kind: One of :data:`KINDS`.
        label: The text shown (canonical form when the record has one, else as written).
        written: The text as written in the body, when it differs from the label.
        detail: A second line (titles of a person, type and issuer of a document...).
        link: ``(endpoint, params)`` of the entity's page, when it has one.
        start: Offset of its highlight, or None when it was not found in the body.
        end: End offset of its highlight.
        found: The offsets were found by text search (the record carries none).
        anchor: The entity whose highlight shows this one (itself, unless another entity of
            the same kind has the same offsets: "các đồng chí Ủy viên Bộ Chính trị: A, B, C").
    """

    index: int
    kind: str
    label: str
    written: str | None = None
    detail: str | None = None
    link: tuple[str, tuple[tuple[str, str], ...]] | None = None
    start: int | None = None
    end: int | None = None
    found: bool = False
    anchor: int = -1


def _valid(body: str, start: Any, end: Any) -> bool:
    return isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(body)


def find_title(
    body: str,
    title: str,
    near: int | None,
    taken: Iterable[tuple[int, int]],
    near_end: int | None = None,
) -> int | None:
    """Where a person's title (which the record stores without offsets) is written.

    The occurrence nearest the person's name, before it ("Ủy viên Bộ Chính trị, Thường trực Ban
    Bí thư Võ Văn Thưởng") or after it ("đồng chí Trương Thị Mai, Ủy viên Bộ Chính trị"), within
    a window; else the first in the body. Occurrences already given to another title of the same
    person are skipped; people listed after one title share it.

    Args:
        body: The article text.
        title: The title as written.
        near: Start of the person's name, when known.
        taken: Spans given to the person's other titles.
        near_end: End of the person's name (default: ``near``).

    Returns:
        The start offset, or None when the title is not in the body as written.
    """
    if not title:
        return None
    used = set(taken)
    starts = [m.start() for m in re.finditer(re.escape(title), body)]
    starts = [s for s in starts if (s, s + len(title)) not in used]
    if not starts:
        return None
    if near is None:
        return starts[0]
    end = near if near_end is None else near_end
    scored: list[tuple[int, int]] = []
    for s in starts:
        if near - TITLE_WINDOW_BEFORE <= s and s + len(title) <= near:
            scored.append((near - (s + len(title)), s))
        elif end <= s <= end + TITLE_WINDOW_AFTER:
            scored.append((s - end, s))
    return min(scored)[1] if scored else starts[0]


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _label(obj: dict[str, Any], key: str) -> str:
    canonical = obj.get("canonical")
    return canonical if isinstance(canonical, str) and canonical else _text(obj.get(key))


def _entity_link(endpoint: str, **params: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    return endpoint, tuple(sorted(params.items()))


class _Entities:
    """The entities of one article as they are added, and the body spans they highlight."""

    def __init__(self, body: str) -> None:
        self.body = body
        self.entities: list[Entity] = []
        self.spans: list[Span] = []
        self.drawn: dict[tuple[str, int, int], int] = {}

    def add(self, kind: str, label: str, obj: dict[str, Any] | None, **extra: Any) -> Entity:
        """An entity; its span is drawn once per kind and place (a repeat anchors to the first)."""
        start = obj.get("start") if obj else None
        end = obj.get("end") if obj else None
        found = bool(extra.pop("found", False))
        if obj is not None and not _valid(self.body, start, end):
            start = end = None
        index = len(self.entities)
        anchor = index
        if start is not None and end is not None:
            shared = self.drawn.get((kind, start, end))
            if shared is None:
                self.drawn[(kind, start, end)] = index
                self.spans.append(Span(start, end, kind, index, label, found))
            else:
                anchor = shared
        entity = Entity(index, kind, label, start=start, end=end, found=found, anchor=anchor, **extra)
        self.entities.append(entity)
        return entity

    def person(self, person: dict[str, Any]) -> None:
        """A person, then each of their titles (from its offsets, else looked up near the name)."""
        body = self.body
        title_spans: list[tuple[int, int]] = []  # one person's titles take distinct occurrences
        name = _text(person.get("name"))
        label = _label(person, "name")
        titles = [
            t if isinstance(t, str) else _text((t or {}).get("text")) for t in person.get("titles") or []
        ]
        # canonical offices (issue 10: `positions`, each with the title as written in `text`)
        canonical_title = {
            _text(p.get("text")): " ".join(
                x for x in (_text(p.get("former")), _text(p.get("canonical"))) if x
            )
            for p in person.get("positions") or []
            if isinstance(p, dict) and _text(p.get("canonical"))
        }
        valid = _valid(body, person.get("start"), person.get("end"))
        written = body[person["start"] : person["end"]] if valid else None
        params = {"ten": label}
        if isinstance(person.get("person_id"), str):
            params["id"] = person["person_id"]
        self.add(
            "person",
            label,
            person,
            written=written if written and written != label else None,
            detail=", ".join(titles) or None,
            link=_entity_link("person", **params),
        )
        near = person.get("start") if isinstance(person.get("start"), int) else None
        for raw, title in zip(person.get("titles") or [], titles, strict=False):
            if not title:
                continue
            shown = canonical_title.get(title) or title
            extra = {"written": title} if shown != title else {}
            if isinstance(raw, dict) and _valid(body, raw.get("start"), raw.get("end")):
                self.add("title", shown, raw, detail=name, **extra)
                continue
            near_end = person.get("end") if isinstance(person.get("end"), int) else None
            at = find_title(body, title, near, title_spans, near_end)
            if at is None:
                self.add("title", shown, None, detail=name, **extra)
                continue
            title_spans.append((at, at + len(title)))
            self.add("title", shown, {"start": at, "end": at + len(title)}, detail=name, found=True, **extra)

    def document(self, doc: dict[str, Any]) -> None:
        """A document reference, linked to its page when it has a reference."""
        ref = _text(doc.get("ref"))
        text = _text(doc.get("text"))
        label = ref or text or _text(doc.get("type"))
        detail = " · ".join(x for x in (_text(doc.get("type")), _text(doc.get("issuer"))) if x) or None
        self.add(
            "document",
            label,
            doc,
            written=text if text and text != label else None,
            detail=detail,
            link=_entity_link("document", ref=ref) if ref else None,
        )

    def event(self, event: dict[str, Any]) -> None:
        """A meeting, its session, place and organizer as the detail."""
        bits = []
        if isinstance(event.get("session"), int):
            bits.append(f"lần thứ {event['session']}")
        if event.get("expanded"):
            bits.append("mở rộng")
        for key in ("date", "place", "organizer"):
            if _text(event.get(key)):
                bits.append(_text(event.get(key)))
        self.add("event", _label(event, "name"), event, detail=" · ".join(bits) or None)


def article_entities(source: dict[str, Any]) -> tuple[list[Entity], list[Span]]:
    """The entity list and the body highlights of an article record.

    People, organizations, document references, meetings and figures carry ``start``/``end``
    offsets in the record; titles do not (yet), so each of a person's titles is looked up in
    the body near the person's name (marked ``found``). Canonical forms (``canonical``,
    ``key``, added by the canonicalization step) are shown when present.

    Args:
        source: The article's ``_source``.
    """
    found = _Entities(_text(source.get("body")))
    for person in source.get("people") or []:
        found.person(person)
    for org in source.get("organizations") or []:
        label = _label(org, "name")
        name = _text(org.get("name"))
        found.add("organization", label, org, written=name if name != label else None)
    for doc in source.get("documents") or []:
        found.document(doc)
    for event in source.get("events") or []:
        found.event(event)
    for figure in source.get("figures") or []:
        found.add("figure", _text(figure.get("text")), figure, detail=_text(figure.get("unit")) or None)
    return found.entities, found.spans


def render_body(body: str, spans: Sequence[Span]) -> Markup:
    """The body as HTML with nested ``<mark>`` elements, every character of ``body`` kept.

    Spans that contain one another nest; a span that crosses another's end is split in two
    pieces (both with the same ``data-entity``). Every text piece is escaped.

    Args:
        body: The article text.
        spans: Highlights with valid offsets into ``body``.
    """
    ordered = sorted(
        (s for s in spans if 0 <= s.start < s.end <= len(body)),
        key=lambda s: (s.start, -s.end, KINDS.index(s.kind) if s.kind in KINDS else 99),
    )
    out: list[str] = []
    stack: list[tuple[int, Span]] = []  # (where the open <mark> closes, its entity span)
    anchored: set[int] = set()
    pos = 0

    def open_tag(span: Span, part: bool) -> str:
        anchor = ""
        if span.entity not in anchored:
            anchored.add(span.entity)
            anchor = f' id="e-{span.entity}"'
        extra = ' data-part="1"' if part else ""
        found = ' data-found="1"' if span.found else ""
        return (
            f'<mark class="e e-{escape(span.kind)}"{anchor} data-entity="{span.entity}" '
            f'data-kind="{escape(span.kind)}" data-start="{span.start}" data-end="{span.end}"'
            f'{found}{extra} title="{escape(span.label)}">'
        )

    def close_until(limit: int) -> None:
        nonlocal pos
        while stack and stack[-1][0] <= limit:
            close_at, _ = stack.pop()
            out.append(str(escape(body[pos:close_at])))
            out.append("</mark>")
            pos = close_at

    for span in ordered:
        close_until(span.start)
        out.append(str(escape(body[pos : span.start])))
        pos = span.start
        end = span.end
        part = False
        while stack and end > stack[-1][0]:
            # crosses the enclosing highlight: close the piece at its end, reopen after it
            inner_end = stack[-1][0]
            out.append(open_tag(span, part=True))
            out.append(str(escape(body[pos:inner_end])))
            out.append("</mark>")
            pos = inner_end
            close_until(inner_end)
            part = True
        out.append(open_tag(span, part=part))
        stack.append((end, span))
    close_until(len(body))
    out.append(str(escape(body[pos:])))
    return Markup("".join(out))
