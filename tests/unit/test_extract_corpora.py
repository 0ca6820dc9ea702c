"""Extraction on the seeds against the gold file, and on real VNTC articles (need ../shared)."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from dataclasses import asdict
from pathlib import Path

from tests.conftest import SEEDS, shared_path
from transforms.clean.text import clean_text
from transforms.extract.extractor import extract_entities


def _record(path: Path) -> dict[str, object]:
    cleaned = clean_text(path.read_text(encoding="utf-8"))
    extraction = extract_entities(cleaned.body, cleaned.captions, cleaned.published, cleaned.title)
    record: dict[str, object] = {
        "source": {"kind": "file", "path": f"seeds/{path.name}"},
        "title": cleaned.title,
        "published": cleaned.published,
        "authors": list(cleaned.authors),
        "body": cleaned.body,
    }
    record.update(asdict(extraction))
    return record


def test_seed_scores(tmp_path: Path) -> None:
    gold = shared_path("gold", "seeds.jsonl")
    scorer = shared_path("tools", "score_extraction.py")
    pred = tmp_path / "pred.jsonl"
    with pred.open("w", encoding="utf-8") as handle:
        for path in sorted(SEEDS.glob("*.txt")):
            handle.write(json.dumps(_record(path), ensure_ascii=False) + "\n")
    out = subprocess.run(
        [sys.executable, str(scorer), "--gold", str(gold), "--pred", str(pred), "--json"],
        check=True,
        capture_output=True,
        text=True,
    )
    scores = json.loads(out.stdout)
    assert scores["person_title_f1"] >= 0.95
    assert scores["people_f1"] >= 0.95
    assert scores["documents_f1"] == 1.0
    assert scores["events_r"] == 1.0
    assert scores["event_date_acc"] == 1.0
    assert scores["organizations_r"] >= 0.9


def test_vntc_sample_runs_and_offsets_point_at_the_text() -> None:
    corpus = shared_path("corpora", "vntc-politics", "vntc-chinh-tri-xa-hoi-test.jsonl.gz")
    with gzip.open(corpus, "rt", encoding="utf-8") as handle:
        for number, line in enumerate(handle):
            if number >= 400:  # the full corpus runs in the throughput script; a sample keeps tests fast
                break
            cleaned = clean_text(json.loads(line)["text"])
            result = extract_entities(cleaned.body, cleaned.captions, cleaned.published, cleaned.title)
            for person in result.people:
                if person.start is not None:
                    assert cleaned.body[person.start : person.end] == person.name
            for doc in result.documents:
                assert doc.start is not None and cleaned.body[doc.start : doc.end] == doc.text
