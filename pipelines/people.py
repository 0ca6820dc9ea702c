"""``bantin people resolve | people NAME | who TITLE | cited REF``: people and offices over time.

``bantin people resolve`` is the resolution job (a Beam pipeline, any runner); ``bantin run``
runs it for the names it ingested. The three questions read the ``bantin-people`` and
``bantin-mentions`` indices.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from collections import defaultdict
from datetime import date as Date
from typing import Any

from pipelines.flags import add_es_flags, settings_from_flags
from transforms.canonical.apply import document_key
from transforms.canonical.forms import canonical_person, key, split_title
from transforms.es.client import ES_ERRORS, EsSettings
from transforms.es.indices import alias_for

log = logging.getLogger(__name__)
EVIDENCE = 5  # articles listed per position / office holder in the text output


def people_alias(alias: str) -> str:
    """The people alias of an articles alias (``bantin-articles`` -> ``bantin-people``)."""
    return alias_for(alias, "people")


# --- the resolution job ------------------------------------------------------------------------


def resolve(argv: list[str], since: str | None = None, quiet: bool = False) -> int:
    """Run people resolution over the mentions (all, or those ingested since ``--since``).

    Args:
        argv: ``bantin run``-style flags (``--es-url``, ``--index``, ``--since``, Beam flags).
        since: Overrides ``--since`` (the incremental run after an ingest).
        quiet: No summary line.

    Returns:
        0 when every key was resolved and written, 1 when some failed, 2 when Elasticsearch
        is unavailable.
    """
    import apache_beam as beam
    from apache_beam.options.pipeline_options import PipelineOptions, SetupOptions

    from pipelines.options import BantinOptions
    from transforms.deadletters import failure_to_json
    from transforms.es.indices import ensure_index
    from transforms.steps.people import LogFailures, ResolvePeople

    logging.getLogger("apache_beam").setLevel(logging.ERROR)
    options = PipelineOptions(argv)
    options.view_as(SetupOptions).save_main_session = False
    opts = options.view_as(BantinOptions)
    settings = EsSettings.from_env(opts.es_url, insecure=opts.es_insecure)
    mentions, people = alias_for(opts.index, "mentions"), people_alias(opts.index)
    client = settings.client()
    try:
        client.cluster.health(timeout="5s")
        ensure_index(client, people, "people")
        if not client.indices.exists_alias(name=mentions):
            print(f"error: no mentions at {mentions}: run `bantin run` first", file=sys.stderr)
            return 2
    except ES_ERRORS as exc:
        print(f"error: Elasticsearch at {settings.url}: {exc}", file=sys.stderr)
        return 2
    finally:
        client.close()
    started = time.monotonic()
    pipeline = beam.Pipeline(options=options)
    _keys, failed = (
        pipeline
        | "Since" >> beam.Create([since or opts.since or ""])
        | "ResolvePeople" >> ResolvePeople(settings, mentions, people)
    )

    _ = failed | "DeadLetterJson" >> beam.Map(failure_to_json) | "LogFailures" >> beam.ParDo(LogFailures())
    result = pipeline.run()
    result.wait_until_finish()
    refresh_people(settings, people, mentions)
    counters: dict[str, int] = {}
    try:
        for counter in result.metrics().query()["counters"]:
            name = counter.key.metric.name
            counters[name] = counters.get(name, 0) + int(counter.committed or counter.attempted or 0)
    except Exception:  # some runners report no metrics
        pass
    failures = people_failures(counters)
    if not quiet:
        print(people_summary(counters, people, time.monotonic() - started))
    return 1 if failures else 0


def refresh_people(settings: EsSettings, people: str, mentions: str) -> None:
    """One refresh at the end of a resolution: the people and their links are searchable after it."""
    client = settings.client()
    try:
        client.indices.refresh(index=f"{people},{mentions}")
    finally:
        client.close()


def people_failures(counters: dict[str, int]) -> int:
    """Failures of people resolution in a run's counters (keys, reads, resolutions, writes)."""
    names = ("people_keys_failed", "people_read_failed", "people_resolve_failed", "people_write_failed")
    return sum(counters.get(name, 0) for name in names)


