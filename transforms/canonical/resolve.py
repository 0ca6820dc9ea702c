"""People resolved across articles: one ``person_id`` per person, merges explained.

Pure and deterministic (no Beam, no I/O). The input is the person mentions of the mentions
index, one :class:`PersonMention` per person and article (its titles split into positions by
:mod:`transforms.canonical.forms`). The rules:

1. Inside an article a person is one unit: extraction already merged full names, bracket
   aliases and given-name mentions ("đồng chí Thể").
2. Units are grouped by the folded name (``key``); only units of one group can merge.
3. Two units merge when they share a *distinctive* office or body: a national body
   (ministries, Quốc hội, Chính phủ, Bộ Chính trị, Trung ương Đảng...), a body named with its
   place ("Thành ủy Hà Nội"), or an office that exists once ("Thủ tướng"). Spellings that
   differ only by tone marks ("Nguyễn Tấn Dũng" / "Nguyễn Tân Dũng") merge on this rule only.
4. A unit with only generic titles ("Giám đốc Sở") joins the one person of its exact spelling
   that holds the same office, or another unit of that spelling with the same title and body.
5. A unit without any title joins the one holder of a national office of its exact spelling
   when there is exactly one; otherwise it stays a person of its own (on VNTC, untitled
   mentions of common names such as "Nguyễn Thị Hoa" were several people: no guess).

Every merge records what justified it (the shared offices or bodies, or "same name").
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from dataclasses import fields as dataclass_fields
from functools import cache
from typing import Any

from transforms.canonical.forms import key as canonical_key
from transforms.records import Position

# Bodies whose first word names a national kind of body: ministries, general departments, etc.
_NATIONAL_PREFIXES = ("bo ", "tong cuc ", "cuc ", "ban chap hanh trung uong", "trung uong ")
_NATIONAL = frozenset(
    {
        "chinh phu",
        "quoc hoi",
        "bo chinh tri",
        "ban bi thu",
        "trung uong dang",
        "trung uong",
        "nha nuoc",
        "uy ban thuong vu quoc hoi",
        "van phong quoc hoi",
        "van phong chinh phu",
        "mat tran to quoc viet nam",
        "toa an nhan dan toi cao",
        "vien kiem sat nhan dan toi cao",
        "kiem toan nha nuoc",
        "thanh tra chinh phu",
        "ngan hang nha nuoc",
        "ngan hang nha nuoc viet nam",
    }
)
_POSITION_FIELDS = tuple(f.name for f in dataclass_fields(Position))
# Offices held by one person at a time in the whole country (role keys, body or not).
_UNIQUE_ROLES = frozenset({"chu tich nuoc", "pho chu tich nuoc", "tong bi thu", "thu tuong"})


@dataclass(frozen=True)
class PersonMention:
    """A person in one article, as the mentions index holds it.

    Attributes:
        article_id: The article.
        name: The name as written.
        canonical: The canonical name.
        key: The folded name (the resolution group).
        positions: The person's titles in this article.
        date: ``event_date`` or the publication date (YYYY-MM-DD), or None.
        mention_ids: Ids of the mention documents of this person in this article.
        article_title: The headline, for evidence lists.
        aliases: Other names of the person in the article.
    """

    article_id: str
    name: str
    canonical: str
    key: str
    positions: tuple[Position, ...] = ()
    date: str | None = None
    mention_ids: tuple[str, ...] = ()
    article_title: str | None = None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class ResolvedPerson:
    """One person: the mentions that are theirs and why they were merged.

    Attributes:
        person_id: Stable id (the name key and the person's first article).
        name: The most frequent canonical spelling.
        key: The folded name.
        mentions: The person's :class:`PersonMention` units, sorted.
        merged_on: ``(basis, count)``: the shared offices or bodies (or "same name") that
            joined the units, most frequent first.
    """

    person_id: str
    name: str
    key: str
    mentions: tuple[PersonMention, ...]
    merged_on: tuple[tuple[str, int], ...] = ()


@cache
def _place_keys() -> frozenset[str]:
    from transforms.extract.gazetteer import place_names

    return frozenset(canonical_key(p) for p in place_names()) | {"thanh pho ho chi minh"}


@cache
def _national_keys() -> frozenset[str]:
    from transforms.extract.gazetteer import organization_names

    return _NATIONAL | {canonical_key(o) for o in organization_names()}


def distinctive_body(organization_key: str | None) -> bool:
    """True for a body few namesakes could both belong to: national, or named with its place."""
    if not organization_key:
        return False
    if organization_key in _national_keys() or organization_key.startswith(_NATIONAL_PREFIXES):
        return True
    words = organization_key.split()
    places = _place_keys()
    for size in (4, 3, 2):
        for i in range(1, len(words) - size + 1):
            if " ".join(words[i : i + size]) in places:
                return True
    return False


def link_bases(unit: PersonMention) -> set[str]:
    """What can join this unit to another: distinctive offices and bodies, as readable labels."""
    bases: set[str] = set()
    for pos in unit.positions:
        role_key = canonical_key(pos.role)
        if role_key in _UNIQUE_ROLES:
            # "Thủ tướng", "Thủ tướng Chính phủ", "Thủ tướng Việt Nam": one office
            bases.add(f"office: {pos.role}")
        if distinctive_body(pos.organization_key):
            bases.add(f"body: {pos.organization}")
    return bases


def prominent(unit: PersonMention) -> bool:
    """True for a holder of a national office or a post in a national body."""
    for pos in unit.positions:
        if canonical_key(pos.role) in _UNIQUE_ROLES:
            return True
        org = pos.organization_key
        if org and (org in _national_keys() or org.startswith(_NATIONAL_PREFIXES)):
            return True
    return False


class _Union:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        # the smaller index stays the root: deterministic whatever the order of unions
        if rb < ra:
            ra, rb = rb, ra
        self.parent[rb] = ra
        return True


def merge_units(mentions: Iterable[PersonMention]) -> list[PersonMention]:
    """One unit per (article, canonical name): mention documents of one person joined."""
    by_unit: dict[tuple[str, str], list[PersonMention]] = defaultdict(list)
    for m in mentions:
        by_unit[(m.article_id, m.canonical)].append(m)
    units = []
    for (_, _), parts in sorted(by_unit.items()):
        first = parts[0]
        positions = {p.text: p for part in parts for p in part.positions}
        units.append(
            PersonMention(
                article_id=first.article_id,
                name=first.name,
                canonical=first.canonical,
                key=first.key,
                positions=tuple(positions[t] for t in sorted(positions)),
                date=min((p.date for p in parts if p.date), default=None),
                mention_ids=tuple(sorted({i for p in parts for i in p.mention_ids})),
                article_title=first.article_title,
                aliases=tuple(sorted({a for p in parts for a in p.aliases})),
            )
        )
    return units


def person_id(name_key: str, first_article: str) -> str:
    """Deterministic id of a person: the name key and the smallest article id of its units."""
    digest = hashlib.sha1(f"{name_key}|{first_article}".encode()).hexdigest()[:16]
    return f"p-{digest}"


def resolve_group(mentions: Sequence[PersonMention]) -> list[ResolvedPerson]:
    """Resolve the mentions of one name key (see the module docstring for the rules).

    Args:
        mentions: Person mentions that share ``key`` (several per article allowed).

    Returns:
        The people, sorted by id; every input unit belongs to exactly one.
    """
    units = merge_units(mentions)
    if not units:
        return []
    union = _Union(len(units))
    reasons: list[tuple[int, int, str]] = []
    bases = [link_bases(u) for u in units]
    owner: dict[str, int] = {}
    for i, unit_bases in enumerate(bases):
        for basis in sorted(unit_bases):
            if basis in owner:
                union.union(owner[basis], i)
                reasons.append((owner[basis], i, basis))
            else:
                owner[basis] = i
    # units with nothing distinctive, spelling by spelling
    by_spelling: dict[str, list[int]] = defaultdict(list)
    for i, unit in enumerate(units):
        by_spelling[unit.canonical].append(i)
    for spelling in sorted(by_spelling):
        members = by_spelling[spelling]
        offices: dict[int, set[str]] = defaultdict(set)
        for j, unit in enumerate(units):
            offices[union.find(j)].update(p.key for p in unit.positions)
        distinctive = sorted({union.find(i) for i in members if bases[i]})
        # a generic title ("Giám đốc Sở") joins the one person of this spelling holding it,
        # or another unit of this spelling with the same title
        titled = [i for i in members if not bases[i] and units[i].positions]
        for i in titled:
            own = {p.key for p in units[i].positions}
            holders = [c for c in distinctive if own & offices[c]]
            if len(holders) == 1:
                union.union(holders[0], i)
                reasons.append((holders[0], i, "same name and office"))
        first_with: dict[str, int] = {}
        for i in titled:
            if union.find(i) in distinctive:
                continue
            # a generic title links two units only with its body ("Giám đốc Sở Y tế", not "Giám đốc")
            for office in sorted(p.key for p in units[i].positions if p.organization):
                if office in first_with:
                    union.union(first_with[office], i)
                    reasons.append((first_with[office], i, "same name and office"))
                else:
                    first_with[office] = i
        # no title at all: the one national office-holder of this spelling, if there is exactly
        # one; otherwise no guess (on VNTC, untitled mentions of the name of a local official,
        # "Nguyễn Văn Chiến", were other people too)
        if len(distinctive) != 1:
            continue
        if not any(prominent(units[j]) for j in range(len(units)) if union.find(j) == distinctive[0]):
            continue
        target = distinctive[0]
        for i in members:
            if not units[i].positions and union.find(i) != union.find(target):
                union.union(target, i)
                reasons.append((target, i, "same name"))
    return _people(units, union, reasons)


def _people(
    units: Sequence[PersonMention], union: _Union, reasons: list[tuple[int, int, str]]
) -> list[ResolvedPerson]:
    """One :class:`ResolvedPerson` per cluster of ``union``, with the reasons of its merges."""
    clusters: dict[int, list[int]] = defaultdict(list)
    for i in range(len(units)):
        clusters[union.find(i)].append(i)
    counts: dict[int, Counter[str]] = defaultdict(Counter)
    for a, _, basis in reasons:
        counts[union.find(a)][basis] += 1
    people = []
    for root, members in clusters.items():
        group = [units[i] for i in members]
        spellings = Counter(u.canonical for u in group)
        name = sorted(spellings.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        first = min(u.article_id for u in group)
        people.append(
            ResolvedPerson(
                person_id=person_id(group[0].key, first),
                name=name,
                key=group[0].key,
                mentions=tuple(sorted(group, key=lambda u: (u.date or "", u.article_id))),
                merged_on=tuple(sorted(counts[root].items(), key=lambda kv: (-kv[1], kv[0]))),
            )
        )
    return sorted(people, key=lambda p: p.person_id)


def groups_by_key(mentions: Iterable[PersonMention]) -> list[tuple[str, list[PersonMention]]]:
    """The mentions of a batch grouped by name key: keys sorted, each group sorted.

    People resolution reads every mention of a batch of keys at once (a bounded batch, not the
    whole index), so each group here is complete and :func:`resolve_group` can run on it.

    Args:
        mentions: Person mentions of some name keys, in any order.

    Returns:
        ``(key, mentions)`` per key, sorted by key; the mentions of a key sorted by article id,
        then mention ids (the order :func:`resolve_group` is given, whatever the read order).
    """
    groups: dict[str, list[PersonMention]] = defaultdict(list)
    for m in mentions:
        groups[m.key].append(m)
    return [
        (name_key, sorted(groups[name_key], key=lambda m: (m.article_id, m.mention_ids)))
        for name_key in sorted(groups)
    ]


def resolve_people(mentions: Iterable[PersonMention]) -> list[ResolvedPerson]:
    """Resolve every mention: :func:`resolve_group` on each name key, people sorted by id."""
    groups: dict[str, list[PersonMention]] = defaultdict(list)
    for m in mentions:
        groups[m.key].append(m)
    out: list[ResolvedPerson] = []
    for name_key in sorted(groups):
        out.extend(resolve_group(groups[name_key]))
    return sorted(out, key=lambda p: p.person_id)


@dataclass
class _Position:
    role: str
    organization: str | None
    title: str
    former: str | None
    key: str
    written: set[str] = field(default_factory=set)
    articles: set[str] = field(default_factory=set)
    dates: list[str] = field(default_factory=list)


def person_document(person: ResolvedPerson, resolved_at: str | None = None) -> dict[str, Any]:
    """The ``bantin-people`` document of a person: names, positions over time, evidence.

    Args:
        person: A resolved person.
        resolved_at: When the resolution ran (ISO 8601), or None.

    Returns:
        The document (``_id`` is ``person_id``).
    """
    positions: dict[tuple[str, str | None], _Position] = {}
    for unit in person.mentions:
        for pos in unit.positions:
            slot = positions.get((pos.key, pos.former))
            if slot is None:
                slot = _Position(pos.role, pos.organization, pos.canonical, pos.former, pos.key)
                positions[(pos.key, pos.former)] = slot
            slot.written.add(pos.text)
            slot.articles.add(unit.article_id)
            if unit.date:
                slot.dates.append(unit.date)
    dates = sorted(u.date for u in person.mentions if u.date)
    variants = sorted({u.name for u in person.mentions} | {a for u in person.mentions for a in u.aliases})
    out_positions = []
    for slot in sorted(
        positions.values(), key=lambda s: (min(s.dates) if s.dates else "9999", s.key, s.former or "")
    ):
        out_positions.append(
            {
                "role": slot.role,
                "role_key": canonical_key(slot.role),
                "organization": slot.organization,
                "organization_key": canonical_key(slot.organization) if slot.organization else None,
                "title": slot.title,
                "title_key": slot.key,
                "titles_written": sorted(slot.written),
                "former": slot.former,
                "first_seen": min(slot.dates) if slot.dates else None,
                "last_seen": max(slot.dates) if slot.dates else None,
                "articles": sorted(slot.articles),
                "article_count": len(slot.articles),
            }
        )
    return {
        "person_id": person.person_id,
        "name": person.name,
        "key": person.key,
        "variants": variants,
        "positions": out_positions,
        "article_count": len({u.article_id for u in person.mentions}),
        "articles": sorted({u.article_id for u in person.mentions}),
        "first_seen": dates[0] if dates else None,
        "last_seen": dates[-1] if dates else None,
        "merged_on": [{"basis": b, "count": c} for b, c in person.merged_on],
        "resolved_at": resolved_at,
    }


def mention_from_source(doc_id: str, src: dict[str, Any]) -> PersonMention | None:
    """A :class:`PersonMention` from one person document of the mentions index (None otherwise)."""
    if src.get("kind") != "person" or not src.get("person"):
        return None
    name = str(src["person"])
    canonical = src.get("person_canonical") or name
    positions: tuple[Position, ...] = ()
    if src.get("title"):
        positions = (
            Position(
                text=str(src["title"]),
                canonical=str(src.get("title_canonical") or src["title"]),
                key=str(src.get("title_key") or canonical_key(str(src["title"]))),
                role=str(src.get("role") or src["title"]),
                organization=src.get("title_organization"),
                organization_key=src.get("title_organization_key"),
                former=src.get("former"),
            ),
        )
    date = (src.get("date") or src.get("event_date") or src.get("published") or "")[:10] or None
    return PersonMention(
        article_id=str(src.get("article_id")),
        name=name,
        canonical=str(canonical),
        key=str(src.get("person_key") or canonical_key(str(canonical))),
        positions=positions,
        date=date,
        mention_ids=(doc_id,),
        article_title=src.get("article_title"),
    )


def _position(fields: dict[str, Any]) -> Position:
    """A :class:`Position` from its JSON form in a record (``Article.to_dict()``)."""
    return Position(**{name: value for name, value in fields.items() if name in _POSITION_FIELDS})


def mentions_from_record(record: dict[str, Any]) -> list[PersonMention]:
    """The person mentions of one article record (``Article.to_dict()``, canonicalized).

    Args:
        record: An article record as ``bantin extract`` prints it.

    Returns:
        One :class:`PersonMention` per person of the article.
    """
    date = record.get("event_date") or (record.get("published") or "")[:10] or None
    out = []
    for person in record.get("people") or []:
        canonical = person.get("canonical") or person["name"]
        positions = tuple(_position(p) for p in person.get("positions") or [])
        out.append(
            PersonMention(
                article_id=str(record["id"]),
                name=person["name"],
                canonical=canonical,
                key=person.get("key") or canonical_key(canonical),
                positions=positions,
                date=date,
                article_title=record.get("title") or record.get("title_inferred"),
                aliases=tuple(person.get("aliases") or ()),
            )
        )
    return out
