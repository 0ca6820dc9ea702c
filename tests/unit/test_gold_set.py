"""The labeled gold set (tests/data/gold/) is well-formed and its evidence is in the inputs.

Checks that need the inputs of kind ``vntc`` and ``html`` (in ../shared) skip with the reason when
../shared is absent; the web texts are committed, so their checks always run.
"""

from __future__ import annotations

import html
import importlib.util
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.conftest import ROOT, SHARED, shared_path
from tests.support.gold_rounds import VNTC_ROUNDS

GOLD = ROOT / "tests" / "data" / "gold"
REQUIRED = (
    "id",
    "title",
    "published",
    "event_date",
    "authors",
    "publisher",
    "places",
    "people",
    "documents",
    "events",
    "organizations_required",
    "body_must_contain",
    "body_must_not_contain",
)
LIST_FIELDS = ("authors", "places", "people", "documents", "events", "organizations_required")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# ISO 8601: a date, or a time with its offset
ISO_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2}|Z))?$")
FORMER = re.compile(r"^(nguyên|cựu|cố)\s+", re.IGNORECASE)
# a later labeling round has its own files, "web-r2.jsonl" next to "web.jsonl": same kind
ROUND = re.compile(r"-r\d+$")


def _materialize_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gold_materialize", GOLD / "materialize.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


MATERIALIZE = _materialize_module()


def _fold(text: str | None) -> str:
    """The reference scorer's folding (../shared/tools/score_extraction.py)."""
    if not text:
        return ""
    text = unicodedata.normalize("NFD", str(text))
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Mn")
    text = text.replace("đ", "d").replace("Đ", "D").casefold()
    text = re.sub(r"\s+", " ", text).strip()
    return text.strip(" .,;:!?\"'“”‘’()[]-–—")


def _records() -> list[tuple[str, str, dict[str, Any]]]:
    """(split, kind, record) for every gold line under dev/ and heldout/ (any round's file)."""
    found = []
    for split in ("dev", "heldout"):
        for path in sorted((GOLD / split).glob("*.jsonl")):
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if line.strip():
                    record = json.loads(line)
                    assert isinstance(record, dict), f"{path}:{number} is not a JSON object"
                    found.append((split, ROUND.sub("", path.stem), record))
    return found


def _sources() -> dict[str, list[str]]:
    rows: dict[str, list[str]] = {}
    for path in sorted(GOLD.glob("sources*.tsv")):
        for line in path.read_text(encoding="utf-8").splitlines():
            cells = line.split("\t")
            if not line.strip() or line.startswith("#") or cells[0] == "id":
                continue
            assert len(cells) == 6, f"{path.name}: expected 6 tab-separated columns: {line!r}"
            assert cells[0] not in rows, f"{cells[0]} is listed twice in the sources files"
            rows[cells[0]] = cells
    return rows


RECORDS = _records()


def test_there_is_a_gold_set() -> None:
    kinds = Counter(kind for _, kind, _ in RECORDS)
    assert kinds["vntc"] >= 20 and kinds["html"] == 9, kinds


def test_ids_are_unique() -> None:
    counts = Counter(record["id"] for _, _, record in RECORDS)
    assert [item for item, count in counts.items() if count > 1] == []


def test_every_vntc_round_is_checked() -> None:
    """The records of every VNTC round (1 to 7, 9 to 12) are among those the checks below collect."""
    collected = {path.name for split in ("dev", "heldout") for path in (GOLD / split).glob("vntc*.jsonl")}
    later = VNTC_ROUNDS[1:]
    rounds = {"vntc.jsonl"} | {f"vntc-r{n}.jsonl" for n in later}
    assert rounds <= collected, sorted(rounds - collected)
    ids = {record["id"] for _, kind, record in RECORDS if kind == "vntc"}
    for n in later:
        rows = (GOLD / f"sources-r{n}.tsv").read_text(encoding="utf-8").splitlines()
        listed = {row.split("\t")[0] for row in rows if row.strip()}
        assert listed <= ids, f"round {n}: {sorted(listed - ids)} not collected"


@pytest.mark.parametrize(("split", "kind", "record"), RECORDS, ids=[r["id"] for _, _, r in RECORDS])
def test_record_is_well_formed(split: str, kind: str, record: dict[str, Any]) -> None:
    assert [key for key in REQUIRED if key not in record] == []
    assert MATERIALIZE.split_of(record["id"]) == split, "the hash split rule puts this id elsewhere"
    assert kind in ("vntc", "html", "web")
    for field in LIST_FIELDS:
        assert isinstance(record[field], list), field
    assert record["title"] is None or record["title"].strip()
    assert record["event_date"] is None or DATE.match(record["event_date"])
    assert record["published"] is None or ISO_TIME.match(record["published"])
    assert record["body_must_contain"], "every record checks at least one body sentence"
    names = [person["name"] for person in record["people"]]
    assert len({_fold(name) for name in names}) == len(names), "a person is listed twice"
    for person in record["people"]:
        assert isinstance(person["titles"], list) and all(isinstance(t, str) and t for t in person["titles"])
        assert isinstance(person.get("titles_optional", []), list)
        assert isinstance(person.get("aliases", []), list)
    for document in record["documents"] + record.get("documents_optional", []):
        # the contract allows a null ref when the text gives no number; the scorer then ignores it
        assert document.get("type") and (document.get("ref") is None or document["ref"].strip()), document
    for event in record["events"]:
        assert event["name"] and isinstance(event["expanded"], bool)
        assert event["session"] is None or isinstance(event["session"], int)
        assert event["date"] is None or DATE.match(event["date"])