def people_summary(counters: dict[str, int], people: str, elapsed: float) -> str:
    """The ``people: ...`` line of a resolution (alone, or in the ingest's pipeline)."""
    n = counters.get
    return (
        f"people: {n('people_keys_listed', 0)} names, {n('people_mentions_read', 0)} mentions, "
        f"{n('people_written', 0)} people written ({n('people_units_merged', 0)} merges), "
        f"{n('people_deleted', 0)} stale removed, {n('mentions_linked', 0)} mentions linked, "
        f"failed {people_failures(counters)}, index {people}, elapsed {elapsed:.1f}s"
    )


# --- reading ----------------------------------------------------------------------------------


def _client(args: argparse.Namespace) -> Any:
    return settings_from_flags(args).client()


def _titles(client: Any, index: str, ids: list[str]) -> dict[str, dict[str, Any]]:
    if not ids:
        return {}
    body = (
        client.options(ignore_status=404)
        .mget(index=index, ids=ids, _source=["title", "title_inferred", "published", "event_date", "source"])
        .body
    )
    out = {}
    for doc in body.get("docs", []):
        if doc.get("found"):
            src = doc["_source"]
            out[doc["_id"]] = {
                "id": doc["_id"],
                "title": src.get("title") or src.get("title_inferred"),
                "date": src.get("event_date") or (src.get("published") or "")[:10] or None,
                "where": (src.get("source") or {}).get("url") or (src.get("source") or {}).get("path"),
            }
    return out


def find_people(client: Any, index: str, name: str) -> list[dict[str, Any]]:
    """People documents whose name (any spelling, with or without marks) is ``name``."""
    name_key = key(canonical_person(name))
    query = {
        "bool": {"should": [{"term": {"key": name_key}}, {"match_phrase": {"folded.variants": name_key}}]}
    }
    hits = client.search(index=index, query=query, size=50, sort=[{"article_count": "desc"}]).body["hits"][
        "hits"
    ]
    return [h["_source"] for h in hits]


def people_command(args: argparse.Namespace) -> int:
    """``bantin people NAME``: each person of that name, positions as a timeline with articles."""
    client = _client(args)
    try:
        try:
            found = find_people(client, people_alias(args.index), args.name)
        except ES_ERRORS as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        wanted = sorted({a for p in found for pos in p["positions"] for a in pos["articles"][:EVIDENCE]})
        titles = _titles(client, args.index, wanted)
    finally:
        client.close()
    out = []
    for person in found:
        positions = []
        for pos in person["positions"]:
            positions.append(
                {**pos, "evidence": [titles.get(a, {"id": a}) for a in pos["articles"][:EVIDENCE]]}
            )
        out.append({**{k: v for k, v in person.items() if k != "positions"}, "positions": positions})
    if args.json:
        for person in out:
            print(json.dumps(person, ensure_ascii=False))
        return 0 if out else 1
    if not out:
        print(f"no person named {args.name!r} (run `bantin people resolve` after `bantin run`)")
        return 1
    for person in out:
        span = f"{person['first_seen'] or '?'} .. {person['last_seen'] or '?'}"
        print(f"{person['name']}  [{person['person_id']}]  {person['article_count']} articles, seen {span}")
        if len(person["variants"]) > 1:
            print(f"  written: {', '.join(person['variants'])}")
        if person["merged_on"]:
            print(
                "  merged on: " + ", ".join(f"{m['basis']} ({m['count']})" for m in person["merged_on"][:4])
            )
        for pos in person["positions"]:
            when = f"{pos['first_seen'] or '?':>10s} .. {pos['last_seen'] or '?':<10s}"
            former = f"{pos['former']} " if pos["former"] else ""
            print(f"  {when}  {former}{pos['title']}  ({pos['article_count']} articles)")
            for ev in pos["evidence"]:
                print(f"      {ev.get('date') or '':10s}  {ev.get('title') or ev['id']}")
    return 0


