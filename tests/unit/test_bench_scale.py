"""The generator of ``bantin bench scale``: distinct articles from the VNTC texts, past one pass of them."""

from __future__ import annotations

import json
from pathlib import Path

from pipelines.bench_scale import QUERIES, cpu_ms_per_article, generate
from tests.conftest import shared_path


def test_generated_articles_are_distinct_past_one_pass_of_the_corpus(tmp_path: Path) -> None:
    corpora = shared_path("corpora")
    out = tmp_path / "scale.jsonl"
    count = 7567 + 600  # wraps around: articles 7,567+ reuse texts 0..599 with other shuffles
    assert generate(corpora, count, out) == out.stat().st_size
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == count
    assert len({r["id"] for r in records}) == count
    assert len({" ".join(r["text"].split()) for r in records}) == count
    # the same seed gives the same corpus (runs compare)
    again = tmp_path / "again.jsonl"
    generate(corpora, 50, again)
    assert again.read_text(encoding="utf-8").splitlines() == out.read_text(encoding="utf-8").splitlines()[:50]


def test_fifty_fixed_queries() -> None:
    assert len(QUERIES) == 50
    assert len({json.dumps(q, sort_keys=True) for q in QUERIES}) == 50


def test_cpu_per_article_over_a_window_of_documents() -> None:
    # (documents indexed, CPU seconds of the ingesting process), sampled every few seconds
    samples = [(0, 1.0), (1000, 8.0), (2000, 15.0), (2000, 16.0), (4000, 30.0)]
    assert cpu_ms_per_article(samples, 0, 1000) == 7.0
    assert cpu_ms_per_article(samples, 500, 1500) == 7.0  # interpolated inside two samples
    # the CPU used while the count stood still (a refresh, or the people step at the end) is not
    # an article's: the window ends where the count first reaches its end
    assert cpu_ms_per_article(samples, 1000, 2000) == 7.0
    assert cpu_ms_per_article(samples, 2000, 4000) == 7.5
    assert cpu_ms_per_article(samples, 3000, 5000) is None  # not spanned
    assert cpu_ms_per_article(samples, 1000, 1000) is None