def test_sources_list_every_record_with_its_split_and_kind() -> None:
    sources = _sources()
    for split, kind, record in RECORDS:
        row = sources.get(record["id"])
        assert row is not None, f"{record['id']} is not in sources*.tsv"
        assert (row[1], row[2]) == (split, kind), record["id"]
        if kind == "vntc":
            assert MATERIALIZE.gold_id(row[3]) == record["id"], "origin must be the VNTC id of this gold id"
    for item_id, row in sources.items():
        assert MATERIALIZE.split_of(item_id) == row[1], f"{item_id}: split column breaks the hash rule"


def _input_text(directory: Path, record_id: str) -> str:
    """The input as plain folded text: HTML tags become spaces, entities are decoded (every kind)."""
    for path in directory.glob(f"{record_id}.*"):
        raw = unicodedata.normalize("NFC", path.read_text(encoding="utf-8", errors="replace"))
        if path.suffix == ".html":
            raw = re.sub(r"<script.*?</script>|<style.*?</style>", " ", raw, flags=re.S)
            raw = re.sub(r"<[^>]+>", " ", raw)
        # entities are decoded until stable in every kind (VNTC texts hold "BGD&amp;ĐT"), as the cleaner does
        while (decoded := html.unescape(raw)) != raw:
            raw = decoded
        return _fold(raw)
    raise AssertionError(f"{record_id}: no input was materialized")


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("gold-inputs")
    items = MATERIALIZE.collect([GOLD])
    _, problems = MATERIALIZE.materialize(items, out, SHARED)
    assert [p for p in problems if not p.startswith("skipped")] == []
    return out


@pytest.mark.parametrize(("split", "kind", "record"), RECORDS, ids=[r["id"] for _, _, r in RECORDS])
def test_evidence_occurs_in_the_input(split: str, kind: str, record: dict[str, Any], inputs: Path) -> None:
    if kind in ("vntc", "html"):
        shared_path("corpora")
    text = _input_text(inputs, record["id"])
    for snippet in record["body_must_contain"]:
        assert _fold(snippet) in text, f"body_must_contain not in the input: {snippet!r}"
    if record["title"]:
        assert _fold(record["title"]) in text, "the headline is not in the input"
    for person in record["people"]:
        assert _fold(person["name"]) in text, person["name"]
        for title in person["titles"]:
            assert _fold(FORMER.sub("", title)) in text, f"title not written so in the input: {title!r}"
    for document in record["documents"]:
        if document.get("ref") is None:
            continue
        # the canonical ref may join its parts otherwise than the text does ("21-KL/TW" for "21-KL-TW")
        assert _unjoined(_fold(document["ref"])) in _unjoined(text), document["ref"]


def _unjoined(text: str) -> str:
    """Text without white space and the separators of document numbers (-, –, /)."""
    return re.sub(r"[\s\-–/]+", "", text)


WEB_SOURCES = sorted(GOLD.glob("sources-web*.tsv"))


def test_every_web_round_is_checked() -> None:
    names = {p.name for p in WEB_SOURCES}
    rounds = {"sources-web.tsv"} | {f"sources-web-r{n}.tsv" for n in range(2, 14)}
    assert rounds <= names, sorted(rounds - names)


@pytest.mark.parametrize("sources", WEB_SOURCES, ids=[p.name for p in WEB_SOURCES])
def test_every_web_source_has_its_text_and_one_record_in_its_split(sources: Path) -> None:
    suffix = sources.stem.removeprefix("sources-web")  # "" for round 1, "-r4" for round 4
    rows = [line.split("\t") for line in sources.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert rows and all(row[2] == "web" for row in rows)
    labeled: Counter[tuple[str, str]] = Counter()
    for split in ("dev", "heldout"):
        for line in (GOLD / split / f"web{suffix}.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                labeled[(json.loads(line)["id"], split)] += 1
    for item_id, split, *_ in rows:
        assert (GOLD / split / "texts" / f"{item_id}.txt").is_file(), f"{item_id}: no text in {split}/texts"
        assert labeled[(item_id, split)] == 1, f"{item_id}: not labeled once in {split}/web{suffix}.jsonl"
    assert sum(labeled.values()) == len(rows), f"web{suffix}.jsonl has records {sources.name} does not list"


def test_materialize_skips_without_shared(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status = MATERIALIZE.main(
        ["--split", "all", "--out", str(tmp_path / "out"), "--shared", str(tmp_path / "none")]
    )
    err = capsys.readouterr().err
    assert status == 0
    assert "is absent" in err and "skipped" in err
    assert not list((tmp_path / "out").glob("*.html"))


def test_materialize_writes_one_split_and_clears_the_other(tmp_path: Path) -> None:
    gold = tmp_path / "gold"
    rows = []
    for item_id in ("web-test-0", "web-test-1"):  # held-out and dev by the hash rule
        split = MATERIALIZE.split_of(item_id)
        (gold / split / "texts").mkdir(parents=True, exist_ok=True)
        (gold / split / "texts" / f"{item_id}.txt").write_text(f"Tiêu đề {item_id}\n\nThân bài.\n", "utf-8")
        rows.append(f"{item_id}\t{split}\tweb\thttps://example.org/{item_id}\tTest\t2024")
    (gold / "sources-web.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    common = ["--out", str(out), "--gold-dir", str(gold), "--shared", str(tmp_path / "none")]
    assert MATERIALIZE.main(["--split", "all", *common]) == 0
    assert sorted(p.name for p in out.iterdir()) == ["web-test-0.txt", "web-test-1.txt"]
    assert MATERIALIZE.main(["--split", "dev", *common]) == 0
    assert sorted(p.name for p in out.iterdir()) == ["web-test-1.txt"], "held-out inputs must not linger"
    assert (out / "web-test-1.txt").read_text(encoding="utf-8").startswith("Tiêu đề web-test-1")