def office_holders(
    client: Any, index: str, title: str, at: str | None = None, size: int = 10
) -> dict[str, Any]:
    """Who held the office ``title``: from the mentions that name it (former titles left out).

    Args:
        client: Elasticsearch client.
        index: The articles alias.
        title: The office in any spelling ("Bí thư Thành ủy Hà Nội", "Chủ tịch UBND TP.HCM").
        at: A date (YYYY-MM-DD): holders whose mentions span it; else the nearest ones.
        size: Most holders listed.

    Returns:
        ``{"office", "key", "at", "holders": [{name, person_id, first_seen, last_seen, articles,
        evidence, distance_days}]}``, holders ordered by article count (or by closeness to ``at``).
    """
    parts = split_title(title)
    query = {
        "bool": {
            "filter": [{"term": {"kind": "person"}}, {"term": {"title_key": parts.key}}],
            "must_not": [{"exists": {"field": "former"}}],
        }
    }
    hits = client.search(
        index=alias_for(index, "mentions"),
        query=query,
        size=2000,
        _source=["person", "person_canonical", "person_key", "person_id", "date", "article_id", "title"],
    ).body["hits"]["hits"]
    holders: dict[str, dict[str, Any]] = {}
    for hit in hits:
        src = hit["_source"]
        who = src.get("person_id") or src.get("person_key") or src["person"]
        entry = holders.setdefault(
            who,
            {
                "name": src.get("person_canonical") or src["person"],
                "person_id": src.get("person_id"),
                "dates": [],
                "articles": set(),
                "written": set(),
            },
        )
        entry["articles"].add(src["article_id"])
        entry["written"].add(src.get("title"))
        if src.get("date"):
            entry["dates"].append(src["date"][:10])
    out = []
    for entry in holders.values():
        dates = sorted(entry["dates"])
        item = {
            "name": entry["name"],
            "person_id": entry["person_id"],
            "first_seen": dates[0] if dates else None,
            "last_seen": dates[-1] if dates else None,
            "article_count": len(entry["articles"]),
            "articles": sorted(entry["articles"]),
            "titles_written": sorted(t for t in entry["written"] if t),
            "dates": dates,
        }
        if at:
            item["distance_days"] = _distance(at, dates)
        out.append(item)
    if at:
        out = [o for o in out if o["distance_days"] is not None]
        out.sort(key=lambda o: (o["distance_days"], -o["article_count"], o["name"]))
    else:
        out.sort(key=lambda o: (-o["article_count"], o["name"]))
    return {"office": parts.canonical, "key": parts.key, "at": at, "holders": out[:size]}


def _distance(at: str, dates: list[str]) -> int | None:
    """Days from ``at`` to the span of ``dates`` (0 inside it); None without dates."""
    if not dates:
        return None
    day = Date.fromisoformat(at[:10])
    first, last = Date.fromisoformat(dates[0]), Date.fromisoformat(dates[-1])
    if first <= day <= last:
        return 0
    return min(abs((day - first).days), abs((day - last).days))


def who_command(args: argparse.Namespace) -> int:
    """``bantin who TITLE [--at DATE]``: who held the office then, with the articles as evidence."""
    client = _client(args)
    try:
        try:
            result = office_holders(client, args.index, args.title, args.at, args.size)
        except ES_ERRORS as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        wanted = sorted({a for h in result["holders"] for a in h["articles"][:EVIDENCE]})
        titles = _titles(client, args.index, wanted)
    finally:
        client.close()
    for holder in result["holders"]:
        holder["evidence"] = [titles.get(a, {"id": a}) for a in holder["articles"][:EVIDENCE]]
        holder.pop("dates", None)
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
        return 0 if result["holders"] else 1
    when = f" on {args.at}" if args.at else ""
    if not result["holders"]:
        print(f"nobody found as {result['office']}{when}")
        return 1
    print(f"{result['office']}{when}:")
    for holder in result["holders"]:
        span = f"{holder['first_seen'] or '?'} .. {holder['last_seen'] or '?'}"
        near = ""
        if args.at and holder.get("distance_days"):
            near = f"  (nearest mention {holder['distance_days']} days away)"
        print(f"  {holder['name']}  {holder['article_count']} articles, seen {span}{near}")
        for ev in holder["evidence"]:
            print(f"      {ev.get('date') or '':10s}  {ev.get('title') or ev['id']}")
    return 0


