"""The generator of ``bantin bench scale``: distinct articles from the VNTC texts, past one pass of them."""

from __future__ import annotations

import json
from pathlib import Path

from pipelines.bench_scale import QUERIES, generate
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
