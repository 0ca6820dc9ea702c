"""Scoring article records against gold records, with every miss and false positive.

The numbers are the ones of the reference scorer (``../shared/tools/score_extraction.py``):
the same fields, the same matching and the same folding (Unicode NFC, diacritics and tone
marks removed, đ -> d, case folded, white space collapsed, outer punctuation stripped).
On top of the numbers this module keeps each disagreement as a :class:`Finding` (gold vs
predicted, with the body sentence it came from), so that a user can see why a field
scores what it scores. Pure and typed: no Beam, no I/O.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Any

Record = Mapping[str, Any]

#: Fields whose mean is the scorer's ``overall``.
MAIN_FIELDS = (
    "people_f1",
    "person_title_f1",
    "documents_f1",
    "authors_f1",
    "title_acc",
    "event_date_acc",
    "events_r",
    "organizations_r",
    "body_checks",
)
_OUTER = " .,;:!?\"'“”‘’()[]-–—"
_SPACES = re.compile(r"\s+")
_WORDS = re.compile(r"\w+")
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=\S)|\n+")
# a sentence longer than this is shown cut around the match: findings stay one screen line or two
_SENTENCE_SHOWN = 320


def fold(text: object) -> str:
    """The scorer's folding of a value (None and "" fold to "").

    Args:
        text: A string (or any value, converted with ``str``).

    Returns:
        NFD without combining marks, đ -> d, casefolded, spaces collapsed, outer punctuation stripped.
    """
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFD", str(text))
    stripped = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    stripped = stripped.replace("đ", "d").replace("Đ", "D").casefold()
    return _SPACES.sub(" ", stripped).strip().strip(_OUTER)


def fold_ref(ref: object) -> str:
    """A document reference folded with every space removed."""
    return _SPACES.sub("", fold(ref))


def stem_of(value: object) -> str:
    """The file stem of a path or URL (query dropped, everything after the first dot dropped)."""
    if not value:
        return ""
    name = PurePosixPath(str(value).split("?")[0].rstrip("/")).name
    return name.split(".")[0]


def gold_id(record_id: str) -> str:
    """The gold id of an archive record: runs of non-alphanumerics become "_", outer "_" stripped.

    ``"XH_NLD_T_ (8962)"`` -> ``"XH_NLD_T_8962"`` (the rule of ``tests/data/gold``).
    """
    return re.sub(r"[^0-9A-Za-z]+", "_", record_id).strip("_")


def record_key(rec: Record) -> str:
    """The key a predicted record is matched by: the stem of its source path or URL, else its id."""
    source = rec.get("source")
    src: Mapping[str, Any] = source if isinstance(source, Mapping) else {}
    for value in (src.get("path"), rec.get("path"), src.get("url"), rec.get("url")):
        if value:
            return stem_of(value)
    return str(rec.get("id", ""))


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _name_of(item: Any) -> str:
    if isinstance(item, Mapping):
        return str(item.get("name") or item.get("text") or "")
    return str(item)


def _date_part(value: Any) -> str:
    return str(value)[:10] if value else ""


@dataclass
class Counts:
    """True positives, false positives and false negatives of a set-valued field."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def prf(self) -> tuple[float, float, float]:
        """Precision, recall and F1 (1.0 for an empty denominator, as the scorer does)."""
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


@dataclass
class Ratio:
    """Hits out of checks of a per-item field."""

    hit: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        """Count one check."""
        self.total += 1
        self.hit += bool(ok)

    def value(self) -> float:
        """The share of hits (1.0 with no checks)."""
        return self.hit / self.total if self.total else 1.0


@dataclass(frozen=True)
class Finding:
    """One disagreement between gold and prediction.

    Attributes:
        record: Gold id of the article.
        field: Scored field ("person_title", "people", "documents", "events", ...).
        kind: ``miss`` (gold not predicted), ``false_positive`` (predicted, not gold) or
            ``wrong`` (a single value that differs: headline, dates, document type).
        gold: The gold value as written in the gold file ("" for a false positive).
        predicted: The predicted value, or what was predicted instead ("" when nothing).
        sentence: The body sentence the value comes from, when it can be found.
    """

    record: str
    field: str
    kind: str
    gold: str
    predicted: str
    sentence: str = ""


