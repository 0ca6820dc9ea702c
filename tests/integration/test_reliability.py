"""Faults and careless use, with the real parts: secrets in URLs, dead letters of runs that start
in the same second, a full disk (a real tmpfs), replay of damaged files and replay without
Elasticsearch. Feeds come from a real server on 127.0.0.1; writes go to the real Elasticsearch."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest

from pipelines.batch import run
from pipelines.replay import replay
from tests.conftest import ROOT, SEEDS
from tests.support.es import indexed_docs
from tests.support.feedserver import FeedServer
from transforms.article import build_article
from transforms.deadletters import failure_to_json
from transforms.es.client import EsSettings
from transforms.es.documents import index_action
from transforms.es.indices import ensure_articles_index
from transforms.records import Failure
from transforms.sources.files import DEFAULT_MAX_BYTES, file_document

pytestmark = pytest.mark.integration


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_credentials_in_es_url_are_never_printed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"http://reader:s3cret-pw@127.0.0.1:{closed_port()}"
    code = run(["--input", str(SEEDS), "--es-url", url, "--lock-file", str(tmp_path / "lock")])
    err = capsys.readouterr().err
    assert code == 2 and "not reachable at http://***@127.0.0.1" in err, err
    assert replay([str(tmp_path / "none.jsonl")], es_url=url) == 2
    stream = subprocess.run(
        [
            sys.executable,
            "-m",
            "pipelines.cli",
            "stream",
            "--es-url",
            url,
            "--lock-file",
            str(tmp_path / "s"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert stream.returncode == 2, stream.stderr
    everything = err + capsys.readouterr().err + stream.stdout + stream.stderr
    assert "s3cret" not in everything and "reader:" not in everything


def _dump(es_url: str, alias: str) -> str:
    """Every document of every index of a test alias (articles, mentions, feed state), as text."""
    client = EsSettings(url=es_url).client()
    try:
        client.indices.refresh(index=f"{alias}*")
        hits = client.search(index=f"{alias}*", size=1000, query={"match_all": {}})["hits"]["hits"]
        return json.dumps(hits, ensure_ascii=False)
    finally:
        client.close()


def test_feed_credentials_are_redacted_everywhere_but_the_request(
    es_url: str, es_index: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seeds = sorted(SEEDS.glob("*.txt"))
    pages = {
        name: f"<html><body><article><h1>Tin {name}</h1><p>{seed.read_text(encoding='utf-8')}</p></article>"
        "</body></html>"
        for name, seed in zip(("1", "2"), seeds, strict=False)
    }
    with FeedServer() as server:
        base = f"http://reader:s3cret@127.0.0.1:{server.port}"
        items = "".join(
            f"<item><title>Tin {i}</title><link>{link}</link><guid>g{i}</guid></item>"
            for i, link in enumerate(["/a/1.html", f"{base}/a/2.html"])
        )
        server.set("/feed.xml", f'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>{items}'
                   "</channel></rss>", headers={"Content-Type": "application/rss+xml"})  # fmt: skip
        for name, html in pages.items():
            server.set(f"/a/{name}.html", html, headers={"Content-Type": "text/html"})
        server.set("/broken.xml", "boom", status=500)
        feeds = tmp_path / "feeds.yaml"
        feeds.write_text(f"feeds:\n  - url: {base}/feed.xml\n  - url: {base}/broken.xml\n", encoding="utf-8")
        dead = tmp_path / "dead"
        argv = [
            "--feeds",
            str(feeds),
            "--es-url",
            es_url,
            "--index",
            es_index,
            "--dead-letter-dir",
            str(dead),
        ]
        argv += ["--allow-host", "127.0.0.1", "--host-delay", "0", "--progress-interval", "0"]
        assert run([*argv, "--lock-file", str(tmp_path / "lock")]) == 1  # the broken feed
        out = capsys.readouterr()
        assert server.hits_for("/feed.xml")[0].headers["authorization"].startswith("Basic ")
    docs = indexed_docs(es_url, es_index)
    assert len(docs) == 2
    stored = _dump(es_url, es_index)
    assert f"127.0.0.1:{server.port}/feed.xml" in stored  # the feed is named, without its user-info
    letters = "".join(p.read_text(encoding="utf-8") for p in dead.glob("*.jsonl"))
    assert "broken.xml" in letters
    for text in (stored, letters, out.out, out.err):
        assert "s3cret" not in text and "reader" not in text


class _Frozen(datetime):
    @classmethod
    def now(cls, tz: Any = None) -> _Frozen:
        return cls(2026, 12, 1, 8, 0, 0, tzinfo=timezone.utc)


def test_two_runs_in_the_same_second_keep_their_own_dead_letters(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pipelines.batch
    import transforms.deadletters

    for module in (pipelines.batch, transforms.deadletters):
        monkeypatch.setattr(module, "datetime", _Frozen, raising=False)
    dead = tmp_path / "dead"
    runs = {"a": 3, "b": 5}
    for name, count in runs.items():
        folder = tmp_path / name
        folder.mkdir()
        for i in range(count):
            (folder / f"bad{i}.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(32)) * 4)
        argv = ["--input", str(folder), "--index", f"idx-{name}", "--dead-letter-dir", str(dead), "--dry-run"]
        assert run([*argv, "--lock-file", str(tmp_path / f"{name}.lock"), "--progress-interval", "0"]) == 1
    files = sorted(dead.glob("*.jsonl"))
    assert len(files) == 2, files
    by_run = {}
    for path in files:
        letters = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        by_run[Path(letters[0]["source"]["path"]).parent.name] = len(letters)
    assert by_run == runs


@pytest.fixture()
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 64 KB tmpfs (root only); skipped where mounting is not allowed."""
    mount = tmp_path / "small"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mount)], capture_output=True
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode().strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def test_a_full_disk_is_one_clear_line_and_what_was_written_stays_readable(
    small_disk: Path, tmp_path: Path
) -> None:
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    for i in range(600):  # ~600 dead letters of ~250 bytes: more than 64 KB
        (inputs / f"broken-{i:04d}-{'x' * 60}.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(32)) * 4)
    dead = small_disk / "dead"
    argv = [sys.executable, "-m", "pipelines.cli", "run", "--input", str(inputs), "--dry-run"]
    argv += [
        "--dead-letter-dir",
        str(dead),
        "--lock-file",
        str(tmp_path / "lock"),
        "--progress-interval",
        "0",
    ]
    done = subprocess.run(argv, cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert done.returncode == 1, done.stderr[-2000:]
    lines = [line for line in done.stderr.splitlines() if line.startswith("error:")]
    assert len(lines) == 1 and "no space left" in lines[0] and str(dead) in lines[0], done.stderr[-2000:]
    assert "Traceback" not in done.stderr, done.stderr[-3000:]
    files = list(dead.glob("*.jsonl"))
    assert len(files) == 1
    kept = files[0].read_text(encoding="utf-8").splitlines()
    assert 0 < len(kept) < 600
    assert all(json.loads(line)["stage"] == "decode" or json.loads(line)["stage"] for line in kept)


def read_file(path: str) -> Any:
    """A seed file as the reader makes it (the pure helper, without Beam's file systems)."""
    return file_document(path, Path(path).read_bytes(), DEFAULT_MAX_BYTES)


def _write_letter(article: Any, index: str) -> str:
    action = index_action(article, index)
    failure = Failure("write", "retries_exhausted", "gave up", article.source, 0, {"action": action})
    return failure_to_json(failure)


def test_replay_of_a_file_with_corrupt_lines_writes_the_good_ones(
    es_url: str, es_index: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    client = EsSettings(url=es_url).client()
    ensure_articles_index(client, es_index)
    client.close()
    articles = [build_article(read_file(str(p))) for p in sorted(SEEDS.glob("*.txt"))[:3]]
    good = [_write_letter(a, es_index) for a in articles]
    path = tmp_path / "run.jsonl"
    path.write_text("\n".join([good[0], "{this is not json", good[1], good[2][: len(good[2]) // 2]]) + "\n")
    assert replay([str(path)], es_url=es_url) == 1  # unreadable lines are a failure to report
    out = capsys.readouterr()
    assert "written 2, failed 0; 2 unreadable lines skipped" in out.out, out.out
    assert f"{path}:2" in out.err and f"{path}:4" in out.err
    assert set(indexed_docs(es_url, es_index)) == {articles[0].id, articles[1].id}
    path.write_text(good[2] + "\n")
    assert replay([str(path)], es_url=es_url) == 0
    assert len(indexed_docs(es_url, es_index)) == 3


def test_replay_with_elasticsearch_down_exits_2_like_the_batch_job(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = build_article(read_file(str(sorted(SEEDS.glob("*.txt"))[0])))
    path = tmp_path / "run.jsonl"
    path.write_text(_write_letter(article, "x") + "\n", encoding="utf-8")
    assert replay([str(path)], es_url=f"http://127.0.0.1:{closed_port()}") == 2
    assert "not reachable" in capsys.readouterr().err
