"""The batch job against the real local Elasticsearch: idempotent re-runs, read-back, errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipelines.batch import run
from tests.conftest import SEEDS
from tests.support.es import indexed_docs, run_argv
from transforms.ids import document_id
from transforms.records import Source
from transforms.sinks.elasticsearch import EsSettings
from transforms.sources.files import display_path

pytestmark = pytest.mark.integration


def test_two_runs_leave_exactly_the_five_seed_documents(
    es_url: str, es_index: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = run_argv(SEEDS, es_url, es_index, tmp_path)
    assert run(argv) == 0
    first = indexed_docs(es_url, es_index)
    assert run(argv) == 0
    second = indexed_docs(es_url, es_index)
    assert len(first) == len(second) == 5
    assert set(first) == set(second)
    expected_ids = {
        document_id(Source("file", path=display_path(str(p)))) for p in sorted(SEEDS.glob("*.txt"))
    }
    assert set(second) == expected_ids
    by_path = {Path(str(d["source"]["path"])).name: d for d in second.values()}  # type: ignore[index]
    seed3 = by_path["003_b8e72732c1f2a921.txt"]
    assert seed3["title"] is None and seed3["authors"] == ["Hoàng Mẫn"]
    assert by_path["001_2162316529c2fb6e.txt"]["published"] == "2022-12-29T13:12:00+07:00"
    assert "folded" not in seed3  # the accent-free copies are indexed, not stored
    out = capsys.readouterr().out
    assert "wrote 5, failed 0" in out


def test_bad_files_are_reported_and_the_rest_lands(
    es_url: str, es_index: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "empty.txt").write_bytes(b"")
    (inputs / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (inputs / "seed.txt").write_bytes((SEEDS / "002_45ec861fa7425e3b.txt").read_bytes())
    dead = tmp_path / "dead"
    code = run(
        ["--input", str(inputs), "--es-url", es_url, "--index", es_index, "--dead-letter-dir", str(dead)]
    )
    assert code == 1
    assert len(indexed_docs(es_url, es_index)) == 1
    letters = [json.loads(line) for f in dead.glob("*.jsonl") for line in f.read_text().splitlines()]
    assert sorted((Path(d["source"]["path"]).name, d["reason"]) for d in letters) == [
        ("binary.txt", "binary"),
        ("empty.txt", "empty"),
    ]
    out = capsys.readouterr().out
    assert "failed [read/empty]" in out and "failed [decode/binary]" in out


def test_unreachable_elasticsearch_is_one_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # its own lock: another run of the default index on this machine must not answer 75 here
    argv = ["--input", str(SEEDS), "--es-url", "http://127.0.0.1:9", "--dead-letter-dir", str(tmp_path)]
    code = run([*argv, "--lock-file", str(tmp_path / "run.lock")])
    assert code == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert "http://127.0.0.1:9" in err[0] and "bantin es up" in err[0]


def test_reindex_builds_new_versioned_indices_and_swaps_both_aliases(
    es_url: str, es_index: str, tmp_path: Path
) -> None:
    from pipelines.reindex import reindex
    from transforms.sinks.elasticsearch import index_template, mapping_version, mentions_alias

    argv = run_argv(SEEDS, es_url, es_index, tmp_path)
    assert run(argv) == 0
    client = EsSettings(url=es_url).client()
    try:
        before = set(client.indices.get_alias(name=es_index).body)
        assert reindex(argv) == 0
        after = set(client.indices.get_alias(name=es_index).body)
        mentions_after = set(client.indices.get_alias(name=mentions_alias(es_index)).body)
        assert len(after) == 1 and after != before
        articles_version = mapping_version(index_template(es_index, "articles"))
        mentions_version = mapping_version(index_template(es_index, "mentions"))
        assert next(iter(after)).startswith(f"{es_index}-v{articles_version}-")
        assert next(iter(mentions_after)).startswith(f"{mentions_alias(es_index)}-v{mentions_version}-")
        assert not client.indices.exists(index=",".join(before))  # the old index is gone
    finally:
        client.close()
    assert len(indexed_docs(es_url, es_index)) == 5


def _search_ids(es_url: str, alias: str, **kwargs: str) -> set[str]:
    from pipelines.search import build_query

    client = EsSettings(url=es_url).client()
    try:
        client.indices.refresh(index=alias)
        response = client.search(index=alias, **build_query(**kwargs))  # type: ignore[arg-type]
        return {h["_id"] for h in response["hits"]["hits"]}
    finally:
        client.close()


def test_search_with_and_without_diacritics_and_by_document(
    es_url: str, es_index: str, tmp_path: Path
) -> None:
    argv = run_argv(SEEDS, es_url, es_index, tmp_path)
    assert run(argv) == 0
    plain = _search_ids(es_url, es_index, text="dang uy khoi")
    marked = _search_ids(es_url, es_index, text="Đảng ủy Khối")
    assert plain == marked and len(plain) >= 4
    seed3 = document_id(Source("file", path=display_path(str(SEEDS / "003_b8e72732c1f2a921.txt"))))
    assert _search_ids(es_url, es_index, doc="05-CT/TW") >= {seed3}
    assert seed3 in _search_ids(es_url, es_index, doc="08-qd/tw")  # đ folded, case ignored
    assert _search_ids(es_url, es_index, text="khong co tu nay o dau ca") == set()


def test_copies_and_near_duplicates_are_found_across_runs(
    es_url: str, es_index: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ["--es-url", es_url, "--index", es_index, "--dead-letter-dir", str(tmp_path / "dead")]
    assert run(["--input", str(SEEDS), *base]) == 0
    later = tmp_path / "later"
    later.mkdir()
    seed2 = (SEEDS / "002_45ec861fa7425e3b.txt").read_text(encoding="utf-8")
    (later / "republished_copy.txt").write_text(seed2, encoding="utf-8")
    (later / "republished_longer.txt").write_text(seed2 + "\n\nMột đoạn thêm ở cuối bài.\n", encoding="utf-8")
    capsys.readouterr()
    assert run(["--input", str(later), *base]) == 0
    out = capsys.readouterr().out
    assert "wrote 1," in out and "duplicates dropped 1" in out
    docs = indexed_docs(es_url, es_index)
    assert len(docs) == 6
    original = document_id(Source("file", path=display_path(str(SEEDS / "002_45ec861fa7425e3b.txt"))))
    longer = document_id(Source("file", path=display_path(str(later / "republished_longer.txt"))))
    assert docs[longer]["duplicate_of"] == original
    assert "duplicate_of" not in docs[original]


def test_an_index_with_an_older_mapping_is_refused_until_reindexed(
    es_url: str, es_index: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from pipelines.reindex import reindex
    from transforms.sinks.elasticsearch import index_template, mapping_version

    template = index_template(es_index, "articles")
    current = mapping_version(template)
    old = template["template"]
    old["mappings"]["_meta"]["bantin_mapping_version"] = current - 1
    old["mappings"]["properties"].pop("near_key")
    client = EsSettings(url=es_url).client()
    try:
        client.indices.create(
            index=f"{es_index}-v{current - 1}", aliases={es_index: {"is_write_index": True}}, **old
        )
    finally:
        client.close()
    argv = run_argv(SEEDS, es_url, es_index, tmp_path)
    assert run(argv) == 2
    err = capsys.readouterr().err
    assert "mapping version" in err and "bantin reindex" in err
    assert reindex(argv) == 0
    assert run(argv) == 0
    assert len(indexed_docs(es_url, es_index)) == 5