def citations(client: Any, index: str, ref: str) -> dict[str, Any]:
    """Articles citing the document ``ref``, by month of their date (undated ones apart)."""
    doc_key = document_key(ref)
    query = {"bool": {"filter": [{"term": {"kind": "document"}}, {"term": {"document_key": doc_key}}]}}
    hits = client.search(
        index=alias_for(index, "mentions"),
        query=query,
        size=5000,
        _source=["article_id", "article_title", "date", "document_ref", "document_type"],
    ).body["hits"]["hits"]
    months: dict[str, list[dict[str, Any]]] = defaultdict(list)
    undated: list[dict[str, Any]] = []
    seen: set[str] = set()
    ref_as_written = ref
    for hit in sorted(hits, key=lambda h: ((h["_source"].get("date") or ""), h["_source"]["article_id"])):
        src = hit["_source"]
        if src["article_id"] in seen:
            continue
        seen.add(src["article_id"])
        ref_as_written = src.get("document_ref") or ref_as_written
        item = {"id": src["article_id"], "title": src.get("article_title"), "date": src.get("date")}
        if src.get("date"):
            months[src["date"][:7]].append(item)
        else:
            undated.append(item)
    return {
        "ref": ref_as_written,
        "key": doc_key,
        "total": len(seen),
        "months": [{"month": m, "count": len(a), "articles": a} for m, a in sorted(months.items())],
        "undated": undated,
    }


def cited_command(args: argparse.Namespace) -> int:
    """``bantin cited REF``: which articles cite a document, by month."""
    client = _client(args)
    try:
        result = citations(client, args.index, args.ref)
    except ES_ERRORS as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    finally:
        client.close()
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
        return 0 if result["total"] else 1
    if not result["total"]:
        print(f"no article cites {args.ref}")
        return 1
    print(f"{result['ref']}: cited by {result['total']} articles")
    for month in result["months"]:
        print(
            f"  {month['month']}  {month['count']:4d}  "
            + "; ".join(a["title"] or a["id"] for a in month["articles"][:3])
        )
    if result["undated"]:
        print(
            f"  undated  {len(result['undated']):4d}  "
            + "; ".join(a["title"] or a["id"] for a in result["undated"][:3])
        )
    return 0


def add_arguments(sub: Any) -> None:
    """Register ``people``, ``who`` and ``cited`` on the CLI's subparsers."""

    def common(parser: argparse.ArgumentParser) -> None:
        parser.add_argument("--json", action="store_true", help="JSON output")
        add_es_flags(parser, "articles alias (people/mentions follow it)")

    people = sub.add_parser(
        "people", help="a person's positions over time; `people resolve` rebuilds the people index"
    )
    people.add_argument("name", help="a name (with or without diacritics), or `resolve`")
    common(people)
    who = sub.add_parser("who", help="who held an office (at a date), with evidence")
    who.add_argument("title", help='an office in any spelling, e.g. "Bí thư Thành ủy Hà Nội"')
    who.add_argument("--at", default=None, help="a date (YYYY-MM-DD)")
    who.add_argument("--size", type=int, default=10, help="most holders listed")
    common(who)
    cited = sub.add_parser("cited", help="articles citing a document, by month")
    cited.add_argument("ref", help="a document reference, e.g. 05-CT/TW")
    common(cited)
