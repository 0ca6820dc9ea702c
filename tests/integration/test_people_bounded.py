"""People resolution in bounded batches of name keys (scale, issue 15), on the real Elasticsearch.

The resolution no longer groups every mention of the index by key (a ``GroupByKey`` the
DirectRunner held in memory whole): it reads the mentions of a batch of keys, groups them and
resolves each key there. It must give exactly the people of the whole-index resolution: every
key's mentions resolved together, in the order the grouped resolution sorted them.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any

import apache_beam as beam
import pytest
from elasticsearch.helpers import scan

from pipelines.batch import run
from pipelines.people import people_alias
from tests.conftest import SEEDS
from tests.support.es import drop_templates, run_argv
from tests.support.runners import vntc_slice
from transforms.canonical.resolve import PersonMention, mention_from_source, person_document, resolve_group
from transforms.clean.normalize import fold
from transforms.es.client import EsSettings
from transforms.es.indices import alias_for, ensure_index
from transforms.steps.people import ResolvePeople

pytestmark = pytest.mark.integration


def _all(client: Any, index: str, query: dict[str, Any] | None = None) -> dict[str, dict[str, Any]]:
    client.indices.refresh(index=index)
    body = {"query": query or {"match_all": {}}}
    return {h["_id"]: h["_source"] for h in scan(client, index=index, query=body, size=1000)}


def _reference(mentions: dict[str, dict[str, Any]]) -> tuple[dict[str, dict[str, Any]], dict[str, str]]:
    """The whole-index resolution, written out here: all mentions of a key, sorted, resolved together."""
    groups: dict[str, list[PersonMention]] = defaultdict(list)
    for doc_id, src in mentions.items():
        mention = mention_from_source(doc_id, src)
        if mention is not None:
            groups[mention.key].append(mention)
    people: dict[str, dict[str, Any]] = {}
    links: dict[str, str] = {}
    for name_key in sorted(groups):
        for person in resolve_group(sorted(groups[name_key], key=lambda m: (m.article_id, m.mention_ids))):
            doc = person_document(person)
            doc["folded"] = {"name": fold(doc["name"]), "variants": [fold(v) for v in doc["variants"]]}
            people[person.person_id] = doc
            links.update({i: person.person_id for u in person.mentions for i in u.mention_ids})
    return people, links


def _without_stamp(docs: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {k: {f: v for f, v in d.items() if f != "resolved_at"} for k, d in docs.items()}


def test_bounded_resolution_gives_the_people_of_the_whole_index_resolution(
    es_url: str, es_index: str, tmp_path: Path
) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    for seed in sorted(SEEDS.glob("*.txt")):
        (inputs / seed.name).symlink_to(seed.resolve())
    (inputs / "vntc.jsonl.gz").symlink_to(vntc_slice(tmp_path, 300, copies=False))
    # one pipeline: ingest, then (after every write) resolution of the names it wrote
    assert run(run_argv(inputs, es_url, es_index, tmp_path / "dl")) == 0
    settings = EsSettings(url=es_url)
    client = settings.client()
    mentions_alias, people_index = alias_for(es_index, "mentions"), people_alias(es_index)
    try:
        person = {"term": {"kind": "person"}}
        mentions = _all(client, mentions_alias, person)
        people = _without_stamp(_all(client, people_index))
        expected, links = _reference(mentions)
        assert len(expected) > 300 and len(links) == len(mentions)  # a real slice: many names
        assert people == _without_stamp(expected)
        assert {i: m["person_id"] for i, m in mentions.items()} == links

        # tiny batches (7 keys: one read and one resolution each) into another people index: the same
        other = f"{es_index}-people-small"
        ensure_index(client, other, "people")
        with beam.Pipeline() as p:
            _ = p | beam.Create([""]) | ResolvePeople(settings, mentions_alias, other, key_batch=7)
        assert _without_stamp(_all(client, other)) == people
        assert {i: m["person_id"] for i, m in _all(client, mentions_alias, person).items()} == links
    finally:
        client.close()
        drop_templates(es_url, people_alias(es_index))
        drop_templates(es_url, f"{es_index}-people-small")
