"""``bantin eval`` and transforms.evaluation: the reference scorer's numbers, plus findings."""

from __future__ import annotations

import copy
import importlib.util
import io
import json
import random
from contextlib import redirect_stdout
from pathlib import Path
from types import ModuleType
from typing import Any

from pipelines.cli import main
from pipelines.evaluate import run_evaluation
from tests.conftest import SEEDS, shared_path
from transforms.article import build_article
from transforms.evaluation import evaluate, gold_id, index_predictions
from transforms.sources.files import file_document


def _shared_scorer() -> ModuleType:
    path = shared_path("tools", "score_extraction.py")
    spec = importlib.util.spec_from_file_location("shared_score_extraction", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _seed_predictions() -> list[dict[str, Any]]:
    return [
        build_article(file_document(str(p), p.read_bytes(), 10 * 1024 * 1024)).to_dict()
        for p in sorted(SEEDS.glob("*.txt"))
    ]


def _perturbed(records: list[dict[str, Any]], seed: int) -> list[dict[str, Any]]:
    """Predictions with people, titles, documents, events, orgs and dates dropped, changed or added."""
    rng = random.Random(seed)
    out = copy.deepcopy(records)
    for rec in out:
        people = rec["people"]
        if people and rng.random() < 0.7:
            people.pop(rng.randrange(len(people)))
        for person in people:
            if person["titles"] and rng.random() < 0.5:
                person["titles"] = [*person["titles"][1:], "Phó Chủ tịch Hội Nông dân"]
        people.append({"name": "Lò Văn Giàng", "titles": ["Bí thư Huyện ủy"], "aliases": []})
        if rec["documents"] and rng.random() < 0.5:
            rec["documents"][0]["type"] = "Quyết định"
        rec["documents"].append({"ref": "99-NQ/TW", "type": "Nghị quyết"})
        if rec["events"] and rng.random() < 0.5:
            rec["events"][0]["date"] = "2001-01-01"
        rec["events"].append({"name": "Hội nghị giả", "session": 3, "expanded": False, "date": None})
        rec["organizations"] = rec["organizations"][1:]
        if rng.random() < 0.5:
            rec["event_date"] = None
        if rng.random() < 0.3:
            rec["title"] = "Tin khác"
    return out[1:]  # one record missing


def test_same_numbers_as_the_reference_scorer() -> None:
    scorer = _shared_scorer()
    gold = scorer.load(str(shared_path("gold", "seeds.jsonl")))
    preds = _seed_predictions()
    for variant in (preds, _perturbed(preds, 1), _perturbed(preds, 2), _perturbed(preds, 3)):
        reference = scorer.score(gold, variant)
        ours = evaluate(gold, index_predictions(variant))
        assert {**ours.scores, "missing": ours.missing} == reference
    # the perturbations do move the numbers (the comparison is not between two perfect scores)
    assert evaluate(gold, index_predictions(_perturbed(preds, 1))).scores["person_title_f1"] < 0.9


def test_findings_name_the_miss_the_false_positive_and_the_sentence() -> None:
    gold = [
        {
            "id": "a",
            "people": [{"name": "Nguyễn Văn An", "titles": ["Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"]}],
            "organizations_required": ["Ban Tuyên giáo Tỉnh ủy"],
        }
    ]
    body = (
        "Dự hội nghị có đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh. "
        "Ông Trần Bình, Giám đốc Sở Tài chính phát biểu."
    )
    pred = {
        "source": {"kind": "file", "path": "x/a.txt"},
        "body": body,
        "people": [
            {"name": "Nguyễn Văn An", "titles": ["Bí thư Tỉnh ủy"]},
            {"name": "Trần Bình", "titles": ["Giám đốc Sở Tài chính"]},
        ],
        "organizations": [{"name": "Tỉnh ủy"}],
    }
    result = evaluate(gold, index_predictions([pred]))
    by_kind = {(f.field, f.kind): f for f in result.findings}
    miss = by_kind[("person_title", "miss")]
    assert miss.gold == "Nguyễn Văn An: Chủ tịch HĐND tỉnh"
    assert miss.predicted == "Nguyễn Văn An: Bí thư Tỉnh ủy"
    assert miss.sentence.startswith("Dự hội nghị có đồng chí Nguyễn Văn An")
    fp = by_kind[("person_title", "false_positive")]
    assert fp.predicted == "Trần Bình: Giám đốc Sở Tài chính"
    assert fp.sentence.startswith("Ông Trần Bình")
    assert by_kind[("people", "false_positive")].predicted == "Trần Bình"
    assert by_kind[("organizations", "miss")].predicted == "Tỉnh ủy"
    assert result.counts["person_title"] == {"tp": 1, "fp": 1, "fn": 1}


def test_gold_id_of_archive_records() -> None:
    assert gold_id("XH_NLD_T_ (8962)") == "XH_NLD_T_8962"
    assert gold_id("  (12) a--b ") == "12_a_b"


def test_cli_on_files_and_on_a_keyed_archive(tmp_path: Path) -> None:
    gold = shared_path("gold", "seeds.jsonl")
    seeds = sorted(SEEDS.glob("*.txt"))
    archive = tmp_path / "texts.jsonl"
    with archive.open("w", encoding="utf-8") as handle:
        for path in seeds:
            # the archive's ids map to the gold ids ("000 c24e..." -> "000_c24e...")
            record_id = path.stem.replace("_", " (", 1) + ")"
            handle.write(json.dumps({"id": record_id, "text": path.read_text(encoding="utf-8")}) + "\n")
        handle.write(json.dumps({"id": "not in gold", "text": "Một bài khác."}) + "\n")
    from_files, errors = run_evaluation([str(gold)], [str(SEEDS)])
    from_archive, archive_errors = run_evaluation([str(gold)], [str(archive)])
    assert errors == [] and archive_errors == []
    assert from_files.missing == [] and from_archive.missing == []
    assert from_archive.scores == from_files.scores
    out = io.StringIO()
    with redirect_stdout(out):
        code = main(["eval", "--gold", str(gold), "--json", str(SEEDS)])
    assert code == 0
    printed = json.loads(out.getvalue())
    assert printed["scores"]["person_title_f1"] == from_files.scores["person_title_f1"]
    assert printed["scores"]["missing"] == []
    text = io.StringIO()
    with redirect_stdout(text):
        main(["eval", "--gold", str(gold), str(SEEDS)])
    lines = text.getvalue().splitlines()
    assert lines[0].split()[:4] == ["field", "P", "R", "F1"]
    assert lines[-1].startswith("SCORE records_found=1.000 ")
