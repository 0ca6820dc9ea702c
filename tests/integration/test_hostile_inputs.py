"""Broken and hostile inputs through the real pipeline: each bad input is one dead letter, the rest lands.

Issue 12: a JSON-lines archive with a repeated id, a WARC cut in the middle of a record,
an unreadable folder, a symlink loop and a corrupt ``.html.gz``; issue 11: the progress
line of an archive.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import shutil
import tempfile
from pathlib import Path

import apache_beam as beam
import pytest
from apache_beam.options.pipeline_options import PipelineOptions
from apache_beam.testing.test_pipeline import TestPipeline
from apache_beam.testing.util import assert_that, equal_to

from pipelines.batch import build_pipeline, run
from tests.conftest import SEEDS
from tests.support.es import indexed_docs, run_argv
from transforms.sources.files import display_path

SEED_TEXTS = sorted(SEEDS.glob("*.txt"))
PARAGRAPHS = [p for p in SEED_TEXTS[1].read_text(encoding="utf-8").split("\n\n") if len(p) > 80]


def _page(n: int) -> bytes:
    body = "".join(f"<p>Bài {n}, đoạn {i}: {p}</p>" for i, p in enumerate(PARAGRAPHS[:4]))
    return (
        f"<html><head><title>Bài số {n}</title></head><body><article>{body}</article></body></html>".encode()
    )


def _warc(gz: bool, pages: int = 3) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gz)
    for n in range(pages):
        headers = StatusAndHeaders(
            "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
        )
        record = writer.create_warc_record(
            f"https://bao.vn/{n}.htm", "response", payload=io.BytesIO(_page(n)), http_headers=headers
        )
        writer.write_record(record)
    return out.getvalue()


def _dry_run(inputs: list[Path], articles: list[str], letters: list[tuple[str, str]]) -> None:
    """Assert the article locators and the (input name, reason) of each dead letter of a --dry-run."""
    argv = [a for p in inputs for a in ("--input", str(p))] + ["--dry-run", "--progress-interval", "0"]
    options = PipelineOptions(argv)
    with TestPipeline(options=options) as p:
        outputs = build_pipeline(p, options)
        locators = outputs.articles | "Locators" >> beam.Map(lambda a: a.source.locator())
        assert_that(locators, equal_to(articles), label="Articles")
        reasons = outputs.failed | "Reasons" >> beam.Map(
            lambda f: (Path((f.source.path or "").split("#")[0]).name, f.reason)
        )
        assert_that(reasons, equal_to(letters), label="DeadLetters")


def test_a_repeated_id_in_a_jsonl_archive_is_a_dead_letter_not_a_silent_loss(
    es_url: str, es_index: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    texts = [p.read_text(encoding="utf-8") for p in SEED_TEXTS[:3]]
    archive = tmp_path / "in" / "archive.jsonl"
    archive.parent.mkdir()
    lines = [{"id": "a", "text": texts[0]}, {"id": "b", "text": texts[1]}, {"id": "a", "text": texts[2]}]
    archive.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in lines), encoding="utf-8")
    dead = tmp_path / "dead"
    assert run(run_argv(archive.parent, es_url, es_index, dead)) == 1
    out = capsys.readouterr().out
    assert "built 2 articles, wrote 2, failed 1" in out
    assert "failed [read/duplicate_id]" in out
    assert len(indexed_docs(es_url, es_index)) == 2
    (letter,) = [json.loads(line) for f in dead.glob("*.jsonl") for line in f.read_text().splitlines()]
    assert letter["reason"] == "duplicate_id" and letter["source"]["path"].endswith("archive.jsonl#a")


@pytest.mark.parametrize("gz", [False, True], ids=["plain", "gzip"])
def test_a_warc_cut_in_a_record_flags_that_record_and_keeps_the_whole_ones(tmp_path: Path, gz: bool) -> None:
    data = _warc(gz)
    path = tmp_path / ("cut.warc.gz" if gz else "cut.warc")
    path.write_bytes(data[: len(data) - 700])  # the last record loses its end
    _dry_run([path], ["https://bao.vn/0.htm", "https://bao.vn/1.htm"], [(path.name, "truncated")])


def test_each_bad_input_is_one_dead_letter_and_the_others_land(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "good.txt").write_bytes(SEED_TEXTS[0].read_bytes())
    (inputs / "page.html.gz").write_bytes(gzip.compress(_page(1)))
    (inputs / "corrupt.html.gz").write_bytes(gzip.compress(_page(2))[:-40] + b"\x00" * 40)
    (inputs / "loop_a.txt").symlink_to(inputs / "loop_b.txt")
    (inputs / "loop_b.txt").symlink_to(inputs / "loop_a.txt")
    good = [str(Path(display_path(str(inputs / n)))) for n in ("good.txt", "page.html.gz")]
    bad = [("corrupt.html.gz", "unreadable"), ("loop_a.txt", "unreadable"), ("loop_b.txt", "unreadable")]
    _dry_run([inputs], good, bad)


def test_a_folder_that_cannot_be_listed_is_a_dead_letter() -> None:
    # as root every folder is readable: the listing runs as an unprivileged user, in a folder
    # that user can reach (pytest's tmp_path is private to root)
    inputs = Path(tempfile.mkdtemp(prefix="bantin-unlisted-"))
    (inputs / "locked").mkdir(parents=True)
    (inputs / "good.txt").write_text("x", encoding="utf-8")
    (inputs / "locked" / "hidden.txt").write_text("x", encoding="utf-8")
    os.chmod(inputs / "locked", 0)
    os.chmod(inputs, 0o755)
    from transforms.steps.read import list_inputs

    # a forked child drops root's rights (the interpreter of the venv is not readable by others)
    read_end, write_end = os.pipe()
    child = os.fork()
    if child == 0:  # pragma: no cover - the child
        code = 0
        try:
            os.setgid(65534)
            os.setuid(65534)
            listing = list_inputs([str(inputs)])
            result = [list(listing.paths), [(e.path, e.reason) for e in listing.errors]]
            os.write(write_end, json.dumps(result).encode())
        except BaseException:
            code = 1
        finally:
            os._exit(code)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as pipe:
        answer = pipe.read()
    _, status = os.waitpid(child, 0)
    os.chmod(inputs / "locked", 0o755)
    shutil.rmtree(inputs)
    assert os.waitstatus_to_exitcode(status) == 0
    paths, errors = json.loads(answer)
    assert [Path(p).name for p in paths] == ["good.txt"]
    assert [(Path(p).name, reason) for p, reason in errors] == [("locked", "unreadable")]


def test_the_progress_of_an_archive_does_not_count_files_as_articles(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    archive = tmp_path / "archive.jsonl"
    texts = [p.read_text(encoding="utf-8") for p in SEED_TEXTS]
    archive.write_text(
        "".join(
            json.dumps({"id": str(n), "text": t}, ensure_ascii=False) + "\n" for n, t in enumerate(texts)
        ),
        encoding="utf-8",
    )
    argv = ["--input", str(archive), "--dry-run", "--progress-interval", "0.000001"]
    argv += ["--dead-letter-dir", str(tmp_path / "dead"), "--lock-file", str(tmp_path / "run.lock")]
    assert run(argv) == 0
    progress = [line for line in capsys.readouterr().err.splitlines() if line.startswith("[progress]")]
    assert progress, "no progress line"
    assert all("/1 articles" not in line for line in progress), progress
    assert progress[-1].startswith(f"[progress] {len(texts)} articles")
