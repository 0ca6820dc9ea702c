"""Every Elasticsearch call of the write path retries, then dead-letters (issue 12).

A real proxy on 127.0.0.1 answers 503 to the dedup lookups or to the feed state, in
front of the real test node: a few refusals are retried until the run succeeds; a
cluster that keeps refusing turns the affected articles or feeds into dead letters,
the run ends with a summary (exit 1), and the next run restores exact counts.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipelines.batch import run
from tests.conftest import SEEDS
from tests.support.es import indexed_docs, run_argv
from tests.support.esproxy import EsProxy
from tests.support.feedserver import FeedServer

pytestmark = pytest.mark.integration

FAST_RETRIES = ["--es-backoff", "0.05", "--es-max-backoff", "0.1", "--es-max-retries", "3"]


def _letters(folder: Path) -> list[dict[str, object]]:
    return [json.loads(line) for f in folder.glob("*.jsonl") for line in f.read_text().splitlines()]


def test_dedup_lookups_are_retried(es_url: str, es_index: str, tmp_path: Path) -> None:
    with EsProxy(es_url) as proxy:
        proxy.unavailable["/_search"] = 2
        argv = [*run_argv(SEEDS, proxy.url, es_index, tmp_path), *FAST_RETRIES]
        assert run(argv) == 0
        assert proxy.refused["/_search"] == 2
    assert len(indexed_docs(es_url, es_index)) == 5


def test_dedup_lookups_that_keep_failing_are_dead_letters_and_a_rerun_restores_them(
    es_url: str, es_index: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dead = tmp_path / "dead"
    with EsProxy(es_url) as proxy:
        proxy.unavailable["/_search"] = -1
        assert run([*run_argv(SEEDS, proxy.url, es_index, dead), *FAST_RETRIES]) == 1
    out = capsys.readouterr().out
    assert "wrote 0, failed 5" in out and "failed [dedup/es_unavailable]" in out
    assert sorted(Path(str(d["source"]["path"])).name for d in _letters(dead)) == sorted(  # type: ignore[index]
        p.name for p in SEEDS.glob("*.txt")
    )
    assert run(run_argv(SEEDS, es_url, es_index, tmp_path / "again")) == 0
    assert len(indexed_docs(es_url, es_index)) == 5


def test_a_feed_whose_state_cannot_be_read_is_a_dead_letter_and_polled_next_run(
    es_url: str, es_index: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = (SEEDS / "002_45ec861fa7425e3b.txt").read_text(encoding="utf-8")
    html = (
        "<html><body><article>"
        + "".join(f"<p>{p}</p>" for p in page.split("\n\n"))
        + "</article></body></html>"
    )
    with FeedServer() as server:
        server.set("/a/1.html", html.encode(), headers={"Content-Type": "text/html; charset=utf-8"})
        item = f"<item><title>T</title><link>{server.url('/a/1.html')}</link><guid>g1</guid></item>"
        rss = f'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>{item}</channel></rss>'
        server.set("/feed.xml", rss.encode(), headers={"Content-Type": "application/rss+xml"})
        feeds = tmp_path / "feeds.yaml"
        feeds.write_text(
            f"feeds:\n  - url: {server.url('/feed.xml')}\n    poll_interval: 60\n", encoding="utf-8"
        )
        base = ["--feeds", str(feeds), "--index", es_index, "--host-delay", "0", "--progress-interval", "0"]
        base += ["--allow-host", "127.0.0.1"]  # the feed server is on loopback (SSRF refusal, issue 12)
        dead = tmp_path / "dead"
        with EsProxy(es_url) as proxy:
            proxy.unavailable["-state/"] = -1
            argv = [*base, "--es-url", proxy.url, "--dead-letter-dir", str(dead), *FAST_RETRIES]
            assert run(argv) == 1
        out = capsys.readouterr().out
        assert "failed [feed/es_unavailable]" in out and "wrote 0," in out
        (letter,) = _letters(dead)
        assert letter["stage"] == "feed" and "feed state" in str(letter["message"])
        assert run([*base, "--es-url", es_url, "--dead-letter-dir", str(tmp_path / "again")]) == 0
        assert "wrote 1," in capsys.readouterr().out
    assert [d["source"]["url"] for d in indexed_docs(es_url, es_index).values()] == [server.url("/a/1.html")]