@dataclass
class Evaluation:
    """Scores and findings of a set of records."""

    scores: dict[str, float] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)
    counts: dict[str, dict[str, int]] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready form: ``scores`` (the scorer's keys, ``missing`` included), ``counts``, ``findings``."""
        return {
            "scores": {**self.scores, "missing": list(self.missing)},
            "counts": self.counts,
            "findings": [f.__dict__ for f in self.findings],
        }


class _Sentences:
    """The sentences of a predicted body, folded once, for looking values up."""

    def __init__(self, body: object) -> None:
        text = str(body) if body else ""
        self.raw = [s.strip() for s in _SENTENCE_END.split(text) if s.strip()]
        self.folded = [fold(s) for s in self.raw]

    def find(self, *values: str) -> str:
        """The first sentence containing every value (folded), else the first containing the first."""
        keys = [fold(v) for v in values if fold(v)]
        if not keys:
            return ""
        for wanted in (keys, keys[:1]):
            for raw, folded in zip(self.raw, self.folded, strict=True):
                if all(k in folded for k in wanted):
                    return _shorten(raw, folded, wanted[0])
        return ""


def _shorten(raw: str, folded: str, key: str) -> str:
    if len(raw) <= _SENTENCE_SHOWN:
        return raw
    at = max(0, folded.find(key) - _SENTENCE_SHOWN // 3)
    return ("…" if at else "") + raw[at : at + _SENTENCE_SHOWN] + "…"


@dataclass
class _People:
    """Alias -> canonical folded name, folded name -> folded titles, and the written forms."""

    alias: dict[str, str] = field(default_factory=dict)
    titles: dict[str, set[str]] = field(default_factory=dict)
    written: dict[str, str] = field(default_factory=dict)
    written_titles: dict[tuple[str, str], str] = field(default_factory=dict)


def _people(people: Any) -> _People:
    out = _People()
    for person in _as_list(people):
        item: Mapping[str, Any] = person if isinstance(person, Mapping) else {"name": str(person)}
        name = fold(item.get("name"))
        if not name:
            continue
        out.alias[name] = name
        out.written.setdefault(name, str(item.get("name")))
        for other in _as_list(item.get("aliases")):
            out.alias.setdefault(fold(other), name)
        found = out.titles.setdefault(name, set())
        for title in _as_list(item.get("titles")):
            value = title.get("title") if isinstance(title, Mapping) else title
            found.add(fold(value))
            out.written_titles.setdefault((name, fold(value)), str(value))
    return out


def _doc_refs(docs: Any) -> dict[str, tuple[str, str]]:
    """Folded ref -> (folded type, ref as written)."""
    refs: dict[str, tuple[str, str]] = {}
    for doc in _as_list(docs):
        if isinstance(doc, Mapping) and doc.get("ref"):
            refs[fold_ref(doc["ref"])] = (fold(doc.get("type")), str(doc["ref"]))
    return refs


def event_matches(gold: Mapping[str, Any], candidate: Mapping[str, Any]) -> bool:
    """Same session number and scope, and the same date; without a gold date, most of the name's words."""
    if gold.get("session") is not None and candidate.get("session") != gold["session"]:
        return False
    if gold.get("expanded") and not candidate.get("expanded"):
        return False
    if gold.get("date"):
        return _date_part(candidate.get("date")) == _date_part(gold["date"])
    words = set(_WORDS.findall(fold(gold.get("name"))))
    found = set(_WORDS.findall(fold(candidate.get("name"))))
    return bool(words) and len(words & found) >= 0.6 * len(words)


def _event_text(event: Mapping[str, Any]) -> str:
    parts = [str(event.get("name") or "")]
    if event.get("session") is not None:
        parts.append(f"session={event['session']}")
    if event.get("expanded"):
        parts.append("expanded")
    if event.get("date"):
        parts.append(f"date={_date_part(event['date'])}")
    return " | ".join(parts)


def index_predictions(records: Iterable[Record]) -> dict[str, Record]:
    """Predicted records by :func:`record_key` (a later record with the same key wins)."""
    return {record_key(rec): rec for rec in records}


class _Scorer:
    """One pass over the gold records, counting like the reference scorer and keeping findings."""

    def __init__(self) -> None:
        self.names, self.pairs, self.docs, self.authors = Counts(), Counts(), Counts(), Counts()
        self.doc_types, self.titles, self.published, self.event_date = Ratio(), Ratio(), Ratio(), Ratio()
        self.events, self.places, self.orgs, self.body, self.found = (
            Ratio(),
            Ratio(),
            Ratio(),
            Ratio(),
            Ratio(),
        )
        self.events_pred = Ratio()
        self.missing: list[str] = []
        self.findings: list[Finding] = []
        self._rid = ""
        self._sentences = _Sentences("")

    def _note(self, field_name: str, kind: str, gold: str, predicted: str, *look: str) -> None:
        sentence = self._sentences.find(*look) if look else ""
        self.findings.append(Finding(self._rid, field_name, kind, gold, predicted, sentence))

    @staticmethod
    def _add(counts: Counts, gold: set[Any], pred: set[Any], ignore: set[Any] | None = None) -> set[Any]:
        """Count like the scorer; returns the predictions that are scored."""
        if ignore:
            pred = pred - (ignore - gold)
        counts.tp += len(gold & pred)
        counts.fp += len(pred - gold)
        counts.fn += len(gold - pred)
        return pred

    def record(self, gold: Record, found: Record | None) -> None:
        self._rid = str(gold["id"])
        self.found.add(found is not None)
        if found is None:
            self.missing.append(self._rid)
        pred: Record = found if found is not None else {}
        self._sentences = _Sentences(pred.get("body"))
        self._people(gold, pred)
        self._documents(gold, pred)
        self._singles(gold, pred)
        self._events(gold, pred)
        self._lists(gold, pred)
        self._body(gold, pred)

    def _people(self, gold: Record, pred: Record) -> None:
        g, p = _people(gold.get("people")), _people(pred.get("people"))
        optional: set[tuple[str, str]] = set()
        for person in _as_list(gold.get("people")):
            if isinstance(person, Mapping):
                for title in _as_list(person.get("titles_optional")):
                    optional.add((fold(person.get("name")), fold(title)))
        # a predicted name that is a gold alias counts as the gold person
        resolved: dict[str, set[str]] = {}
        written: dict[str, str] = {}
        for name in p.titles:
            canonical = g.alias.get(name, name)
            resolved.setdefault(canonical, set()).update(p.titles[name])
            written.setdefault(canonical, p.written.get(name, name))
        self._add(self.names, set(g.titles), set(resolved))
        for name in sorted(set(g.titles) - set(resolved)):
            self._note("people", "miss", g.written[name], "", g.written[name])
        for name in sorted(set(resolved) - set(g.titles)):
            self._note("people", "false_positive", "", written[name], written[name])
        gold_pairs = {(n, t) for n, ts in g.titles.items() for t in ts}
        pred_pairs = {(n, t) for n, ts in resolved.items() for t in ts}
        scored = self._add(self.pairs, gold_pairs, pred_pairs, optional)
        for n, t in sorted(gold_pairs - scored):
            shown = g.written[n]
            others = sorted(
                p.written_titles.get((m, u), u)
                for m in p.titles
                if g.alias.get(m, m) == n
                for u in p.titles[m]
            )
            self._note(
                "person_title",
                "miss",
                f"{shown}: {g.written_titles.get((n, t), t)}",
                f"{shown}: {'; '.join(others)}" if others else "",
                shown,
                g.written_titles.get((n, t), t),
            )
        for n, t in sorted(scored - gold_pairs):
            title = next(
                (
                    p.written_titles[(m, t)]
                    for m in p.titles
                    if g.alias.get(m, m) == n and (m, t) in p.written_titles
                ),
                t,
            )
            self._note(
                "person_title",
                "false_positive",
                "",
                f"{written.get(n, n)}: {title}",
                written.get(n, n),
                title,
            )

    def _documents(self, gold: Record, pred: Record) -> None:
        g_docs, p_docs = _doc_refs(gold.get("documents")), _doc_refs(pred.get("documents"))
        ignore = set(_doc_refs(gold.get("documents_optional")))
        scored = self._add(self.docs, set(g_docs), set(p_docs), ignore)
        for ref in sorted(set(g_docs) - scored):
            self._note("documents", "miss", g_docs[ref][1], "", g_docs[ref][1])
        for ref in sorted(scored - set(g_docs)):
            self._note("documents", "false_positive", "", p_docs[ref][1], p_docs[ref][1])
        for ref in sorted(set(g_docs) & set(p_docs)):
            ok = g_docs[ref][0] == p_docs[ref][0]
            self.doc_types.add(ok)
            if not ok:
                self._note(
                    "document_type",
                    "wrong",
                    f"{g_docs[ref][1]}: {g_docs[ref][0]}",
                    p_docs[ref][0],
                    g_docs[ref][1],
                )

    def _singles(self, gold: Record, pred: Record) -> None:
        g_authors = {fold(a): str(a) for a in _as_list(gold.get("authors"))}
        p_authors = {fold(_name_of(a)): _name_of(a) for a in _as_list(pred.get("authors"))}
        self._add(self.authors, set(g_authors), set(p_authors))
        for a in sorted(set(g_authors) - set(p_authors)):
            self._note("authors", "miss", g_authors[a], "")
        for a in sorted(set(p_authors) - set(g_authors)):
            self._note("authors", "false_positive", "", p_authors[a])
        if gold.get("title"):
            ok = fold(gold["title"]) == fold(pred.get("title"))
            self.titles.add(ok)
            if not ok:
                self._note("title", "wrong", str(gold["title"]), str(pred.get("title") or ""))
        for key, ratio in (("published", self.published), ("event_date", self.event_date)):
            if gold.get(key):
                ok = _date_part(gold[key]) == _date_part(pred.get(key))
                ratio.add(ok)
                if not ok:
                    self._note(key, "wrong", _date_part(gold[key]), _date_part(pred.get(key)))

    def _events(self, gold: Record, pred: Record) -> None:
        # one predicted event answers at most one gold event
        candidates = [c for c in _as_list(pred.get("events")) if isinstance(c, Mapping)]
        used: set[int] = set()
        for event in _as_list(gold.get("events")):
            hit = next(
                (i for i, c in enumerate(candidates) if i not in used and event_matches(event, c)), None
            )
            self.events.add(hit is not None)
            if hit is not None:
                used.add(hit)
            else:
                rest = [_event_text(c) for i, c in enumerate(candidates) if i not in used]
                name = str(event.get("name") or "")
                self._note("events", "miss", _event_text(event), " || ".join(rest), name)
        if gold.get("events") is not None:
            for i, c in enumerate(candidates):
                self.events_pred.add(i in used)
                if i not in used:
                    self._note("events", "false_positive", "", _event_text(c), str(c.get("name") or ""))

    def _lists(self, gold: Record, pred: Record) -> None:
        p_places = {fold(_name_of(p)) for p in _as_list(pred.get("places"))}
        for place in _as_list(gold.get("places")):
            ok = fold(place) in p_places
            self.places.add(ok)
            if not ok:
                self._note("places", "miss", str(place), "", str(place))
        p_orgs = {fold(_name_of(o)) for o in _as_list(pred.get("organizations"))}
        for org in _as_list(gold.get("organizations_required")):
            ok = fold(org) in p_orgs
            self.orgs.add(ok)
            if not ok:
                near = sorted(
                    _name_of(o) for o in _as_list(pred.get("organizations")) if _overlaps(org, _name_of(o))
                )
                self._note("organizations", "miss", str(org), "; ".join(near), str(org))

    def _body(self, gold: Record, pred: Record) -> None:
        text = fold(pred.get("body"))
        for snippet in _as_list(gold.get("body_must_contain")):
            ok = fold(snippet) in text
            self.body.add(ok)
            if not ok:
                self._note("body_checks", "miss", f"must contain: {snippet}", "")
        # an empty body passes no check: leaving text out is not cleaning it
        for snippet in _as_list(gold.get("body_must_not_contain")):
            ok = bool(text) and fold(snippet) not in text
            self.body.add(ok)
            if not ok:
                self._note("body_checks", "false_positive", f"must not contain: {snippet}", "", str(snippet))
        for snippet, most in (gold.get("body_max_count") or {}).items():
            count = text.count(fold(snippet))
            ok = bool(text) and count <= most
            self.body.add(ok)
            if not ok:
                self._note("body_checks", "wrong", f"at most {most}x: {snippet}", f"{count}x", str(snippet))

    def result(self) -> Evaluation:
        scores: dict[str, float] = {
            "records_found": self.found.value(),
            "people_f1": self.names.prf()[2],
            "person_title_p": self.pairs.prf()[0],
            "person_title_r": self.pairs.prf()[1],
            "person_title_f1": self.pairs.prf()[2],
            "documents_p": self.docs.prf()[0],
            "documents_r": self.docs.prf()[1],
            "documents_f1": self.docs.prf()[2],
            "document_type_acc": self.doc_types.value(),
            "authors_f1": self.authors.prf()[2],
            "title_acc": self.titles.value(),
            "published_acc": self.published.value(),
            "event_date_acc": self.event_date.value(),
            "events_r": self.events.value(),
            "events_p": self.events_pred.value(),
            "places_r": self.places.value(),
            "organizations_r": self.orgs.value(),
            "body_checks": self.body.value(),
        }
        scores["overall"] = sum(scores[k] for k in MAIN_FIELDS) / len(MAIN_FIELDS)
        counts: dict[str, dict[str, int]] = {
            name: {"tp": c.tp, "fp": c.fp, "fn": c.fn}
            for name, c in (
                ("people", self.names),
                ("person_title", self.pairs),
                ("documents", self.docs),
                ("authors", self.authors),
            )
        }
        for name, r in (
            ("records_found", self.found),
            ("document_type", self.doc_types),
            ("title", self.titles),
            ("published", self.published),
            ("event_date", self.event_date),
            ("events", self.events),
            ("events_predicted", self.events_pred),
            ("places", self.places),
            ("organizations", self.orgs),
            ("body_checks", self.body),
        ):
            counts[name] = {"hit": r.hit, "total": r.total}
        return Evaluation(
            scores=scores, missing=list(self.missing), counts=counts, findings=list(self.findings)
        )


def _overlaps(a: str, b: str) -> bool:
    """Two names share a word of three letters or more (shown as "predicted instead" for a missed body)."""
    wa = {w for w in _WORDS.findall(fold(a)) if len(w) > 2}
    return bool(wa & set(_WORDS.findall(fold(b))))


def evaluate(gold_records: Sequence[Record], predictions: Mapping[str, Record]) -> Evaluation:
    """Score predictions against gold records exactly as the reference scorer does.

    Args:
        gold_records: Gold records (``id`` and the contract's fields), in order.
        predictions: Predicted article records by key (see :func:`index_predictions`).

    Returns:
        The scores (the reference scorer's keys and values), the ids without a prediction,
        raw counts per field and every finding.
    """
    scorer = _Scorer()
    for gold in gold_records:
        scorer.record(gold, predictions.get(str(gold["id"])))
    return scorer.result()
