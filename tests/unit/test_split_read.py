"""Byte-range splitting of JSON-lines archives and sharding of compressed ones (no Elasticsearch)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import apache_beam as beam
import pytest
from apache_beam.io import source_test_utils
from apache_beam.testing.util import assert_that, equal_to

from transforms.records import RawDocument
from transforms.sources.files import InputError
from transforms.steps.read import read_inputs
from transforms.steps.split_read import ReadArchives, _JsonLinesSource, shard_of


def _archive(path: Path, count: int = 60) -> list[bytes]:
    lines = []
    for n in range(count):
        if n == 50:
            lines.append(
                json.dumps({"id": "a3", "text": "a repeated id, far from the first"}).encode() + b"\n"
            )
        elif n == 7:
            lines.append(b"this is not json\n")
        elif n == 11:
            lines.append(b"\n")
        elif n == 13:
            lines.append(json.dumps({"text": "no id here, the line number is the key"}).encode() + b"\n")
        else:
            text = f"Bài {n}: " + "Hà Nội " * (n % 9 + 1)
            lines.append(json.dumps({"id": f"a{n}", "text": text}, ensure_ascii=False).encode() + b"\n")
    path.write_bytes(b"".join(lines))
    return lines


def test_every_split_gives_the_lines_of_one_reader_with_their_numbers(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    lines = _archive(path)
    whole = _JsonLinesSource(str(path), 1)
    records = source_test_utils.read_from_source(whole)
    assert records == [(n + 1, line, 4 if n == 50 else 0) for n, line in enumerate(lines)]
    for size in (1, 37, 100, 512, 4096):
        got = [
            r
            for s in whole.split(desired_bundle_size=size)
            for r in source_test_utils.read_from_source(s.source, s.start_position, s.stop_position)
        ]
        assert got == records, size
        assert size > 512 or len(list(whole.split(desired_bundle_size=size))) > 1


def test_dynamic_splitting_at_every_fraction_keeps_every_line_once(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    _archive(path, 25)
    source_test_utils.assert_split_at_fraction_exhaustive(_JsonLinesSource(str(path), 1))


def _paths(items: list[RawDocument | InputError]) -> list[str]:
    return sorted(
        str(i.source.path) if isinstance(i, RawDocument) else f"error:{i.path}:{i.reason}" for i in items
    )


@pytest.mark.parametrize("compressed", [False, True])
@pytest.mark.parametrize("shards", [1, 3, 8])
def test_read_archives_gives_what_one_reader_gives(tmp_path: Path, compressed: bool, shards: int) -> None:
    path = tmp_path / "a.jsonl"
    lines = _archive(path)
    if compressed:
        path = tmp_path / "a.jsonl.gz"
        path.write_bytes(gzip.compress(b"".join(lines)))
    expected = _paths(list(read_inputs(str(path), 10_000)))
    assert any(p.startswith("error:") for p in expected) and any(p.endswith("#14") for p in expected)
    assert any(p.endswith(":duplicate_id") for p in expected)
    with beam.Pipeline() as p:
        out = p | ReadArchives([str(path)], 10_000, shards)
        docs = out.main | "DocPaths" >> beam.Map(lambda d: d.source.path)
        errors = out.failed | "ErrorPaths" >> beam.Map(lambda f: f"error:{f.source.path}:{f.reason}")
        assert_that((docs, errors) | beam.Flatten(), equal_to(expected))


def test_copies_of_a_text_share_a_shard() -> None:
    from transforms.records import Source

    a = RawDocument(Source("file", path="x#1"), "Một  văn bản\n".encode())
    b = RawDocument(Source("file", path="x#9"), " Một văn bản ".encode())
    assert all(shard_of(a, n) == shard_of(b, n) for n in range(1, 20))
